import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination/page-args';
import { PersonFilterInput } from './person-filter.input';
import { IsPersonId } from './person-id';

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  @IsPersonId()
  id!: string;
}

/** people(first, after, filter) and Municipality.people(first, after, filter). */
@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => PersonFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilterInput)
  filter?: PersonFilterInput | null;
}

/** Skill.people(first, after, minLevel). */
@ArgsType()
export class SkillPeopleArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: 'Only people at this level or above (1..5).',
  })
  @IsOptional()
  @IsInt({ message: 'minLevel must be a whole number from 1 to 5' })
  @Min(1, { message: 'minLevel must be from 1 to 5' })
  @Max(5, { message: 'minLevel must be from 1 to 5' })
  minLevel?: number | null;
}

@ArgsType()
export class ConnectPeopleArgs {
  @Field(() => ID)
  @IsPersonId()
  personId!: string;

  @Field(() => ID)
  @IsPersonId()
  otherPersonId!: string;
}
