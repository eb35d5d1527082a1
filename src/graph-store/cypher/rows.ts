/**
 * Reading store rows into records, the same for every store.
 */

/**
 * A Date of this realm from a stored TIMESTAMP/DATETIME. Kuzu's native module builds its Dates in
 * the realm that loaded it, which need not be ours (Jest's sandbox), and GraphQL's DateTime scalar
 * checks `instanceof Date`.
 */
export function toDate(value: Date): Date {
  return new Date(value.getTime());
}

/** A list column as an array: Kuzu answers an empty stored or collected list as null. */
export function listOf<T>(value: readonly T[] | null | undefined): T[] {
  return value ? [...value] : [];
}

/**
 * The maps an OPTIONAL MATCH collected, without the one Kuzu adds when the match found nothing
 * (all its fields null): those without `key`.
 */
export function presentOnly<T extends object>(maps: readonly T[] | null, key: keyof T): T[] {
  return listOf(maps).filter((map) => map[key] !== null && map[key] !== undefined);
}
