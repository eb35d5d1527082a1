import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { trim } from '../../common/validation/trim';
import { Outcome } from '../../experiences/experience-role';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { IsPersonId, PERSON_ID_PATTERN } from '../../people/dto/person-id';
import { ProgrammeStatus } from '../programme-status';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID_MESSAGE = (what: string): string => `${what} must be 1 to 100 characters`;
const TEXT = (what: string, max: number): string => `${what} must be 1 to ${max} characters`;

@InputType()
export class ProgrammeSkillInput {
  @Field(() => ID)
  @IsString()
  @MinLength(1, { message: ID_MESSAGE('skillId') })
  @MaxLength(100, { message: ID_MESSAGE('skillId') })
  skillId!: string;

  @Field(() => Int, { description: 'The level the programme aims for, 1..5.' })
  @IsInt()
  @Min(1, { message: 'targetLevel must be a whole number from 1 to 5' })
  @Max(5, { message: 'targetLevel must be a whole number from 1 to 5' })
  targetLevel!: number;
}

/** The fields create and update share; on update, left out keeps the stored value. */
@InputType({ isAbstract: true })
class ProgrammeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: TEXT('goal', 2000) })
  @MaxLength(2000, { message: TEXT('goal', 2000) })
  goal?: string | null;

  @Field(() => String, { nullable: true, description: 'A challenge theme, e.g. JEUGD.' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: TEXT('theme', 60) })
  theme?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The challenges it addresses (at most 50).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'challengeIds may name at most 50 challenges' })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: ID_MESSAGE('each challengeId') })
  challengeIds?: string[];

  @Field(() => [ProgrammeSkillInput], {
    nullable: true,
    description: 'The skills it builds (at most 20).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'skills may name at most 20 skills' })
  @ValidateNested({ each: true })
  @Type(() => ProgrammeSkillInput)
  skills?: ProgrammeSkillInput[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'startDate must be a date as YYYY-MM-DD' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, on or after startDate.' })
  @IsOptional()
  @Matches(DATE, { message: 'endDate must be a date as YYYY-MM-DD' })
  endDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The coordinator: a person of one of the municipalities that run it.',
  })
  @IsOptional()
  @IsPersonId()
  coordinatorId?: string | null;

  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus | null;
}

@InputType()
export class CreateProgrammeInput extends ProgrammeFields {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: TEXT('title', 200) })
  @MaxLength(200, { message: TEXT('title', 200) })
  title!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The collaboration that runs it; or municipalityCode.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: ID_MESSAGE('collaborationId') })
  collaborationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The municipality that runs it; or collaborationId.',
  })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string;
}

@InputType()
export class UpdateProgrammeInput extends ProgrammeFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: TEXT('title', 200) })
  @MaxLength(200, { message: TEXT('title', 200) })
  title?: string;
}

@ArgsType()
export class ProgrammeArgs {
  @Field(() => ID)
  @IsString()
  @MinLength(1, { message: ID_MESSAGE('programmeId') })
  @MaxLength(100, { message: ID_MESSAGE('programmeId') })
  programmeId!: string;
}

@ArgsType()
export class ProgrammesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: ID_MESSAGE('collaborationId') })
  collaborationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Programmes this municipality runs or takes part in through a collaboration.',
  })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string;

  @Field(() => ProgrammeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProgrammeStatus)
  status?: ProgrammeStatus;
}

@ArgsType()
export class SuggestionArgs extends ProgrammeArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10, description: '1..50' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be a whole number from 1 to 50' })
  @Max(50, { message: 'first must be a whole number from 1 to 50' })
  first: number = 10;
}

@ArgsType()
export class ProgrammePeopleArgs extends ProgrammeArgs {
  @Field(() => [ID], { description: 'People of the municipalities that run it (at most 100).' })
  @IsArray()
  @ArrayMaxSize(100, { message: 'personIds may name at most 100 people' })
  @IsString({ each: true })
  @Matches(PERSON_ID_PATTERN, { each: true, message: 'each of personIds must be a person id' })
  personIds!: string[];
}

@ArgsType()
export class ProgrammePersonArgs extends ProgrammeArgs {
  @Field(() => ID)
  @IsPersonId()
  personId!: string;
}

@ArgsType()
export class MoveToCircleArgs extends ProgrammePersonArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'The circle, 1..50; null takes them out of every circle.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'circle must be a whole number from 1 to 50' })
  @Max(50, { message: 'circle must be a whole number from 1 to 50' })
  circle?: number | null;
}

@ArgsType()
export class PairMentorsArgs extends ProgrammeArgs {
  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Pair everyone anew instead of keeping the pairs there are.',
  })
  @IsOptional()
  @IsBoolean()
  replace: boolean = false;
}

@ArgsType()
export class SetMentorArgs extends ProgrammeArgs {
  @Field(() => ID)
  @IsPersonId()
  participantId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A mentor of the programme; null leaves the participant without one.',
  })
  @IsOptional()
  @IsPersonId()
  mentorId?: string | null;
}

@InputType()
export class ProgressInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100, { message: ID_MESSAGE('programmeId') })
  programmeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The participant; a signed-in person records their own.',
  })
  @IsOptional()
  @IsPersonId()
  personId?: string;

  @Field(() => ID, { description: 'One of the skills the programme builds.' })
  @IsString()
  @MaxLength(100, { message: ID_MESSAGE('skillId') })
  skillId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '0..5; left out: the level in their profile now.',
  })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'levelBefore must be a whole number from 0 to 5' })
  @Max(5, { message: 'levelBefore must be a whole number from 0 to 5' })
  levelBefore?: number;

  @Field(() => Int, { description: '1..5; also becomes their level in their profile.' })
  @IsInt()
  @Min(1, { message: 'levelAfter must be a whole number from 1 to 5' })
  @Max(5, { message: 'levelAfter must be a whole number from 1 to 5' })
  levelAfter!: number;

  @Field(() => ID, { nullable: true, description: 'The challenge they applied it to.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: ID_MESSAGE('challengeId') })
  challengeId?: string;

  @Field(() => Outcome, {
    nullable: true,
    description: 'How that challenge turned out; recorded as their experience with it.',
  })
  @IsOptional()
  @IsEnum(Outcome)
  outcome?: Outcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: TEXT('note', 2000) })
  @MaxLength(2000, { message: TEXT('note', 2000) })
  note?: string;
}

@ArgsType()
export class WantsToLearnArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The person; a signed-in person sets their own.',
  })
  @IsOptional()
  @IsPersonId()
  personId?: string;

  @Field(() => [ID], {
    description: 'Every skill they want to learn (replaces the earlier list; at most 20).',
  })
  @IsArray()
  @ArrayMaxSize(20, { message: 'skillIds may name at most 20 skills' })
  @IsString({ each: true })
  @MaxLength(100, { each: true, message: ID_MESSAGE('each skillId') })
  skillIds!: string[];
}
