import DataLoader from 'dataloader';

/**
 * The DataLoaders of one GraphQL request. Features ask for a loader by name and hand in the
 * batch function the first time; every later field resolution in the same request reuses it,
 * so a list of N parents costs one store round-trip per nested field, not N.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results by the keys DataLoader asked for; missing keys get `fallback`. */
export function alignToKeys<K, V, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  fallback: V,
  valueOf: (rows: R[]) => V,
): V[] {
  const grouped = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = grouped.get(key);
    if (group) group.push(row);
    else grouped.set(key, [row]);
  }
  return keys.map((key) => {
    const group = grouped.get(key);
    return group ? valueOf(group) : fallback;
  });
}

/** The request's loader of one record per key; unknown keys load as null. */
export function recordLoader<R>(
  loaders: RequestLoaders,
  name: string,
  fetch: (keys: readonly string[]) => Promise<R[]>,
  keyOf: (record: R) => string,
): DataLoader<string, R | null> {
  return loaders.get(name, async (keys: readonly string[]) =>
    alignToKeys(keys, await fetch(keys), keyOf, null, ([record]) => record),
  );
}

/** The request's loader of a list per key (rows grouped by `keyOf`); keys without rows load []. */
export function groupLoader<Row, V>(
  loaders: RequestLoaders,
  name: string,
  fetch: (keys: readonly string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  valueOf: (row: Row) => V,
): DataLoader<string, V[]> {
  return loaders.get(name, async (keys: readonly string[]) =>
    alignToKeys(keys, await fetch(keys), keyOf, [] as V[], (rows) => rows.map(valueOf)),
  );
}
