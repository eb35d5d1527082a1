import { type DataSource, type EntityManager } from 'typeorm';

/**
 * Transactions on one DataSource. TypeORM's better-sqlite3 driver shares one connection (and one
 * query runner) in the process, so two transactions started concurrently would nest as
 * savepoints and commit or roll back each other's statements. On SQLite they therefore run one
 * after the other, across every repository; PostgreSQL gives each its own pooled connection.
 */
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }
}

const perDataSource = new WeakMap<DataSource, Transactions>();

/** The one Transactions of a DataSource, shared by every adapter on it. */
export function transactionsOf(dataSource: DataSource): Transactions {
  let transactions = perDataSource.get(dataSource);
  if (!transactions) {
    transactions = new Transactions(dataSource);
    perDataSource.set(dataSource, transactions);
  }
  return transactions;
}
