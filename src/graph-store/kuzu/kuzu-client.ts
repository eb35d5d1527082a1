import * as fs from 'node:fs';
import * as path from 'node:path';
import * as kuzu from 'kuzu';
import {
  type CypherClient,
  type CypherTransaction,
  type KeptUntilNextWrite,
} from '../cypher/cypher-client';
import {
  type CypherParams,
  type CypherRow,
  type EachIdStatement,
  type ParamsOf,
  type Statement,
} from '../cypher/statement';
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store.exception';
import { UntilNextWrite } from './until-next-write';

export interface KuzuClientOptions {
  readonly bufferPoolMb: number;
  readonly readConnections?: number;
}

/** One Kuzu connection with its cache of prepared statements (prepared once per query text). */
class PreparedConnection {
  private readonly statements = new Map<string, kuzu.PreparedStatement>();

  constructor(readonly connection: kuzu.Connection) {}

  async run(query: string, params: CypherParams = {}): Promise<CypherRow[]> {
    let statement = this.statements.get(query);
    if (!statement) {
      statement = await this.connection.prepare(query);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      this.statements.set(query, statement);
    }
    // Kuzu 0.11 may crash on an unbound parameter: bind every one, undefined as null.
    const bound = Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, value ?? null]),
    );
    const result = single(
      await this.connection.execute(statement, bound as Record<string, kuzu.KuzuValue>),
    );
    try {
      // The result is complete in native memory once execute resolves. getAll() fetches it
      // row by row, each row a job on libuv's thread pool (4 threads, shared with every running
      // query), so a few hundred rows queue behind other requests' queries. getAllSync converts
      // the same rows on the main thread (where getAll converts them too) without those trips.
      return result.getAllSync();
    } finally {
      // Results hold native memory; freeing them now keeps a later database close safe.
      result.close();
    }
  }

  async runScript(statement: string): Promise<void> {
    const result = await this.connection.query(statement);
    for (const each of Array.isArray(result) ? result : [result]) each.close();
  }
}

/**
 * Up to this many ids are read one lookup each. Measured on 20,000 people: a lookup takes about
 * 0.7 ms, a join of a list with the Person table 7 ms (growing with the table).
 */
const POINT_READS_AT_MOST = 16;

/** `rows` grouped by their id in `column`, in the order of `ids`; within an id, as they came. */
function inOrderOf<R extends CypherRow>(ids: readonly string[], rows: R[], column: keyof R): R[] {
  const byId = new Map<unknown, R[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row[column])?.push(row);
  return [...byId.values()].flat();
}

function single(result: kuzu.QueryResult | kuzu.QueryResult[]): kuzu.QueryResult {
  return Array.isArray(result) ? result[result.length - 1] : result;
}

/**
 * The process's one Kuzu database. Reads spread over a few connections and run concurrently;
 * writes are serialised through one connection, each in its own explicit transaction, because
 * Kuzu allows one write transaction at a time and a failed statement must roll back the whole
 * mutation.
 */
export class KuzuClient implements CypherClient {
  private readonly readers: PreparedConnection[];
  private nextReader = 0;
  private writeQueue: Promise<unknown> = Promise.resolve();
  private writeCount = 0;
  private closed = false;

  private constructor(
    private readonly database: kuzu.Database,
    private readonly writer: PreparedConnection,
    readers: PreparedConnection[],
  ) {
    this.readers = readers;
  }

  /** Opens (creating if needed) the database directory; a second process on it gets a clear error. */
  static async open(databasePath: string, options: KuzuClientOptions): Promise<KuzuClient> {
    const resolved = path.resolve(databasePath);
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    let database: kuzu.Database;
    try {
      database = new kuzu.Database(resolved, options.bufferPoolMb * 1024 * 1024);
      await database.init();
    } catch (error) {
      const text = messageOf(error);
      if (/lock/i.test(text)) {
        throw new GraphStoreException(
          GraphStoreErrorCode.UNAVAILABLE,
          `The graph database at ${resolved} is in use by another process (Kuzu allows one process per directory). Stop the other Kennissen process, or point KUZU_PATH at another directory.`,
          { cause: error },
        );
      }
      throw new GraphStoreException(
        GraphStoreErrorCode.UNAVAILABLE,
        `Could not open the graph database at ${resolved}: ${text}`,
        { cause: error },
      );
    }
    const connect = async (): Promise<PreparedConnection> => {
      const connection = new kuzu.Connection(database);
      await connection.init();
      return new PreparedConnection(connection);
    };
    const writer = await connect();
    const readers = await Promise.all(
      Array.from({ length: options.readConnections ?? 4 }, connect),
    );
    return new KuzuClient(database, writer, readers);
  }

