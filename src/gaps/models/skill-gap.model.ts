import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { CountTotal, ProtectedCount } from './counts.model';
import { AreaReport } from './hr-report.model';

@ObjectType({ description: "One municipality's people with a skill at level." })
export class MunicipalitySupply {
  @Field(() => ProtectedCount, { description: 'People holding it at minLevel or above.' })
  holders!: ProtectedCount;

  @Field(() => ProtectedCount, { description: 'Of those, the ones not UNAVAILABLE.' })
  available!: ProtectedCount;

  /** Resolves `municipality`. */
  municipalityCode!: string;
}

@ObjectType({ description: 'A municipality outside the area that has people with the skill.' })
export class SkillSource extends MunicipalitySupply {
  @Field({ description: 'It shares a collaboration with a municipality of the area.' })
  sharesCollaboration!: boolean;
}

@ObjectType({ description: 'How much the area needs a skill.' })
export class SkillDemand {
  @Field(() => Int, { description: 'How many of the counted challenges require it.' })
  challengeCount!: number;

  @Field(() => Float, {
    description:
      'Those challenges weighted by status (OPEN 1, IN_PROGRESS 0.75, SOLVED 0.25) and age (halved every two years).',
  })
  weighted!: number;

  /** Resolves `challenges`. */
  challengeIds!: readonly string[];
}

@ObjectType({ description: 'A skill the area needs, with the people it has for it.' })
export class SkillGap {
  @Field(() => SkillDemand)
  demand!: SkillDemand;

  @Field(() => CountTotal, {
    description: 'People of the area with the skill at minLevel or above.',
  })
  holders!: CountTotal;

  @Field(() => CountTotal, { description: 'Of those, the ones not UNAVAILABLE.' })
  available!: CountTotal;

  @Field(() => [MunicipalitySupply], { description: 'Per municipality of the area, by name.' })
  byMunicipality!: MunicipalitySupply[];

  @Field(() => Float, {
    description: 'Available people per challenge that needs the skill (of the counts you may see).',
  })
  coverage!: number;

  @Field(() => Float, {
    description:
      'How badly it is lacking: weighted demand / (1 + available people); the list is sorted by it.',
  })
  severity!: number;

  @Field(() => [SkillSource], {
    description:
      'Up to five municipalities outside the area with people who have it: those sharing a collaboration with the area first, then the most available.',
  })
  sources!: SkillSource[];

  /** Resolves `skill`. */
  skillId!: string;
}

export const SkillGapConnection = ConnectionType(SkillGap, 'SkillGap');

@ObjectType({
  description:
    'Which skills the challenges of a municipality or collaboration need that it lacks, and where they are found.',
})
export class SkillGapReport extends AreaReport {
  @Field(() => Int, { description: 'How many challenges make the demand.' })
  challengeCount!: number;

  @Field(() => SkillGapConnection, { description: 'The required skills, most severe gap first.' })
  gaps!: InstanceType<typeof SkillGapConnection>;
}
