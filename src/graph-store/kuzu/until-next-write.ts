import { type KeptUntilNextWrite } from '../cypher/cypher-client';

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
