import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { ChallengeStatus } from '../challenge-status';
import { THEME_MESSAGE, THEME_PATTERN } from '../theme';
import { trim } from '../../common/validation/trim';

export const MAX_REQUIRED_SKILLS = 30;

@InputType()
export class CreateChallengeInput {
  @Field({ description: '3 to 200 characters.' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'title must be 3 to 200 characters' })
  @MaxLength(200, { message: 'title must be 3 to 200 characters' })
  title!: string;

  @Field({ description: '1 to 5000 characters.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'description must be 1 to 5000 characters' })
  @MaxLength(5000, { message: 'description must be 1 to 5000 characters' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Theme slug, e.g. sociaal-domein.' })
  @IsOptional()
  @MinLength(2, { message: THEME_MESSAGE })
  @MaxLength(60, { message: THEME_MESSAGE })
  @Matches(THEME_PATTERN, { message: THEME_MESSAGE })
  theme?: string | null;

  @Field(() => ID, { description: 'CBS code of the municipality facing it, e.g. GM0363.' })
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode!: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Up to ${MAX_REQUIRED_SKILLS} distinct skill ids.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REQUIRED_SKILLS, {
    message: `requiredSkillIds must hold at most ${MAX_REQUIRED_SKILLS} skill ids`,
  })
  @ArrayUnique({ message: 'requiredSkillIds must not name a skill twice' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'requiredSkillIds must hold ids of 1 to 100 characters' })
  @MaxLength(100, { each: true, message: 'requiredSkillIds must hold ids of 1 to 100 characters' })
  requiredSkillIds?: string[] | null;

  @Field(() => ChallengeStatus, { nullable: true, description: 'OPEN when left out.' })
  @IsOptional()
  @IsEnum(ChallengeStatus)
  status?: ChallengeStatus | null;
}
