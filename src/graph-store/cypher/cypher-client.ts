import { type StoreCircuit } from '../../common/availability/store-circuit';
import {
  type CypherParams,
  type CypherRow,
  type EachIdStatement,
  type ParamsOf,
  type Statement,
} from './statement';

/** Runs statements inside one transaction. */
export interface CypherTransaction {
  run<P extends CypherParams, R extends CypherRow>(
    statement: Statement<P, R>,
    ...params: ParamsOf<NoInfer<P>>
  ): Promise<R[]>;
}

/** A value read once and kept until the store is next written to. */
export interface KeptUntilNextWrite<T> {
  get(): Promise<T>;
}

/**
 * One Cypher store as the adapters see it, implemented by the Kuzu and the Neo4j client. Reads run
 * concurrently; `write` runs its work as one transaction that commits whole or not at all.
 */
export interface CypherClient {
  /** A server store's circuit breaker (see StoreCircuit); none for an embedded store. */
  readonly circuit?: StoreCircuit;

  read<P extends CypherParams, R extends CypherRow>(
    statement: Statement<P, R>,
    ...params: ParamsOf<NoInfer<P>>
  ): Promise<R[]>;

  /**
   * Runs a per-id read for each of `ids` (each id once): the rows of one id together, the ids in
   * the order given.
   */
  readEach<P extends CypherParams, R extends CypherRow>(
    statement: EachIdStatement<P, R>,
    ids: readonly string[],
    ...params: ParamsOf<NoInfer<P>>
  ): Promise<R[]>;

  /**
   * Runs `work` as one write transaction. A store may run it again after a transient error (the
   * Neo4j driver does), so `work` must be safe to repeat: it reads what it needs inside.
   */
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T>;

  /** Runs one statement outside an explicit transaction (schema changes that need that). */
  script(statement: string): Promise<void>;

  /**
   * A value `load` reads, kept until the next write, where the client sees every write to the
   * store (an embedded store owned by this process); null where others may write (a server).
   */
  keepUntilNextWrite<T>(load: () => Promise<T>): KeptUntilNextWrite<T> | null;

  close(): Promise<void>;
}
