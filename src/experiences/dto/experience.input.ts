import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ExperienceRole, Outcome } from '../experience-role';
import { IsExperienceYear } from './experience-year';

@InputType({
  description: 'Recording the same person and challenge again replaces the earlier record.',
})
export class ExperienceInput {
  @Field(() => ID)
  @IsString()
  @MinLength(1, { message: 'personId must be 1 to 100 characters' })
  @MaxLength(100, { message: 'personId must be 1 to 100 characters' })
  personId!: string;

  @Field(() => ID)
  @IsString()
  @MinLength(1, { message: 'challengeId must be 1 to 100 characters' })
  @MaxLength(100, { message: 'challengeId must be 1 to 100 characters' })
  challengeId!: string;

  @Field(() => ExperienceRole)
  @IsEnum(ExperienceRole)
  role!: ExperienceRole;

  @Field(() => Outcome)
  @IsEnum(Outcome)
  outcome!: Outcome;

  @Field(() => Int, { nullable: true, description: 'From 1990 to next year.' })
  @IsOptional()
  @IsExperienceYear()
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'lessonsLearned must be at most 2000 characters' })
  lessonsLearned?: string | null;
}
