import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type Instrumentation, NO_INSTRUMENTATION } from '../common/observability/instrumentation';
import { type Caller, isAuthenticated } from '../common/request/caller';
import {
  type RateLimitCounterOptions,
  RateLimitCounters,
} from '../common/request/rate-limit-counters';
import { refusal } from './http-error';
import { SecurityErrorCode, SecurityException } from './security.exception';

export interface RateLimits {
  /** Operations per window for one authenticated caller (its actorId); 0 is no limit. */
  readonly perClient: number;
  /** Operations per window from one address without valid credentials; 0 is no limit. */
  readonly perIp: number;
  readonly windowSeconds: number;
}

/** The endpoints that count apart: an export does not use up the caller's GraphQL budget. */
export type RateLimitedEndpoint = 'graphql' | 'rest';

/** Authenticated callers are counted by who they are, everyone else by their address. */
export function rateLimitKey(caller: Caller): { readonly key: string; readonly byClient: boolean } {
  return isAuthenticated(caller)
    ? { key: `actor:${caller.actorId}`, byClient: true }
    : { key: addressKey(caller.origin), byClient: false };
}

function addressKey(origin: string): string {
  return `ip:${origin}`;
}

/** Counters in this process's memory: right for one instance (the SQLite set-up). */
export class MemoryRateLimitCounters extends RateLimitCounters {
  readonly description = "this process's memory";

  counter({ name, points, windowSeconds }: RateLimitCounterOptions): RateLimiterAbstract {
    return new RateLimiterMemory({ keyPrefix: name, points, duration: windowSeconds });
  }
}

/**
 * Counts operations per client and per IP address, for the GraphQL endpoint and the REST
 * exports apart, in the counters RateLimitCounters keeps (PostgreSQL, shared by every replica,
 * or this process's memory). A refused request is answered with HTTP 429, `RATE_LIMITED` and
 * when to retry, before anything is parsed or executed. One instance serves the whole service.
 */
export class RequestRateLimiter {
  private readonly perClient: RateLimiterAbstract | undefined;
  private readonly perIp: RateLimiterAbstract | undefined;

  constructor(
    limits: RateLimits,
    counters: RateLimitCounters = new MemoryRateLimitCounters(),
    private readonly instrumentation: Instrumentation = NO_INSTRUMENTATION,
  ) {
    const counter = (name: string, points: number): RateLimiterAbstract | undefined =>
      points > 0
        ? counters.counter({ name, points, windowSeconds: limits.windowSeconds })
        : undefined;
    this.perClient = counter('per-client', limits.perClient);
    this.perIp = counter('per-ip', limits.perIp);
  }

  /** Counts `operations` for the caller; throws the 429 refusal when that is more than is left. */
  async consume(endpoint: RateLimitedEndpoint, caller: Caller, operations: number): Promise<void> {
    const { key, byClient } = rateLimitKey(caller);
    const limiter = byClient ? this.perClient : this.perIp;
    if (!limiter) return;
    try {
      await limiter.consume(`${endpoint}:${key}`, operations);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      this.instrumentation.rateLimitRefused(endpoint, byClient ? 'client' : 'address');
      throw refused(limiter, result.msBeforeNext, byClient ? 'this client' : 'this address');
    }
  }

  /**
   * The cheap refusal before a credential is checked at cost (an API key's Argon2 hash): throws
   * the 429 refusal when this address has already used up its per-address limit in this window,
   * so a flood of wrong keys from one address is not hashed. Counts nothing: the request is
   * counted by {@link consume} once it is known who is calling.
   */
  async refuseAddressOverLimit(endpoint: RateLimitedEndpoint, origin: string): Promise<void> {
    const limiter = this.perIp;
    if (!limiter) return;
    const state = await limiter.get(`${endpoint}:${addressKey(origin)}`);
    if (state && state.consumedPoints >= limiter.points) {
      this.instrumentation.rateLimitRefused(endpoint, 'address');
      throw refused(limiter, state.msBeforeNext, 'this address');
    }
  }
}

function refused(limiter: RateLimiterAbstract, msBeforeNext: number, who: string): Error {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return refusal(
    new SecurityException(
      SecurityErrorCode.RATE_LIMITED,
      `Too many requests from ${who}: at most ${limiter.points} operations per ${limiter.duration} seconds. Retry after ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    ),
    429,
    { 'retry-after': String(retryAfterSeconds) },
  );
}
