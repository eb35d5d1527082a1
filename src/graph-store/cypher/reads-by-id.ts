import { type CypherClient, type KeptEachUntilNextWrite } from './cypher-client';

/**
 * Reads of values by id, kept until the next write where the store allows it (the embedded
 * Kuzu, see KeptEachUntilNextWrite) and read from the store each time where it does not.
 */
export class ReadsById<V> {
  private readonly kept: KeptEachUntilNextWrite<V> | null;

  constructor(
    client: CypherClient,
    private readonly load: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>,
  ) {
    this.kept = client.keepEachUntilNextWrite(load);
  }

  /** The values of `ids` that exist, in the order of the ids, each id once. */
  async list(ids: readonly string[]): Promise<V[]> {
    if (ids.length === 0) return [];
    const values = this.kept ? await this.kept.get(ids) : await this.load(ids);
    return [...new Set(ids)].flatMap((id) => {
      const value = values.get(id);
      return value === undefined ? [] : [value];
    });
  }
}

/** Rows grouped by a key, every id in `ids` present (with no rows: an empty list). */
export function groupedBy<R>(
  ids: readonly string[],
  rows: readonly R[],
  keyOf: (row: R) => string,
): Map<string, R[]> {
  const groups = new Map<string, R[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
}
