import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { Availability } from '../models/availability.enum';
import { Visibility } from '../models/visibility.enum';
import { IsPersonId } from './person-id';
import { KeptUnlessGiven } from '../../common/validation/kept-unless-given';
import { trim } from '../../common/validation/trim';

@InputType({
  description:
    'Changes to a person. A field left out keeps its value; null clears email, title, bio or department.',
})
export class UpdatePersonInput {
  @Field(() => String, { nullable: true })
  @KeptUnlessGiven('name')
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address, e.g. naam@gemeente.nl' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'bio must be at most 2000 characters' })
  bio?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Moves the person to this municipality; department stays unless also given.',
  })
  @KeptUnlessGiven('municipalityCode')
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'department must be at most 120 characters' })
  department?: string | null;

  @Field(() => Availability, { nullable: true })
  @KeptUnlessGiven('availability')
  @IsEnum(Availability)
  availability?: Availability;

  @Field(() => Visibility, { nullable: true })
  @KeptUnlessGiven('visibility')
  @IsEnum(Visibility)
  visibility?: Visibility;
}

@ArgsType()
export class UpdatePersonArgs {
  @Field(() => ID)
  @IsPersonId()
  id!: string;

  @Field(() => UpdatePersonInput)
  @ValidateNested()
  @Type(() => UpdatePersonInput)
  input!: UpdatePersonInput;
}
