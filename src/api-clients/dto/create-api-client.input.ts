import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { ALL_SCOPES, Scope } from '../../common/request/caller';
import { trim } from '../../common/validation/trim';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';

const SCOPES_MESSAGE = `scopes must list one or more of ${ALL_SCOPES.join(', ')}`;

/** The same rules for the admin mutation and for `npm run apikey -- create`. */
@InputType({ description: 'A new API client for one municipality.' })
export class CreateApiClientInput {
  @Field({ description: 'Who will use the key, e.g. "Intranet Tilburg"; 3 to 100 characters.' })
  @Transform(trim)
  @IsString()
  @Length(3, 100, { message: 'name must be 3 to 100 characters' })
  name!: string;

  @Field({ description: 'CBS code of the municipality the client acts for, e.g. GM0855.' })
  @Transform(trim)
  @IsString()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode!: string;

  @Field(() => [Scope], { description: 'One or more scopes; read is implied by every scope.' })
  @IsArray({ message: SCOPES_MESSAGE })
  @ArrayNotEmpty({ message: SCOPES_MESSAGE })
  @ArrayMaxSize(ALL_SCOPES.length, { message: SCOPES_MESSAGE })
  @IsEnum(Scope, { each: true, message: SCOPES_MESSAGE })
  scopes!: Scope[];

  @Field(() => Date, {
    nullable: true,
    description:
      'When the key stops working; in the future. Without it the key works until revoked.',
  })
  @IsOptional()
  @IsDate({ message: 'expiresAt must be a date and time, e.g. 2027-01-01T00:00:00Z' })
  expiresAt?: Date | null;
}
