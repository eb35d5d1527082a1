import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { ChallengesService } from '../challenges/challenges.service';
import { groupLoader, type RequestLoaders } from '../common/loaders/request-loaders';
import { PeopleService } from '../people/people.service';
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
    private readonly challenges: ChallengesService,
  ) {}

  /**
   * Recording the same person and challenge again replaces the earlier experience. Unknown ids
   * fail with NOT_FOUND before the write.
   */
  async record(input: RecordExperience): Promise<ExperienceRecord> {
    await this.people.require(input.personId);
    await this.challenges.require(input.challengeId);
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
