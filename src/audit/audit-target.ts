/** Argument names that carry the id of the object a mutation changes, most specific first. */
const ID_ARGUMENTS = ['id', 'code', 'personId', 'challengeId', 'collaborationId', 'skillId'];

/** Ids are short tokens; anything else (free text, an e-mail address) is not logged as an id. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,200}$/;

function idIn(value: unknown, keys: (record: Record<string, unknown>) => string[]): string | null {
  if (value === null || typeof value !== 'object' || value instanceof Error) return null;
  const record = value as Record<string, unknown>;
  for (const key of keys(record)) {
    const candidate = record[key];
    if (typeof candidate === 'string' && SANE_ID.test(candidate)) return candidate;
  }
  return null;
}

/**
 * Any other argument named like an id (…Id). Not …Code: a code names the municipality a change
 * refers to, and a refused createPerson must not be recorded as if that code were the person.
 */
const ID_LIKE_ARGUMENT = /^[a-z][A-Za-z]*Id$/;

const argumentKeys = (record: Record<string, unknown>): string[] => [
  ...ID_ARGUMENTS,
  ...Object.keys(record).filter((key) => ID_LIKE_ARGUMENT.test(key) && !ID_ARGUMENTS.includes(key)),
];

/**
 * The id of the object a mutation changed: the result's `id` (or `code`, for municipalities, or
 * `personId`, for a person's data export), else an id among its arguments or its `input`. Never
 * any other argument value.
 */
export function auditObjectId(
  result: unknown,
  args: Readonly<Record<string, unknown>>,
): string | null {
  return (
    idIn(result, () => ['id', 'code', 'personId']) ??
    idIn(args, argumentKeys) ??
    idIn(args.input, argumentKeys)
  );
}
