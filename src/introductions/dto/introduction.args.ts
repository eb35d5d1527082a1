import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { trim } from '../../common/validation/trim';
import { IsPersonId } from '../../people/dto/person-id';
import { IntroductionDirection, IntroductionStatus } from '../introduction.record';
import { IntroductionAnswerChoice } from '../models/introduction-enums';

const ON_BEHALF_OF =
  'The person this step is taken for: required with an API key (a person of its municipality) or the administrator key; a signed-in person acts for themselves.';
const NOTE = (what: string): string => `${what} must be 1 to 2000 characters`;

/** Who a step is taken for, on every introduction operation. */
@ArgsType()
export class ActingArgs {
  @Field(() => ID, { nullable: true, description: ON_BEHALF_OF })
  @IsOptional()
  @IsPersonId()
  onBehalfOf?: string;
}

@ArgsType()
export class RequestIntroductionArgs extends ActingArgs {
  @Field(() => ID, { description: 'The colleague you want to meet.' })
  @IsPersonId()
  expertId!: string;

  @Field(() => ID, { nullable: true, description: 'The challenge it is about, if any.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'challengeId must be 1 to 100 characters' })
  @MaxLength(100, { message: 'challengeId must be 1 to 100 characters' })
  challengeId?: string;

  @Field({
    description: 'To the expert: who you are and what you would like to ask. 1 to 2000 characters.',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: NOTE('message') })
  @MaxLength(2000, { message: NOTE('message') })
  message!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'An acquaintance of yours (e.g. on the introduction path) asked to pass the request on.',
  })
  @IsOptional()
  @IsPersonId()
  via?: string;
}

@ArgsType()
export class IntroductionIdArgs extends ActingArgs {
  @Field(() => ID, { description: 'The introduction, as listed by myIntroductions.' })
  @IsUUID('all', {
    message: 'id must be the id of an introduction (a UUID), as listed by myIntroductions',
  })
  id!: string;
}

@ArgsType()
export class RespondToIntroductionArgs extends IntroductionIdArgs {
  @Field(() => IntroductionAnswerChoice)
  @IsEnum(IntroductionAnswerChoice)
  answer!: IntroductionAnswerChoice;

  @Field(() => String, { nullable: true, description: 'To the requester. Up to 2000 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: NOTE('note') })
  @MaxLength(2000, { message: NOTE('note') })
  note?: string;
}

@ArgsType()
export class CompleteIntroductionArgs extends IntroductionIdArgs {
  @Field({ description: 'Whether the contact helped you with your challenge.' })
  @IsBoolean()
  helpful!: boolean;

  @Field(() => Int, { description: '1 (not at all) to 5 (very much).' })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be a whole number from 1 to 5' })
  @Max(5, { message: 'rating must be a whole number from 1 to 5' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: NOTE('feedback') })
  @MaxLength(2000, { message: NOTE('feedback') })
  feedback?: string;
}

@ArgsType()
export class MyIntroductionsArgs extends PageArgs {
  @Field(() => IntroductionDirection)
  @IsEnum(IntroductionDirection)
  direction!: IntroductionDirection;

  @Field(() => IntroductionStatus, { nullable: true, description: 'Every status when left out.' })
  @IsOptional()
  @IsEnum(IntroductionStatus)
  status?: IntroductionStatus;

  @Field(() => ID, { nullable: true, description: ON_BEHALF_OF })
  @IsOptional()
  @IsPersonId()
  onBehalfOf?: string;
}
