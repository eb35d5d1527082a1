import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  COLLABORATION_ID_MESSAGE,
  COLLABORATION_ID_PATTERN,
} from '../../collaborations/collaboration-id';
import { CBS_CODE_MESSAGE, CBS_CODE_PATTERN } from '../../municipalities/cbs-code';
import { DEFAULT_MIN_LEVEL } from './gaps.input';
import { type CsvSeparator } from '../exports/csv-format';

const MIN_LEVEL_RULE = 'minLevel must be a whole number from 1 to 5';
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

/** The query string of every export: the area, the level and (for CSV) the separator. */
export class ExportQuery {
  @IsOptional()
  @Matches(CBS_CODE_PATTERN, { message: `municipalityCode: ${CBS_CODE_MESSAGE}` })
  municipalityCode?: string;

  @IsOptional()
  @Matches(COLLABORATION_ID_PATTERN, {
    message: `collaborationId: ${COLLABORATION_ID_MESSAGE.replace(/^id /, '')}`,
  })
  collaborationId?: string;

  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: MIN_LEVEL_RULE })
  @Min(1, { message: MIN_LEVEL_RULE })
  @Max(5, { message: MIN_LEVEL_RULE })
  minLevel: number = DEFAULT_MIN_LEVEL;

  @IsOptional()
  @IsIn([';', ','], { message: 'sep must be ";" (the default, for Dutch spreadsheets) or ","' })
  sep: CsvSeparator = ';';
}
