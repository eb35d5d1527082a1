import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { THEME_MESSAGE, THEME_PATTERN } from '../../challenges/theme';
import {
  COLLABORATION_ID_MESSAGE,
  COLLABORATION_ID_PATTERN,
} from '../../collaborations/collaboration-id';
import { MAX_PAGE_SIZE } from '../../common/pagination/page-args';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { SKILL_ID_PATTERN, SKILL_ID_RULE } from '../../skills/skill-id';

export const DEFAULT_MIN_LEVEL = 3;
export const MAX_CHALLENGE_IDS = 200;
export const MAX_THEMES = 20;
export const MAX_COVERAGE_SKILL_IDS = 50;
export const DEFAULT_GAPS = 20;

const MIN_LEVEL_RULE = 'minLevel must be a whole number from 1 to 5';

/** The optional `minLevel` of the HR inputs: 1..5, default 3. */
const MinLevelField = (description: string): PropertyDecorator =>
  applyDecorators(
    Field(() => Int, { nullable: true, defaultValue: DEFAULT_MIN_LEVEL, description }),
    IsOptional(),
    IsInt({ message: MIN_LEVEL_RULE }),
    Min(1, { message: MIN_LEVEL_RULE }),
    Max(5, { message: MIN_LEVEL_RULE }),
  );
const COLLABORATION_RULE = `collaborationId: ${COLLABORATION_ID_MESSAGE.replace(/^id /, '')}`;

/** The area, the level and (for skillGaps) which challenges count; shared by the HR inputs. */
@InputType({ isAbstract: true })
abstract class AreaInput {
  @Field(() => ID, {
    nullable: true,
    description: 'One municipality (CBS code, e.g. GM0855). Send this or collaborationId.',
  })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'A collaboration: all its member municipalities together. Send this or municipalityCode.',
  })
  @IsOptional()
  @Matches(COLLABORATION_ID_PATTERN, { message: COLLABORATION_RULE })
  collaborationId?: string;

  @MinLevelField('The lowest skill level (1..5) that counts as having the skill.')
  minLevel: number = DEFAULT_MIN_LEVEL;
}

@InputType({
  description:
    'Which area to map (a municipality or a collaboration), which challenges make the demand, and a page of the gaps.',
})
export class SkillGapInput extends AreaInput {
  @Field(() => [ID], {
    nullable: true,
    description: `These challenges make the demand (up to ${MAX_CHALLENGE_IDS}; each must be faced in the area). Left out: the area's OPEN and IN_PROGRESS challenges.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_CHALLENGE_IDS, {
    message: `challengeIds may name at most ${MAX_CHALLENGE_IDS} challenges`,
  })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: 'challengeIds: each id is 1 to 100 characters' })
  challengeIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Only the area's open challenges of these themes (up to ${MAX_THEMES}).`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_THEMES, { message: `themes may name at most ${MAX_THEMES} themes` })
  @Matches(THEME_PATTERN, { each: true, message: `themes: ${THEME_MESSAGE}` })
  themes?: string[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_GAPS,
    description: `How many gaps to return, 1..${MAX_PAGE_SIZE}, most severe first.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  first: number = DEFAULT_GAPS;

  @Field(() => String, {
    nullable: true,
    description: 'Return gaps after this cursor (gaps.pageInfo.endCursor of the previous page).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(600, { message: 'after is not a valid cursor' })
  after?: string;
}

@InputType({ description: 'Which area to look for knowledge at risk in.' })
export class KnowledgeAtRiskInput extends AreaInput {}

@ArgsType()
export class SkillCoverageArgs {
  @Field(() => ID, { description: 'The collaboration whose members are compared.' })
  @Matches(COLLABORATION_ID_PATTERN, { message: COLLABORATION_RULE })
  collaborationId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: `These skills, in this order (up to ${MAX_COVERAGE_SKILL_IDS}). Left out: the skills most in demand among the members' open challenges.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COVERAGE_SKILL_IDS, {
    message: `skillIds may name at most ${MAX_COVERAGE_SKILL_IDS} skills`,
  })
  @Matches(SKILL_ID_PATTERN, { each: true, message: `skillIds: ${SKILL_ID_RULE}` })
  skillIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Without skillIds: the skills most in demand among open challenges of these themes.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_THEMES, { message: `themes may name at most ${MAX_THEMES} themes` })
  @Matches(THEME_PATTERN, { each: true, message: `themes: ${THEME_MESSAGE}` })
  themes?: string[];

  @MinLevelField('The lowest skill level (1..5) that counts.')
  minLevel: number = DEFAULT_MIN_LEVEL;
}
