import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { ChallengeStatus } from '../challenge-status';
import { THEME_MESSAGE, THEME_PATTERN } from '../theme';

@ArgsType()
export class ChallengeArgs {
  @Field(() => ID)
  @IsString()
  @MinLength(1, { message: 'id must be 1 to 100 characters' })
  @MaxLength(100, { message: 'id must be 1 to 100 characters' })
  id!: string;
}

@InputType('ChallengeFilter', { description: 'Every given condition must hold.' })
export class ChallengeFilterInput {
  @Field(() => ID, { nullable: true, description: 'CBS code of the municipality facing it.' })
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(2, { message: THEME_MESSAGE })
  @MaxLength(60, { message: THEME_MESSAGE })
  @Matches(THEME_PATTERN, { message: THEME_MESSAGE })
  theme?: string;

  @Field(() => ChallengeStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ChallengeStatus)
  status?: ChallengeStatus;

  @Field(() => ID, { nullable: true, description: 'Only challenges that require this skill.' })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'requiredSkillId must be 1 to 100 characters' })
  @MaxLength(100, { message: 'requiredSkillId must be 1 to 100 characters' })
  requiredSkillId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in title and description, with Dutch stemming ("aanbesteding" also finds "aanbestedingen"); all words must occur. Plain words only: quotes and operators are ignored.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'text must be 1 to 200 characters' })
  @MaxLength(200, { message: 'text must be 1 to 200 characters' })
  text?: string;
}

@ArgsType()
export class ChallengesArgs extends PageArgs {
  @Field(() => ChallengeFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChallengeFilterInput)
  filter?: ChallengeFilterInput;
}

/** Municipality.challenges(first, after). */
@ArgsType()
export class MunicipalityChallengesArgs extends PageArgs {}
