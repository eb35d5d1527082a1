import { type DataSource, type QueryRunner } from 'typeorm';
import { StoreCircuit } from '../../common/availability/store-circuit';
import { RelationalStoreErrorCode, RelationalStoreException } from '../relational-store.exception';

/** What this file needs of TypeORM's PostgresDriver and PostgresQueryRunner (not exported types). */
interface PostgresDriverParts {
  /** The pg Pool. */
  master: { query(text: string): Promise<unknown> };
  createQueryRunner(mode: 'master' | 'slave'): QueryRunner;
}
interface PostgresRunnerParts {
  query: QueryRunner['query'];
  /** Gives the pooled connection back; with an error the pool discards it. */
  releasePostgresConnection(error?: Error): Promise<void>;
  isReleased: boolean;
  /** Set while the runner waits for a connection from the pool. */
  databaseConnectionPromise?: Promise<unknown>;
}

/**
 * Puts a circuit breaker (StoreCircuit) in front of every query TypeORM sends to PostgreSQL: the
 * one place all repositories pass is the driver's query runner, so its `query` is wrapped. A
 * query abandoned because the circuit opened hands its connection back as broken, so the pool
 * does not lend it out again.
 */
export function guardWithCircuit(dataSource: DataSource, failWithinMs: number): StoreCircuit {
  const driver = dataSource.driver as unknown as PostgresDriverParts;
  const circuit = new StoreCircuit({
    store: 'relational',
    description: 'the relational database (PostgreSQL)',
    probe: () => driver.master.query('SELECT 1'),
    isOutage: isConnectionFailure,
    unavailable: (message) =>
      new RelationalStoreException(RelationalStoreErrorCode.RELATIONAL_UNAVAILABLE, message),
    failWithinMs,
  });
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => guarded(createQueryRunner(mode), circuit);
  return circuit;
}

function guarded(runner: QueryRunner, circuit: StoreCircuit): QueryRunner {
  const parts = runner as unknown as PostgresRunnerParts;
  const query = parts.query.bind(runner);
  parts.query = ((...args: Parameters<QueryRunner['query']>) =>
    circuit.run((onAbandon) => {
      onAbandon({ abandon: (error) => abandonConnection(parts, error) });
      return query(...args);
    })) as QueryRunner['query'];
  return runner;
}

/**
 * Hands the runner's connection back as broken. One still being obtained from the pool arrives
 * after TypeORM's release has run (and found nothing to release), and nobody would ever give it
 * back: the pool would lose it for good, and shutting down would wait on it. So it is released
 * again when it arrives.
 */
function abandonConnection(runner: PostgresRunnerParts, error: Error): void {
  const arriving = runner.databaseConnectionPromise;
  void runner.releasePostgresConnection(error);
  arriving?.then(
    () => {
      runner.isReleased = false;
      void runner.releasePostgresConnection(error);
    },
    () => undefined, // no connection came: nothing to give back
  );
}

/** Socket errors, and PostgreSQL's connection-exception (08) and shutdown (57P0x) classes. */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);
/** node-postgres says these in words only. */
const OUTAGE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection error/i,
  /not queryable/i,
];

/** Whether a query failed because PostgreSQL cannot be reached (not because of the query). */
export function isConnectionFailure(error: unknown): boolean {
  for (let candidate = error, depth = 0; candidate && depth < 3; depth++) {
    const { code, message } = candidate as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (OUTAGE_CODES.has(code) || code.startsWith('08'))) return true;
    if (typeof message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(message))) {
      return true;
    }
    // TypeORM's QueryFailedError keeps the driver's error.
    candidate = (candidate as { driverError?: unknown }).driverError;
  }
  return false;
}
