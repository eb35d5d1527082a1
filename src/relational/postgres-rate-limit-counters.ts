import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type QueryConfig } from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { type StoreCircuit } from '../common/availability/store-circuit';
import {
  type RateLimitCounterOptions,
  RateLimitCounters,
} from '../common/request/rate-limit-counters';

/** Made by the migration 1765400000000-create-rate-limit; never created at run time. */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * How long a count may wait for PostgreSQL (for a connection, then for its answer) before this
 * process counts it instead: a store that has gone away slows a request by at most this.
 */
export const RATE_LIMIT_STORE_WAIT_MS = 1_000;
/** Connections of the limiter's own pool: one small upsert per request needs few. */
const POOL_SIZE = 4;
/** The warning that counting fell back to memory is repeated at most this often. */
const WARNING_INTERVAL_MS = 60_000;

/**
 * Rate-limit counters in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres), so that every
 * replica counts against the same limit. The counters have a small pool of their own, apart
 * from TypeORM's: a flood of counting cannot take the connections the rest of the service needs,
 * and short timeouts apply to it alone.
 *
 * Fails open: when PostgreSQL does not answer in time, each counter counts in this process's
 * memory instead (its `insuranceLimiter`, with the same limit), so a database outage does not
 * refuse every request; while it lasts, each replica allows up to the full limit. A warning says
 * so, at most once a minute. With the relational store's circuit breaker, the counts go through
 * it: while PostgreSQL is known to be down they fall back at once instead of after the wait, and
 * a count that hangs opens the circuit like any other query.
 */
export class PostgresRateLimitCounters extends RateLimitCounters implements OnApplicationShutdown {
  readonly description = `PostgreSQL (table ${RATE_LIMIT_TABLE}), shared by every replica`;
  private readonly logger = new Logger('RateLimit');
  private readonly pool: Pool;
  private lastWarning = 0;
  private ended = false;

  /** What RateLimiterPostgres (storeType 'pool') uses of its client: `query` alone. */
  private readonly client: { query(query: QueryConfig): Promise<unknown> };

  constructor(url: string, circuit: StoreCircuit | null = null) {
    super();
    this.pool = new Pool({
      connectionString: url,
      max: POOL_SIZE,
      connectionTimeoutMillis: RATE_LIMIT_STORE_WAIT_MS,
      query_timeout: RATE_LIMIT_STORE_WAIT_MS,
      idleTimeoutMillis: 30_000,
      application_name: 'kennissen-rate-limit',
    });
    // A pooled connection that breaks while idle must not end the process; the next count
    // opens a new one.
    this.pool.on('error', (error) =>
      this.logger.warn(`A rate-limit connection to PostgreSQL failed: ${error.message}`),
    );
    const pool = this.pool;
    this.client = {
      query: (query) => (circuit ? circuit.run(() => pool.query(query)) : pool.query(query)),
    };
  }

  counter({ name, points, windowSeconds }: RateLimitCounterOptions): RateLimiterAbstract {
    return new RateLimiterPostgres({
      storeClient: this.client,
      storeType: 'pool',
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: windowSeconds,
      // A key that has used up its limit is refused from this process's memory for the rest of
      // the window, without asking PostgreSQL again.
      inMemoryBlockOnConsumed: points,
      insuranceLimiter: new FallbackCounter(
        { keyPrefix: name, points, duration: windowSeconds },
        () => this.fellBack(),
      ),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.pool.end();
  }

  private fellBack(): void {
    const now = Date.now();
    if (now - this.lastWarning < WARNING_INTERVAL_MS) return;
    this.lastWarning = now;
    this.logger.warn(
      `PostgreSQL did not answer the rate limiter within ${RATE_LIMIT_STORE_WAIT_MS} ms: requests are counted in this process's memory until it does, so each replica allows up to the full limit`,
    );
  }
}

/** The memory counter that stands in while PostgreSQL does not answer; tells when it is used. */
class FallbackCounter extends RateLimiterMemory {
  constructor(
    options: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(
    key: string | number,
    points?: number,
    options?: Record<string, unknown>,
  ): Promise<RateLimiterRes> {
    this.onUse();
    return super.consume(key, points, options);
  }

  override get(
    key: string | number,
    options?: Record<string, unknown>,
  ): Promise<RateLimiterRes | null> {
    this.onUse();
    return super.get(key, options);
  }
}
