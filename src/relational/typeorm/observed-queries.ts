import { type DataSource, type QueryRunner } from 'typeorm';
import { type Instrumentation, type StoreSystem } from '../../common/observability/instrumentation';

/** What this file needs of TypeORM's drivers (their createQueryRunner is not on the Driver type). */
interface DriverParts {
  createQueryRunner(mode: 'master' | 'slave'): QueryRunner;
}

/**
 * Reports every query TypeORM sends (its time, its outcome, a trace span) to the instrumentation:
 * the driver's query runner is the one place all relational repositories pass. Called before the
 * circuit breaker wraps the runner, so a query the open circuit refuses is not counted as one.
 */
export function observeQueries(
  dataSource: DataSource,
  instrumentation: Instrumentation,
  system: Extract<StoreSystem, 'postgres' | 'sqlite'>,
): void {
  const driver = dataSource.driver as unknown as DriverParts;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  // SQLite's driver hands out one runner for good; it must be wrapped once only.
  const observed = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (observed.has(runner)) return runner;
    observed.add(runner);
    const query = runner.query.bind(runner);
    runner.query = ((text: string, ...rest: unknown[]) =>
      instrumentation.storeQuery({ system, kind: kindOf(text), text }, () =>
        (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest),
      )) as QueryRunner['query'];
    return runner;
  };
}

function kindOf(sql: string): 'read' | 'write' | 'schema' {
  const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  if (verb === 'SELECT' || verb === 'WITH' || verb === 'SHOW' || verb === 'PRAGMA') return 'read';
  if (verb === 'CREATE' || verb === 'ALTER' || verb === 'DROP') return 'schema';
  return 'write';
}
