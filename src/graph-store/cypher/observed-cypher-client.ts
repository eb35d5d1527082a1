import { type StoreCircuit } from '../../common/availability/store-circuit';
import { type Instrumentation, type StoreSystem } from '../../common/observability/instrumentation';
import {
  type CypherClient,
  type CypherTransaction,
  type KeptUntilNextWrite,
} from './cypher-client';
import {
  type CypherParams,
  type CypherRow,
  type EachIdStatement,
  type ParamsOf,
  type Statement,
} from './statement';

/**
 * A CypherClient that reports every call it passes on (its time, its outcome, a trace span) to
 * the instrumentation: what the repositories are given, so each store call is measured once, in
 * one place, on both stores. A write is one call however many statements its transaction runs.
 */
export class ObservedCypherClient implements CypherClient {
  constructor(
    private readonly client: CypherClient,
    private readonly instrumentation: Instrumentation,
    private readonly system: StoreSystem,
  ) {}

  get circuit(): StoreCircuit | undefined {
    return this.client.circuit;
  }

  read<P extends CypherParams, R extends CypherRow>(
    statement: Statement<P, R>,
    ...params: ParamsOf<NoInfer<P>>
  ): Promise<R[]> {
    return this.instrumentation.storeQuery(
      { system: this.system, kind: 'read', text: statement.text },
      () => this.client.read(statement, ...params),
    );
  }

  readEach<P extends CypherParams, R extends CypherRow>(
    statement: EachIdStatement<P, R>,
    ids: readonly string[],
    ...params: ParamsOf<NoInfer<P>>
  ): Promise<R[]> {
    return this.instrumentation.storeQuery(
      { system: this.system, kind: 'read', text: statement.text },
      () => this.client.readEach(statement, ids, ...params),
    );
  }

  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.instrumentation.storeQuery({ system: this.system, kind: 'write' }, () =>
      this.client.write(work),
    );
  }

  script(statement: string): Promise<void> {
    return this.instrumentation.storeQuery(
      { system: this.system, kind: 'schema', text: statement },
      () => this.client.script(statement),
    );
  }

  keepUntilNextWrite<T>(load: () => Promise<T>): KeptUntilNextWrite<T> | null {
    return this.client.keepUntilNextWrite(load);
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
