import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { SKILL_ID_PATTERN, SKILL_ID_RULE } from '../../skills/skill-id';
import { IsPersonId } from './person-id';

export const MAX_SKILLS_PER_PERSON = 100;

@InputType({ description: 'One skill of a person, at a level 1 (basic) to 5 (expert).' })
export class PersonSkillInput {
  @Field(() => ID)
  @Matches(SKILL_ID_PATTERN, { message: `skillId ${SKILL_ID_RULE}` })
  skillId!: string;

  @Field(() => Int)
  @IsInt({ message: 'level must be a whole number from 1 to 5' })
  @Min(1, { message: 'level must be from 1 to 5' })
  @Max(5, { message: 'level must be from 1 to 5' })
  level!: number;
}

@ArgsType()
export class SetPersonSkillsArgs {
  @Field(() => ID)
  @IsPersonId()
  personId!: string;

  @Field(() => [PersonSkillInput], {
    description: `The person's whole skill set (replaces the current one), at most ${MAX_SKILLS_PER_PERSON}.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_SKILLS_PER_PERSON, {
    message: `skills may hold at most ${MAX_SKILLS_PER_PERSON} skills`,
  })
  @ValidateNested({ each: true })
  @Type(() => PersonSkillInput)
  skills!: PersonSkillInput[];
}
