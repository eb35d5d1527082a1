import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';
import { type Abandonable, StoreCircuit } from '../../common/availability/store-circuit';
import { type CypherClient, type CypherTransaction } from '../cypher/cypher-client';
import {
  type CypherParams,
  type CypherRow,
  type EachIdStatement,
  type ParamsOf,
  type Statement,
} from '../cypher/statement';
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { fromNeo4jValue, toNeo4jParams } from './neo4j-values';

export interface Neo4jConnectionOptions {
  readonly uri: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** How long a request may wait on an unreachable server before SERVICE_UNAVAILABLE. */
  readonly failWithinMs?: number;
}

/**
 * The process's Neo4j driver. Each read is one statement in an auto-commit transaction of a READ
 * session: one round trip instead of BEGIN, RUN and COMMIT, which made a person lookup cost 40 %
 * more CPU (docs/benchmarks.md); a transient failure is retried a few times here, quickly, so a
 * server that is gone fails fast. Writes go through `executeWrite`, retried by the driver as a
 * whole: the work passed in must be idempotent. A cluster (a neo4j:// routing URI) sends both to
 * the right members. Every session is closed in `finally`; results leave as plain JavaScript
 * (see neo4j-values.ts). Every read and write passes the circuit breaker, so a server that is
 * gone is answered within `failWithinMs` instead of after the driver's timeouts and retries.
 */
export class Neo4jClient implements CypherClient {
  private closed = false;
  readonly circuit: StoreCircuit;

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    failWithinMs: number | undefined,
  ) {
    this.circuit = new StoreCircuit({
      store: 'graph',
      description: 'the graph database (Neo4j)',
      probe: () => this.probe(),
      isOutage: (error) => !this.closed && isUnavailable(error),
      unavailable: (message) => new GraphStoreException(GraphStoreErrorCode.UNAVAILABLE, message),
      failWithinMs,
    });
  }

  /** Creates the driver; it connects lazily, so an unreachable server does not fail this. */
  static create(options: Neo4jConnectionOptions): Neo4jClient {
    // Without a user the driver connects unauthenticated (the loopback development server).
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? '') : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: false,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 15_000,
      logging: { level: 'error', logger: () => undefined },
    });
    return new Neo4jClient(driver, options.database || undefined, options.failWithinMs);
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.getServerInfo({ database: this.database });
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }

  read<P extends CypherParams, R extends CypherRow>(
    statement: Statement<P, R>,
    ...[params]: ParamsOf<NoInfer<P>>
  ): Promise<R[]> {
    return this.autoCommitRead<R>(statement.text, params ?? {});
  }

  /**
   * One statement for all ids: the per-id text runs in a subquery for each id in turn, so its
   * ORDER BY and LIMIT stay per id (as on Kuzu, which runs it once per id).
   */
  async readEach<P extends CypherParams, R extends CypherRow>(
    statement: EachIdStatement<P, R>,
    ids: readonly string[],
    ...[params]: ParamsOf<NoInfer<P>>
  ): Promise<R[]> {
    const text = `UNWIND $eachIds AS eachId CALL (eachId) {
      ${statement.text.replace(/\$id\b/g, 'eachId')}
    } RETURN *`;
    const rows = await this.autoCommitRead<R & { eachId: string }>(text, {
      ...params,
      eachIds: [...new Set(ids)],
    });
    return rows.map(({ eachId: _eachId, ...row }) => row as R);
  }

  /**
   * Runs `work` as one write transaction (retried as a whole on transient errors). Once abandoned
   * by the circuit, an attempt sends no further statement, so a retry cannot commit later.
   */
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    return this.circuit.run((onAbandon) => {
      const attempt = new Attempt();
      onAbandon(attempt);
      return this.writeSession((tx) =>
        work({
          run: <P extends CypherParams, R extends CypherRow>(
            statement: Statement<P, R>,
            ...[params]: ParamsOf<NoInfer<P>>
          ) => {
            attempt.assertWanted();
            return run<R>(tx, statement.text, params ?? {});
          },
        }),
      );
    });
  }

  /** Others write to a server too: nothing read can be kept until "the next write". */
  keepUntilNextWrite(): null {
    return null;
  }

  /** Runs one statement in its own auto-commit transaction (schema changes need that). */
  async script(query: string): Promise<void> {
    this.assertOpen();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      await session.run(query);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.circuit.dispose();
    await this.driver.close();
  }

  /** A trivial read past the circuit: the readiness probe and the circuit's recovery probe. */
  private async probe(): Promise<void> {
    this.assertOpen();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      await session.run('RETURN 1');
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  /** One read statement in its own auto-commit transaction, through the circuit. */
  private autoCommitRead<R extends CypherRow>(query: string, params: CypherParams): Promise<R[]> {
    return this.circuit.run((onAbandon) => {
      const attempt = new Attempt();
      onAbandon(attempt);
      return this.readWithRetries<R>(query, params, attempt);
    });
  }

  /** Retried on transient failures, unless the circuit gave up on it meanwhile. */
  private async readWithRetries<R extends CypherRow>(
    query: string,
    params: CypherParams,
    wanted: Attempt,
  ): Promise<R[]> {
    for (let attempt = 1; ; attempt++) {
      wanted.assertWanted();
      this.assertOpen();
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        return await run<R>(session, query, params);
      } catch (error) {
        if (!isTransient(error) || attempt === READ_ATTEMPTS) throw translateNeo4jError(error);
      } finally {
        await session.close();
      }
      await sleep(READ_RETRY_DELAY_MS * attempt);
    }
  }

  private async writeSession<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.assertOpen();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new GraphStoreException(
        GraphStoreErrorCode.UNAVAILABLE,
        'The graph database is closed (the service is shutting down).',
      );
    }
  }
}

/** A read is tried this often when the driver calls its failure transient (100 + 200 ms apart). */
const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A call the circuit may abandon: from then on it sends nothing more to the server. */
class Attempt implements Abandonable {
  private abandonedWith: Error | undefined;

  abandon(error: Error): void {
    this.abandonedWith = error;
  }

  assertWanted(): void {
    if (this.abandonedWith) throw this.abandonedWith;
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof GraphStoreException && error.code === GraphStoreErrorCode.UNAVAILABLE;
}

function isTransient(error: unknown): boolean {
  return error instanceof Neo4jError && Neo4jError.isRetryable(error);
}

async function run<R extends CypherRow>(
  tx: Pick<ManagedTransaction, 'run'>,
  query: string,
  params: CypherParams,
): Promise<R[]> {
  const result = await tx.run(query, toNeo4jParams(params));
  return result.records.map(
    (record) =>
      Object.fromEntries<unknown>(
        record.keys.map((key) => [String(key), fromNeo4jValue(record.get(key))]),
      ) as R,
  );
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Maps driver errors onto the store's codes; anything else passes through (and is logged upstream). */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof GraphStoreException) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (
      UNAVAILABLE_CODES.has(code) ||
      (error instanceof Neo4jError && Neo4jError.isRetryable(error))
    ) {
      return new GraphStoreException(
        GraphStoreErrorCode.UNAVAILABLE,
        'The graph database (Neo4j) cannot be reached right now. Try again in a moment; if it persists, the operators can check /health.',
        { cause: error },
      );
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new GraphStoreException(
        GraphStoreErrorCode.DUPLICATE,
        'A record with this id already exists.',
        {
          cause: error,
        },
      );
    }
  }
  return error;
}