  /**
   * Changes whenever a write starts and again when it ends (odd while one runs). Every write to
   * the database passes through this client (one process per database), so a value read while
   * this number stayed even and unchanged still holds as long as it does not change: see
   * UntilNextWrite.
   */
  get writeVersion(): number {
    return this.writeCount;
  }

  /** Runs one read-only statement on the next read connection. */
  async read<P extends CypherParams, R extends CypherRow>(
    statement: Statement<P, R>,
    ...[params]: ParamsOf<NoInfer<P>>
  ): Promise<R[]> {
    this.assertOpen();
    return (await this.reader().run(statement.text, params)) as R[];
  }

  /**
   * A few ids: one primary-key lookup each, spread over the read connections. Many: one statement
   * that joins the list with the whole table (see EachIdStatement), which then costs less than
   * that many lookups; its rows are put in the order of the ids.
   */
  async readEach<P extends CypherParams, R extends CypherRow>(
    statement: EachIdStatement<P, R>,
    ids: readonly string[],
    ...[params]: ParamsOf<NoInfer<P>>
  ): Promise<R[]> {
    this.assertOpen();
    const unique = [...new Set(ids)];
    if (unique.length <= POINT_READS_AT_MOST) {
      const perId = await Promise.all(
        unique.map((id) => this.reader().run(statement.text, { ...params, id })),
      );
      return perId.flat() as R[];
    }
    const text = `UNWIND $eachIds AS eachId ${statement.text.replace(/\$id\b/g, 'eachId')}`;
    const rows = (await this.reader().run(text, { ...params, eachIds: unique })) as R[];
    return inOrderOf(unique, rows, statement.idColumn);
  }

  /** The next read connection, in turn. */
  private reader(): PreparedConnection {
    const reader = this.readers[this.nextReader];
    this.nextReader = (this.nextReader + 1) % this.readers.length;
    return reader;
  }

  keepUntilNextWrite<T>(load: () => Promise<T>): KeptUntilNextWrite<T> {
    return new UntilNextWrite(this, load);
  }

  /**
   * Runs `work` as one write transaction, after every earlier write has finished. Any error
   * rolls the whole transaction back (Kuzu itself rolls back on a failed statement).
   */
  write<T>(work: (tx: CypherTransaction) => Promise<T>): Promise<T> {
    this.assertOpen();
    const transaction: CypherTransaction = {
      run: async <P extends CypherParams, R extends CypherRow>(
        statement: Statement<P, R>,
        ...[params]: ParamsOf<NoInfer<P>>
      ) => (await this.writer.run(statement.text, params)) as R[],
    };
    const run = async (): Promise<T> => {
      await this.writer.runScript('BEGIN TRANSACTION');
      try {
        const result = await work(transaction);
        await this.writer.runScript('COMMIT');
        return result;
      } catch (error) {
        await this.rollback();
        throw translateKuzuError(error);
      }
    };
    return this.enqueueWrite(run);
  }

  /**
   * Rolls back the open transaction, if Kuzu has not already (it does so itself when a statement
   * fails). A checkpoint follows an explicit rollback: while building the people feature we saw
   * Kuzu 0.11.3 keep full-text index rows locked after rolling back writes to indexed columns
   * ("write-write conflict" on later writes) until a checkpoint. Failures are rare; the cost is small.
   */
  private async rollback(): Promise<void> {
    try {
      await this.writer.runScript('ROLLBACK');
    } catch {
      return; // no active transaction: Kuzu rolled back the failed statement already
    }
    await this.writer.runScript('CHECKPOINT');
  }

  /** Runs DDL outside an explicit transaction (some Kuzu calls, like CREATE_FTS_INDEX, need that). */
  async script(statement: string): Promise<void> {
    this.assertOpen();
    return this.enqueueWrite(() => this.writer.runScript(statement));
  }

  /** Runs `work` after every earlier write, counting it in writeVersion from start to end. */
  private enqueueWrite<T>(work: () => Promise<T>): Promise<T> {
    const counted = async (): Promise<T> => {
      this.writeCount++;
      try {
        return await work();
      } finally {
        this.writeCount++;
      }
    };
    const result = this.writeQueue.then(counted, counted);
    this.writeQueue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue;
    for (const each of [...this.readers, this.writer]) await each.connection.close();
    await this.database.close();
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

/** The message of an error from the native driver, whose Error class may be another realm's. */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

function translateKuzuError(error: unknown): unknown {
  if (/duplicated primary key/i.test(messageOf(error))) {
    return new GraphStoreException(
      GraphStoreErrorCode.DUPLICATE,
      'A record with this id already exists.',
      {
        cause: error,
      },
    );
  }
  return error;
}
