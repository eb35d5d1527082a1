import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Collaboration } from '../../collaborations/models/collaboration.model';
import { Municipality } from '../../municipalities/models/municipality.model';
import { Skill } from '../../skills/models/skill.model';
import { ProtectedCount } from './counts.model';
import { HrReport } from './hr-report.model';

@ObjectType({ description: 'One member municipality × one skill.' })
export class CoverageCell {
  @Field(() => ID)
  municipalityCode!: string;

  @Field(() => ID)
  skillId!: string;

  @Field(() => ProtectedCount, { description: 'People holding the skill at minLevel or above.' })
  holders!: ProtectedCount;

  @Field(() => ProtectedCount, { description: 'Of those, the ones not UNAVAILABLE.' })
  available!: ProtectedCount;
}

@ObjectType({
  description:
    "A collaboration's member municipalities × skills with the number of people at level: the data of a heatmap (also GET /exports/skill-coverage.svg).",
})
export class SkillCoverage extends HrReport {
  @Field(() => [CoverageCell], {
    description: 'Row by row: municipalities by name, skills in order.',
  })
  cells!: CoverageCell[];

  @Field(() => Collaboration)
  collaboration!: Collaboration;

  @Field(() => [Municipality], { description: 'The rows: member municipalities, by name.' })
  municipalities!: Municipality[];

  @Field(() => [Skill], { description: 'The columns: the skills, most in demand first.' })
  skills!: Skill[];
}
