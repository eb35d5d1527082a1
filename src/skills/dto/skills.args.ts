import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { SKILL_ID_MAX_LENGTH, SKILL_ID_RULE, SKILL_ID_PATTERN } from '../skill-id';

@ArgsType()
export class SkillArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(SKILL_ID_MAX_LENGTH, {
    message: `id must be at most ${SKILL_ID_MAX_LENGTH} characters`,
  })
  @Matches(SKILL_ID_PATTERN, { message: `id ${SKILL_ID_RULE}` })
  id!: string;
}

@ArgsType()
export class SkillsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or of an alias, case-insensitive.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'search must be 1 to 100 characters' })
  search?: string;
}
