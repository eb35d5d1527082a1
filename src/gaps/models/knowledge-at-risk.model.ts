import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Availability } from '../../people/models/availability.enum';
import { CountTotal, ProtectedCount } from './counts.model';
import { AreaReport } from './hr-report.model';

@ObjectType({ description: "A person's level in a skill." })
export class SkillHolding {
  @Field(() => Int)
  level!: number;

  @Field(() => Availability)
  availability!: Availability;

  /** Resolves `person`. */
  personId!: string;
}

@ObjectType({ description: 'A skill the area holds at level in only one or two people.' })
export class ThinSkill {
  @Field(() => CountTotal, { description: 'Everyone holding it at minLevel or above.' })
  holders!: CountTotal;

  @Field(() => [SkillHolding], {
    description: 'Those holders in your own municipality, highest level first.',
  })
  namedHolders!: SkillHolding[];

  @Field(() => [SkillHolding], {
    description:
      'Who could take over: the next-highest holders below minLevel in your own municipality (up to three).',
  })
  successors!: SkillHolding[];

  /** Resolves `skill`. */
  skillId!: string;
}

@ObjectType({
  description:
    'A solved challenge whose every solver is now unavailable or works elsewhere: nobody left to ask.',
})
export class OrphanedChallenge {
  @Field(() => ProtectedCount, { description: 'Everyone recorded as having worked on it.' })
  solvers!: ProtectedCount;

  @Field(() => ProtectedCount, {
    description: 'Of them, those now working in another municipality.',
  })
  movedAway!: ProtectedCount;

  /** Resolve `challenge` and `unavailable`. */
  challengeId!: string;
  unavailableIds!: readonly string[];
}

@ObjectType({
  description:
    'Where knowledge hangs on one or two people, and solved problems nobody is left to explain. Names only people of your own municipality.',
})
export class KnowledgeAtRisk extends AreaReport {
  @Field(() => [ThinSkill], { description: 'Fewest holders first.' })
  thinSkills!: ThinSkill[];

  @Field(() => [OrphanedChallenge])
  orphanedChallenges!: OrphanedChallenge[];
}
