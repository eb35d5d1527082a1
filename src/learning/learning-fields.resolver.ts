import { Injectable } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toChallenge } from '../challenges/challenges.mapper';
import { ChallengesService } from '../challenges/challenges.service';
import { Challenge } from '../challenges/models/challenge.model';
import { type RequestLoaders } from '../common/loaders/request-loaders';
import { Person } from '../people/models/person.model';
import { toPerson } from '../people/people.mapper';
import { PeopleService } from '../people/people.service';
import { Skill } from '../skills/models/skill.model';
import { toSkill } from '../skills/skills.mapper';
import { SkillsService } from '../skills/skills.service';
import { LearningService } from './learning.service';
import {
  LearningCircle,
  LearningProgress,
  MentorPair,
  MentorSuggestion,
  ParticipantSuggestion,
  ProgrammeMentor,
  ProgrammeParticipant,
  ProgrammeSkill,
  ProgrammeSkillOutcome,
  SkillNeed,
  UnpairedParticipant,
} from './models/learning.model';

/** Loads the people, skills and challenges that learning objects name, through the request's loaders. */
// Injectable so its constructor's parameter types are recorded for the resolvers that extend it.
@Injectable()
abstract class NamedRecords {
  constructor(
    protected readonly peopleService: PeopleService,
    protected readonly skills: SkillsService,
    protected readonly challengeService: ChallengesService,
  ) {}

  protected async loadPerson(loaders: RequestLoaders, id: string): Promise<Person> {
    const record = await this.peopleService.byIdLoader(loaders).load(id);
    if (!record) throw new Error(`Person ${id} of a learning programme is gone`);
    return toPerson(record);
  }

  protected async loadPersonOrNull(
    loaders: RequestLoaders,
    id: string | null,
  ): Promise<Person | null> {
    if (id === null) return null;
    const record = await this.peopleService.byIdLoader(loaders).load(id);
    return record && toPerson(record);
  }

  protected async loadPeople(loaders: RequestLoaders, ids: readonly string[]): Promise<Person[]> {
    const records = await this.peopleService.byIdLoader(loaders).loadMany([...ids]);
    return records.flatMap((r) => (r && !(r instanceof Error) ? [toPerson(r)] : []));
  }

  protected async loadSkill(loaders: RequestLoaders, id: string): Promise<Skill> {
    const record = await this.skills.byIdLoader(loaders).load(id);
    if (!record) throw new Error(`Skill ${id} of a learning programme is gone`);
    return toSkill(record);
  }

  protected async loadChallenges(
    loaders: RequestLoaders,
    ids: readonly string[],
  ): Promise<Challenge[]> {
    const records = await this.challengeService.byIdLoader(loaders).loadMany([...ids]);
    return records.flatMap((r) => (r && !(r instanceof Error) ? [toChallenge(r)] : []));
  }
}

