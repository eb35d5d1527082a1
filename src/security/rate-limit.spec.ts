import { GraphQLError } from 'graphql';
import { type Caller } from '../common/request/caller';
import { NO_INSTRUMENTATION } from '../common/observability/instrumentation';
import { MemoryRateLimitCounters, RequestRateLimiter, rateLimitKey } from './rate-limit';
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
    await sut.consume('graphql', anonymous('10.0.0.1'), 1);
    await sut.consume('graphql', anonymous('10.0.0.1'), 1);
    const error = await refusalOf(sut.consume('graphql', anonymous('10.0.0.1'), 1));
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
    await sut.consume('graphql', anonymous('10.0.0.1'), 1);
    await sut.consume('graphql', anonymous('10.0.0.2'), 1);
    await sut.consume('graphql', admin('10.0.0.1'), 1);
    await expect(sut.consume('graphql', admin('10.0.0.3'), 1)).rejects.toBeInstanceOf(GraphQLError);
  });

  it('counts every operation of a batch', async () => {
    const sut = new RequestRateLimiter({ perClient: 5, perIp: 5, windowSeconds: 30 });
    await sut.consume('graphql', anonymous('10.0.0.1'), 4);
    await expect(sut.consume('graphql', anonymous('10.0.0.1'), 2)).rejects.toBeInstanceOf(
      GraphQLError,
    );
  });

  it('does not limit when the limit is 0', async () => {
    const sut = new RequestRateLimiter({ perClient: 0, perIp: 0, windowSeconds: 30 });
    for (let i = 0; i < 100; i += 1) {
      await sut.consume('graphql', anonymous('10.0.0.1'), 1);
      await sut.refuseAddressOverLimit('graphql', '10.0.0.1');
    }
  });

  it('counts the GraphQL endpoint and the REST exports apart', async () => {
    const sut = new RequestRateLimiter({ perClient: 1, perIp: 1, windowSeconds: 30 });
    await sut.consume('graphql', admin('10.0.0.1'), 1);
    await sut.consume('rest', admin('10.0.0.1'), 1);
    await sut.consume('graphql', anonymous('10.0.0.2'), 1);
    await sut.consume('rest', anonymous('10.0.0.2'), 1);
    await expect(sut.consume('rest', admin('10.0.0.1'), 1)).rejects.toBeInstanceOf(GraphQLError);
  });
});

describe('RequestRateLimiter reporting', () => {
  it('reports each refusal with its endpoint and the limit that refused it', async () => {
    const refusals: string[] = [];
    const sut = new RequestRateLimiter(
      { perClient: 1, perIp: 1, windowSeconds: 30 },
      new MemoryRateLimitCounters(),
      {
        ...NO_INSTRUMENTATION,
        rateLimitRefused: (endpoint, limit) => refusals.push(`${endpoint}/${limit}`),
      },
    );
    await sut.consume('graphql', admin('10.0.0.1'), 1);
    await sut.consume('rest', anonymous('10.0.0.1'), 1);
    expect(refusals).toEqual([]);
    await refusalOf(sut.consume('graphql', admin('10.0.0.1'), 1));
    await refusalOf(sut.consume('rest', anonymous('10.0.0.1'), 1));
    await refusalOf(sut.refuseAddressOverLimit('rest', '10.0.0.1'));
    expect(refusals).toEqual(['graphql/client', 'rest/address', 'rest/address']);
  });
});

describe('RequestRateLimiter.refuseAddressOverLimit', () => {
  it('refuses an address that used up its limit, with the same 429, and counts nothing itself', async () => {
    const sut = new RequestRateLimiter({ perClient: 10, perIp: 2, windowSeconds: 30 });
    for (let i = 0; i < 5; i += 1) await sut.refuseAddressOverLimit('graphql', '10.0.0.1');
    await sut.consume('graphql', rejected('10.0.0.1'), 1);
    await sut.refuseAddressOverLimit('graphql', '10.0.0.1');
    await sut.consume('graphql', anonymous('10.0.0.1'), 1);

    const error = await refusalOf(sut.refuseAddressOverLimit('graphql', '10.0.0.1'));
    expect((error.originalError as SecurityException).code).toBe(SecurityErrorCode.RATE_LIMITED);
    const http = error.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(Number(http.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/Too many requests from this address/);
  });

  it('looks only at that address, on that endpoint, and not at the clients calling from it', async () => {
    const sut = new RequestRateLimiter({ perClient: 1, perIp: 1, windowSeconds: 30 });
    await sut.consume('graphql', admin('10.0.0.1'), 1);
    await sut.consume('graphql', anonymous('10.0.0.2'), 1);
    await sut.refuseAddressOverLimit('graphql', '10.0.0.1');
    await sut.refuseAddressOverLimit('rest', '10.0.0.2');
    await expect(sut.refuseAddressOverLimit('graphql', '10.0.0.2')).rejects.toBeInstanceOf(
      GraphQLError,
    );
  });
});
