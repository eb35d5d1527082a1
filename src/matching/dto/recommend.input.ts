import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { trim } from '../../common/validation/trim';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { IsPersonId } from '../../people/dto/person-id';
import { SKILL_ID_MAX_LENGTH, SKILL_ID_PATTERN, SKILL_ID_RULE } from '../../skills/skill-id';
import { MAX_DESCRIPTION_LENGTH, MAX_RECOMMENDATIONS, SUBJECT_RULE } from '../matching.exception';

export const MAX_SKILL_IDS = 30;
const CHALLENGE_ID_RULE = 'challengeId must be 1 to 100 characters';
const FIRST_RULE = `first must be between 1 and ${MAX_RECOMMENDATIONS}`;

const given = (value: unknown): boolean => value !== undefined && value !== null;

/**
 * challengeId: required exactly when description is missing, and id-shaped when given. One
 * decorator, because class-validator's IsOptional would skip the "one of them" rule too.
 */
function IsRecommendSubject(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRecommendSubject',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const hasDescription = given((args.object as RecommendInput).description);
          if (!given(value)) return hasDescription;
          return (
            !hasDescription && typeof value === 'string' && value.length >= 1 && value.length <= 100
          );
        },
        defaultMessage(args: ValidationArguments): string {
          const hasDescription = given((args.object as RecommendInput).description);
          if (!given(args.value))
            return `challengeId or description is needed: send ${SUBJECT_RULE}`;
          if (hasDescription)
            return `challengeId and description were both sent: send ${SUBJECT_RULE}`;
          return CHALLENGE_ID_RULE;
        },
      },
    });
}

@InputType({
  description:
    'What to find colleagues for: an existing challenge (challengeId) or one described in words (description).',
})
export class RecommendInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An existing challenge, e.g. "demo-challenge-0001". Send this or description.',
  })
  @IsRecommendSubject()
  challengeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The challenge in your own words (Dutch), up to ${MAX_DESCRIPTION_LENGTH} characters. Send this or challengeId.`,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: `description must be 1 to ${MAX_DESCRIPTION_LENGTH} characters` })
  @MaxLength(MAX_DESCRIPTION_LENGTH, {
    message: `description must be 1 to ${MAX_DESCRIPTION_LENGTH} characters`,
  })
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Skills the colleague should have, as an extra signal (up to ${MAX_SKILL_IDS}).`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SKILL_IDS, { message: `skillIds must hold at most ${MAX_SKILL_IDS} ids` })
  @ArrayUnique({ message: 'skillIds must not name a skill twice' })
  @IsString({ each: true })
  @MaxLength(SKILL_ID_MAX_LENGTH, { each: true, message: `skillIds ${SKILL_ID_RULE}` })
  @Matches(SKILL_ID_PATTERN, { each: true, message: `skillIds ${SKILL_ID_RULE}` })
  skillIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The person asking: leaves them out, finds introduction paths from them, and sets the asking municipality.',
  })
  @IsOptional()
  @IsPersonId()
  askerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "CBS code of the asking municipality (default: the asker's). Its people are left out, and it decides who may be seen.",
  })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also recommend colleagues of the asking municipality.',
  })
  @IsOptional()
  @IsBoolean()
  includeOwnMunicipality?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 10,
    description: `How many colleagues, 1 to ${MAX_RECOMMENDATIONS}.`,
  })
  @IsOptional()
  @IsInt({ message: FIRST_RULE })
  @Min(1, { message: FIRST_RULE })
  @Max(MAX_RECOMMENDATIONS, { message: FIRST_RULE })
  first?: number | null;
}