@Resolver(() => ProgrammeParticipant)
export class ProgrammeParticipantFields extends NamedRecords {
  @ResolveField(() => Person)
  person(
    @Parent() p: ProgrammeParticipant,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Person> {
    return this.loadPerson(l, p.personId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Their mentor in this programme.' })
  mentor(
    @Parent() p: ProgrammeParticipant,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Person | null> {
    return this.loadPersonOrNull(l, p.mentorId);
  }
}

@Resolver(() => ProgrammeMentor)
export class ProgrammeMentorFields extends NamedRecords {
  @ResolveField(() => Person)
  person(@Parent() m: ProgrammeMentor, @Context('loaders') l: RequestLoaders): Promise<Person> {
    return this.loadPerson(l, m.personId);
  }
}

@Resolver(() => LearningCircle)
export class LearningCircleFields extends NamedRecords {
  @ResolveField(() => [Person])
  members(@Parent() c: LearningCircle, @Context('loaders') l: RequestLoaders): Promise<Person[]> {
    return this.loadPeople(l, c.memberIds);
  }
}

@Resolver(() => MentorPair)
export class MentorPairFields extends NamedRecords {
  @ResolveField(() => Person)
  participant(@Parent() p: MentorPair, @Context('loaders') l: RequestLoaders): Promise<Person> {
    return this.loadPerson(l, p.participantId);
  }

  @ResolveField(() => Person)
  mentor(@Parent() p: MentorPair, @Context('loaders') l: RequestLoaders): Promise<Person> {
    return this.loadPerson(l, p.mentorId);
  }
}

@Resolver(() => UnpairedParticipant)
export class UnpairedParticipantFields extends NamedRecords {
  @ResolveField(() => Person)
  participant(
    @Parent() u: UnpairedParticipant,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Person> {
    return this.loadPerson(l, u.participantId);
  }
}

@Resolver(() => ParticipantSuggestion)
export class ParticipantSuggestionFields extends NamedRecords {
  @ResolveField(() => Person)
  person(
    @Parent() s: ParticipantSuggestion,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Person> {
    return this.loadPerson(l, s.personId);
  }

  @ResolveField(() => [Challenge], {
    description: 'The open work that needs the programme’s skills.',
  })
  challenges(
    @Parent() s: ParticipantSuggestion,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Challenge[]> {
    return this.loadChallenges(l, s.challengeIds);
  }
}

@Resolver(() => MentorSuggestion)
export class MentorSuggestionFields extends NamedRecords {
  @ResolveField(() => Person)
  person(@Parent() s: MentorSuggestion, @Context('loaders') l: RequestLoaders): Promise<Person> {
    return this.loadPerson(l, s.personId);
  }

  @ResolveField(() => [Skill], { description: 'The programme’s skills they have.' })
  async sharedSkills(
    @Parent() s: MentorSuggestion,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Skill[]> {
    return Promise.all(s.sharedSkillIds.map((id) => this.loadSkill(l, id)));
  }
}

@Resolver(() => SkillNeed)
export class SkillNeedFields extends NamedRecords {
  @ResolveField(() => Skill)
  skill(@Parent() n: SkillNeed, @Context('loaders') l: RequestLoaders): Promise<Skill> {
    return this.loadSkill(l, n.skillId);
  }
}

@Resolver(() => ProgrammeSkill)
export class ProgrammeSkillFields extends NamedRecords {
  @ResolveField(() => Skill)
  skill(@Parent() s: ProgrammeSkill, @Context('loaders') l: RequestLoaders): Promise<Skill> {
    return this.loadSkill(l, s.skillId);
  }
}

@Resolver(() => ProgrammeSkillOutcome)
export class ProgrammeSkillOutcomeFields extends NamedRecords {
  @ResolveField(() => Skill)
  skill(@Parent() s: ProgrammeSkillOutcome, @Context('loaders') l: RequestLoaders): Promise<Skill> {
    return this.loadSkill(l, s.skillId);
  }
}

@Resolver(() => LearningProgress)
export class LearningProgressFields extends NamedRecords {
  @ResolveField(() => Person)
  person(@Parent() p: LearningProgress, @Context('loaders') l: RequestLoaders): Promise<Person> {
    return this.loadPerson(l, p.personId);
  }

  @ResolveField(() => Skill)
  skill(@Parent() p: LearningProgress, @Context('loaders') l: RequestLoaders): Promise<Skill> {
    return this.loadSkill(l, p.skillId);
  }

  @ResolveField(() => Challenge, {
    nullable: true,
    description: 'The challenge they applied it to.',
  })
  async challenge(
    @Parent() p: LearningProgress,
    @Context('loaders') l: RequestLoaders,
  ): Promise<Challenge | null> {
    if (p.challengeId === null) return null;
    const [found] = await this.loadChallenges(l, [p.challengeId]);
    return found ?? null;
  }
}

@Resolver(() => Person)
export class PersonLearningFields {
  constructor(
    private readonly learning: LearningService,
    private readonly skills: SkillsService,
  ) {}

  @ResolveField(() => [Skill], { description: 'The skills this person wants to learn.' })
  async wantsToLearn(
    @Parent() person: Person,
    @Context('loaders') loaders: RequestLoaders,
  ): Promise<Skill[]> {
    const wishes = await loaders
      .get('learning.wishes', async (ids: readonly string[]) => {
        const rows = await this.learning.wishesOf(ids);
        return ids.map((id) =>
          rows.filter((row) => row.personId === id).map(({ skillId }) => skillId),
        );
      })
      .load(person.id);
    const records = await this.skills.byIdLoader(loaders).loadMany(wishes);
    return records.flatMap((r) => (r && !(r instanceof Error) ? [toSkill(r)] : []));
  }
}
