import { GraphQLError } from 'graphql';
import { type Caller } from '../common/request/caller';
import { RequestRateLimiter, rateLimitKey } from './rate-limit';
import { SecurityErrorCode, SecurityException } from './security.exception';

const anonymous = (origin: string): Caller => ({ kind: 'anonymous', actorId: 'anonymous', origin });
const admin = (origin: string): Caller => ({ kind: 'admin', actorId: 'admin', origin });
const rejected = (origin: string): Caller => ({
  kind: 'rejected',
  actorId: 'rejected',
  origin,
  reason: 'bad key',
});

async function refusalOf(promise: Promise<void>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
}

describe('rateLimitKey', () => {
  it('counts authenticated callers by actor and everyone else, refused keys too, by address', () => {
    expect(rateLimitKey(admin('10.0.0.1'))).toEqual({ key: 'actor:admin', byClient: true });
    expect(rateLimitKey(anonymous('10.0.0.1'))).toEqual({ key: 'ip:10.0.0.1', byClient: false });
    expect(rateLimitKey(rejected('10.0.0.2'))).toEqual({ key: 'ip:10.0.0.2', byClient: false });
  });
});

describe('RequestRateLimiter', () => {
  it('refuses the operation past the limit with 429, Retry-After and RATE_LIMITED', async () => {
    const sut = new RequestRateLimiter({ perClient: 10, perIp: 2, windowSeconds: 30 });
    await sut.consume(anonymous('10.0.0.1'), 1);
    await sut.consume(anonymous('10.0.0.1'), 1);
    const error = await refusalOf(sut.consume(anonymous('10.0.0.1'), 1));
    const cause = error.originalError as SecurityException;
    expect(cause).toBeInstanceOf(SecurityException);
    expect(cause.code).toBe(SecurityErrorCode.RATE_LIMITED);
    expect(cause.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(cause.details.retryAfterSeconds).toBeLessThanOrEqual(30);
    const http = error.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(http.headers.get('retry-after')).toBe(String(cause.details.retryAfterSeconds));
    expect(error.message).toMatch(/at most 2 operations per 30 seconds/);
  });

  it('keeps separate counts per address and per client', async () => {
    const sut = new RequestRateLimiter({ perClient: 1, perIp: 1, windowSeconds: 30 });
    await sut.consume(anonymous('10.0.0.1'), 1);
    await sut.consume(anonymous('10.0.0.2'), 1);
    await sut.consume(admin('10.0.0.1'), 1);
    await expect(sut.consume(admin('10.0.0.3'), 1)).rejects.toBeInstanceOf(GraphQLError);
  });

  it('counts every operation of a batch', async () => {
    const sut = new RequestRateLimiter({ perClient: 5, perIp: 5, windowSeconds: 30 });
    await sut.consume(anonymous('10.0.0.1'), 4);
    await expect(sut.consume(anonymous('10.0.0.1'), 2)).rejects.toBeInstanceOf(GraphQLError);
  });

  it('does not limit when the limit is 0', async () => {
    const sut = new RequestRateLimiter({ perClient: 0, perIp: 0, windowSeconds: 30 });
    for (let i = 0; i < 100; i += 1) await sut.consume(anonymous('10.0.0.1'), 1);
  });
});
