import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { SKILL_ID_MAX_LENGTH, SKILL_ID_RULE, SKILL_ID_PATTERN } from '../skill-id';
import { trim } from '../../common/validation/trim';

export const ESCO_URI_PATTERN = /^https?:\/\/data\.europa\.eu\/esco\/\S+$/;

@InputType({
  description:
    'A skill to create or update. On update, a field left out keeps its value and null clears it.',
})
export class SkillInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Slug id of the skill to create or update; left out, the slug of the name.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SKILL_ID_MAX_LENGTH, {
    message: `id must be at most ${SKILL_ID_MAX_LENGTH} characters`,
  })
  @Matches(SKILL_ID_PATTERN, { message: `id ${SKILL_ID_RULE}` })
  id?: string;

  @Field({ description: 'Dutch name, 2 to 100 characters, unique across skills.' })
  @Transform(trim)
  @IsString()
  @Length(2, 100, { message: 'name must be 2 to 100 characters' })
  name!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Up to 20 other names, 1 to 100 characters each.',
  })
  @IsOptional()
  @Transform(trim)
  @IsArray()
  @ArrayMaxSize(20, { message: 'aliases may hold at most 20 names' })
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: 'each of aliases must be 1 to 100 characters' })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Grouping, at most 60 characters.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 60, { message: 'category must be 1 to 60 characters' })
  category?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ESCO skill concept URI, http(s)://data.europa.eu/esco/...',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'escoUri must be at most 300 characters' })
  @Matches(ESCO_URI_PATTERN, {
    message:
      'escoUri must be an ESCO URI starting with http://data.europa.eu/esco/ (or https://), e.g. http://data.europa.eu/esco/skill/...',
  })
  escoUri?: string | null;
}
