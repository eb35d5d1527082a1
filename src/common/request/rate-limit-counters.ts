import { type RateLimiterAbstract } from 'rate-limiter-flexible';

/** One limit: at most `points` per `windowSeconds` for each key. */
export interface RateLimitCounterOptions {
  /** Keeps this limit's keys apart from every other limit's (the stored key's prefix). */
  readonly name: string;
  readonly points: number;
  readonly windowSeconds: number;
}

/**
 * Port: where the request rate limits are counted. In this process's memory when there is one
 * instance (SQLite), or in PostgreSQL so that every replica counts against the same limit; the
 * rate-limit module picks by DATABASE_URL. A counter never fails a request because its store is
 * away: it then counts in this process (see docs/security.md#rate-limiting).
 */
export abstract class RateLimitCounters {
  /** Where the counts are kept, for the start-up log. */
  abstract readonly description: string;
  /** A counter from rate-limiter-flexible: `consume` rejects with a RateLimiterRes past the limit. */
  abstract counter(options: RateLimitCounterOptions): RateLimiterAbstract;
}
