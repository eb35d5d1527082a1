import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Skill } from '../../skills/models/skill.model';

@ObjectType({ description: 'A skill a person has, with their level.' })
export class PersonSkill {
  @Field(() => Skill)
  skill?: Skill;

  @Field(() => Int, { description: '1 (basic) to 5 (expert).' })
  level!: number;

  /** Not a GraphQL field: the key that PersonSkill.skill resolves. */
  skillId!: string;
}
