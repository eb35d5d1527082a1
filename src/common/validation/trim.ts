import { type TransformFnParams } from 'class-transformer';

/**
 * For @Transform on inputs: leading and trailing blanks are typing accidents, so strings (and
 * each string of a list) are trimmed before the length rules apply; other values, null
 * included, pass unchanged.
 */
export function trim({ value }: TransformFnParams): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    return value.map((each: unknown) => (typeof each === 'string' ? each.trim() : each));
  }
  return value;
}
