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
import { ChallengeStatus } from '../challenge-status';
import { THEME_MESSAGE, THEME_PATTERN } from '../theme';
import { MAX_REQUIRED_SKILLS } from './create-challenge.input';
import { KeptUnlessGiven } from '../../common/validation/kept-unless-given';
import { trim } from '../../common/validation/trim';

@InputType({
  description: 'Fields left out stay as they are; null clears the theme and is refused elsewhere.',
})
export class UpdateChallengeInput {
  @Field(() => String, { nullable: true, description: '3 to 200 characters.' })
  @KeptUnlessGiven('title')
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'title must be 3 to 200 characters' })
  @MaxLength(200, { message: 'title must be 3 to 200 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '1 to 5000 characters.' })
  @KeptUnlessGiven('description')
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'description must be 1 to 5000 characters' })
  @MaxLength(5000, { message: 'description must be 1 to 5000 characters' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Theme slug; null removes the theme.' })
  @IsOptional()
  @MinLength(2, { message: THEME_MESSAGE })
  @MaxLength(60, { message: THEME_MESSAGE })
  @Matches(THEME_PATTERN, { message: THEME_MESSAGE })
  theme?: string | null;

  @Field(() => ChallengeStatus, { nullable: true })
  @KeptUnlessGiven('status')
  @IsEnum(ChallengeStatus)
  status?: ChallengeStatus | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Replaces the required skills: up to ${MAX_REQUIRED_SKILLS} distinct ids ([] removes all).`,
  })
  @KeptUnlessGiven('requiredSkillIds')
  @IsArray()
  @ArrayMaxSize(MAX_REQUIRED_SKILLS, {
    message: `requiredSkillIds must hold at most ${MAX_REQUIRED_SKILLS} skill ids`,
  })
  @ArrayUnique({ message: 'requiredSkillIds must not name a skill twice' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'requiredSkillIds must hold ids of 1 to 100 characters' })
  @MaxLength(100, { each: true, message: 'requiredSkillIds must hold ids of 1 to 100 characters' })
  requiredSkillIds?: string[] | null;
}
