import { applyDecorators } from '@nestjs/common';
import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For fields of an update input that cannot be cleared: left out, the field keeps its value and
 * is not validated; given, it is validated; null is refused with a message saying what to do.
 */
export function KeptUnlessGiven(field: string): PropertyDecorator {
  return applyDecorators(
    ValidateIf((input: Record<string, unknown>) => input[field] !== undefined),
    IsDefined({ message: `${field} cannot be null; leave it out to keep the current value` }),
  );
}
