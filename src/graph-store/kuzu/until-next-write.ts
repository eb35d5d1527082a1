import { type KeptEachUntilNextWrite, type KeptUntilNextWrite } from '../cypher/cypher-client';

/** What UntilNextWrite watches: a count that changes whenever a write starts and ends. */
interface WriteCounter {
  readonly writeVersion: number;
}

/**
 * A value read from Kuzu and kept until the next write, for reads that every request repeats
 * and writes rarely change (the municipalities with their collaborations, the number of people).
 * Sound because one process owns a Kuzu database and all its writes pass through the client
 * (KuzuClient.writeVersion). A read made while a write runs is not kept. Concurrent callers
 * share one read.
 */
export class UntilNextWrite<T> implements KeptUntilNextWrite<T> {
  private kept: { readonly version: number; readonly value: Promise<T> } | null = null;

  constructor(
    private readonly client: WriteCounter,
    private readonly load: () => Promise<T>,
  ) {}

  get(): Promise<T> {
    const version = this.client.writeVersion;
    if (this.kept?.version === version) return this.kept.value;
    const value = this.load();
    if (version % 2 === 0) {
      const kept = { version, value };
      this.kept = kept;
      // A failed read is not kept: the next caller tries again.
      value.catch(() => {
        if (this.kept === kept) this.kept = null;
      });
    }
    return value;
  }
}

/**
 * Values by id, each read once and kept until the next write (see UntilNextWrite): per-request
 * reads of many ids (the people and challenges a recommendation weighs) become lookups in memory
 * once read, whatever the size of the graph. Concurrent callers share the reads of the ids they
 * both ask for. Dropped whole at a write, and when it holds more than `capacity` ids.
 */
export class EachUntilNextWrite<V> implements KeptEachUntilNextWrite<V> {
  private version = -1;
  private kept = new Map<string, Promise<V | undefined>>();

  constructor(
    private readonly client: WriteCounter,
    private readonly load: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>,
    private readonly capacity = 500_000,
  ) {}

  async get(ids: readonly string[]): Promise<Map<string, V>> {
    const version = this.client.writeVersion;
    if (version !== this.version || this.kept.size > this.capacity) {
      this.kept = new Map();
      this.version = version;
    }
    const missing = [...new Set(ids)].filter((id) => !this.kept.has(id));
    if (missing.length > 0) {
      const loaded = this.load(missing);
      // A read made while a write runs is not kept; nor is a failed read.
      if (version % 2 === 0) {
        const kept = this.kept;
        for (const id of missing)
          kept.set(
            id,
            loaded.then((values) => values.get(id)),
          );
        loaded.catch(() => missing.forEach((id) => kept.delete(id)));
      } else {
        const values = await loaded;
        return this.answer(ids, (id) => values.get(id) ?? this.kept.get(id));
      }
    }
    return this.answer(ids, (id) => this.kept.get(id));
  }

  private async answer(
    ids: readonly string[],
    valueOf: (id: string) => V | undefined | Promise<V | undefined>,
  ): Promise<Map<string, V>> {
    const values = new Map<string, V>();
    for (const id of ids) {
      const value = await valueOf(id);
      if (value !== undefined) values.set(id, value);
    }
    return values;
  }
}
