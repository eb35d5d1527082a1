import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type Caller, isAuthenticated } from '../common/request/caller';
import { refusal } from './http-error';
import { SecurityErrorCode, SecurityException } from './security.exception';

export interface RateLimits {
  /** Operations per window for one authenticated caller (its actorId); 0 is no limit. */
  readonly perClient: number;
  /** Operations per window from one address without valid credentials; 0 is no limit. */
  readonly perIp: number;
  readonly windowSeconds: number;
}

/** Authenticated callers are counted by who they are, everyone else by their address. */
export function rateLimitKey(caller: Caller): { readonly key: string; readonly byClient: boolean } {
  return isAuthenticated(caller)
    ? { key: `actor:${caller.actorId}`, byClient: true }
    : { key: `ip:${caller.origin}`, byClient: false };
}

/**
 * Counts operations per client and per IP address in this process's memory (so with N
 * instances behind a load balancer a client gets up to N times the limit; documented in
 * docs/security.md). A refused request is answered with HTTP 429, `RATE_LIMITED` and when to
 * retry, before anything is parsed or executed.
 */
export class RequestRateLimiter {
  private readonly perClient: RateLimiterMemory | undefined;
  private readonly perIp: RateLimiterMemory | undefined;

  constructor(limits: RateLimits) {
    const limiter = (points: number): RateLimiterMemory | undefined =>
      points > 0 ? new RateLimiterMemory({ points, duration: limits.windowSeconds }) : undefined;
    this.perClient = limiter(limits.perClient);
    this.perIp = limiter(limits.perIp);
  }

  /** Counts `operations` for the caller; throws the 429 refusal when that is more than is left. */
  async consume(caller: Caller, operations: number): Promise<void> {
    const { key, byClient } = rateLimitKey(caller);
    const limiter = byClient ? this.perClient : this.perIp;
    if (!limiter) return;
    try {
      await limiter.consume(key, operations);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      const who = byClient ? 'this client' : 'this address';
      throw refusal(
        new SecurityException(
          SecurityErrorCode.RATE_LIMITED,
          `Too many requests from ${who}: at most ${limiter.points} operations per ${limiter.duration} seconds. Retry after ${retryAfterSeconds} seconds.`,
          { retryAfterSeconds },
        ),
        429,
        { 'retry-after': String(retryAfterSeconds) },
      );
    }
  }
}
