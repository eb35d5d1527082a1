import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { groupLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { type Caller } from '../common/request/caller';
import { PeopleService } from '../people/people.service';
import { type Viewpoint } from '../people/visibility';
import { type ExperienceRole, type Outcome } from './experience-role';
import { type ExperienceRecord } from './experience.record';
import { ExperiencesRepository } from './experiences.repository';

export interface RecordExperience {
  readonly personId: string;
  readonly challengeId: string;
  readonly role: ExperienceRole;
  readonly outcome: Outcome;
  readonly year?: number | null;
  readonly lessonsLearned?: string | null;
}

@Injectable()
export class ExperiencesService {
  constructor(
    private readonly repository: ExperiencesRepository,
    private readonly people: PeopleService,
  ) {}

  /**
   * Recording the same person and challenge again replaces the earlier experience. The actor
   * must be allowed to change the person (PeopleService.requireEditable); the store checks, in
   * the write's transaction, that the person and the challenge exist.
   */
  async record(
    actor: Caller,
    viewpoint: Viewpoint,
    input: RecordExperience,
  ): Promise<ExperienceRecord> {
    await this.people.requireEditable(actor, viewpoint, input.personId);
    return this.repository.record({
      personId: input.personId,
      challengeId: input.challengeId,
      role: input.role,
      outcome: input.outcome,
      year: input.year ?? null,
      lessonsLearned: input.lessonsLearned ?? null,
    });
  }

  /** Per-request batched experiences of each challenge (Challenge.experiences). */
  byChallengeLoader(loaders: RequestLoaders): DataLoader<string, ExperienceRecord[]> {
    return groupLoader(
      loaders,
      'experiences.byChallenge',
      (keys) => this.repository.findByChallengeIds(keys),
      (row) => row.challengeId,
      (row) => row,
    );
  }

  /**
   * Challenge.experiences: who worked on the challenge, only those `viewpoint` may see (the
   * people are read through the request's loader, so a list of challenges costs one read).
   */
  async visibleOfChallenge(
    loaders: RequestLoaders,
    challengeId: string,
    viewpoint: Viewpoint,
  ): Promise<ExperienceRecord[]> {
    const experiences = await this.byChallengeLoader(loaders).load(challengeId);
    const people = await this.people
      .byIdLoader(loaders)
      .loadMany(experiences.map((experience) => experience.personId));
    const visible = new Set(
      people.flatMap((person) =>
        person && !(person instanceof Error) && viewpoint.canSee(person) ? [person.id] : [],
      ),
    );
    return experiences.filter((experience) => visible.has(experience.personId));
  }

  /** Per-request batched experiences of each person (Person.experiences). */
  byPersonLoader(loaders: RequestLoaders): DataLoader<string, ExperienceRecord[]> {
    return groupLoader(
      loaders,
      'experiences.byPerson',
      (keys) => this.repository.findByPersonIds(keys),
      (row) => row.personId,
      (row) => row,
    );
  }
}
