import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { Availability } from '../models/availability.enum';
import { Visibility } from '../models/visibility.enum';
import { trim } from '../../common/validation/trim';

@InputType({ description: 'A new person, working at one municipality.' })
export class CreatePersonInput {
  @Field({ description: '2 to 120 characters.' })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Work email; unique across people.' })
  @IsOptional()
  @Transform(trim)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  @IsEmail({}, { message: 'email must be an email address, e.g. naam@gemeente.nl' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title, at most 120 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'title must be at most 120 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'bio must be at most 2000 characters' })
  bio?: string | null;

  @Field(() => ID, { description: 'CBS code of the municipality, e.g. GM0363.' })
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode!: string;

  @Field(() => String, { nullable: true, description: 'Department, at most 120 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120, { message: 'department must be at most 120 characters' })
  department?: string | null;

  @Field(() => Availability, { nullable: true, defaultValue: Availability.AVAILABLE })
  @IsOptional()
  @IsEnum(Availability)
  availability?: Availability | null;

  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.NETWORK })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}
