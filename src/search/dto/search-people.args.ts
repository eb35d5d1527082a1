import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { trim } from '../../common/validation/trim';
import { PersonFilterInput } from '../../people/dto/person-filter.input';

export const DEFAULT_SEARCH_HITS = 10;
export const MAX_SEARCH_HITS = 50;
export const MAX_QUERY_LENGTH = 200;

/** searchPeople(query, first, filter). */
@ArgsType()
export class SearchPeopleArgs {
  @Field(() => String, {
    description: `Words to look for (1 to ${MAX_QUERY_LENGTH} characters), with Dutch stemming. Punctuation, quotes and wildcards only separate words: nothing in it is query syntax.`,
  })
  @Transform(trim)
  @IsString()
  @Length(1, MAX_QUERY_LENGTH, {
    message: `query must be 1 to ${MAX_QUERY_LENGTH} characters, not counting spaces around it`,
  })
  query!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_SEARCH_HITS,
    description: `How many hits to return, 1..${MAX_SEARCH_HITS}.`,
  })
  @IsOptional()
  @IsInt({ message: `first must be a whole number from 1 to ${MAX_SEARCH_HITS}` })
  @Min(1, { message: `first must be between 1 and ${MAX_SEARCH_HITS}` })
  @Max(MAX_SEARCH_HITS, { message: `first must be between 1 and ${MAX_SEARCH_HITS}` })
  first?: number | null = DEFAULT_SEARCH_HITS;

  @Field(() => PersonFilterInput, {
    nullable: true,
    description:
      'Only people matching all given conditions. filter.text is refused here: put the words in query.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonFilterInput)
  filter?: PersonFilterInput | null;
}
