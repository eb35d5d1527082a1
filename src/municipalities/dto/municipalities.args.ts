import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../cbs-code';

@ArgsType()
export class MunicipalityArgs {
  @Field(() => ID)
  @Matches(CBS_CODE_PATTERN, { message: CBS_CODE_MESSAGE })
  code!: string;
}

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name, or a CBS code.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Exact province name, e.g. "Noord-Holland".',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: 'province must be at most 50 characters' })
  province?: string;
}
