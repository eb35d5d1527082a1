import { randomUUID } from 'node:crypto';
import { type Caller } from '../../src/common/request/caller';
import {
  PostgresRateLimitCounters,
  RATE_LIMIT_TABLE,
} from '../../src/relational/postgres-rate-limit-counters';
import { RequestRateLimiter } from '../../src/security/rate-limit';
import { SecurityErrorCode, type SecurityException } from '../../src/security/security.exception';
import {
  describeFor,
  openRelational,
  type OpenRelational,
  relationalStoresForThisRun,
} from './relational-stores';

const LIMITS = { perClient: 4, perIp: 3, windowSeconds: 60 };

/** Each case its own address and client, so that cases never share a count. */
const anonymousFrom = (origin: string): Caller => ({
  kind: 'anonymous',
  actorId: 'anonymous',
  origin,
});
const client = (id: string, origin: string): Caller => ({
  kind: 'client',
  actorId: `client:${id}`,
  clientId: id,
  clientName: 'Intranet Tilburg',
  municipalityCode: 'GM0855',
  scopes: [],
  origin,
});
const freshAddress = (): string =>
  `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join('.')}`;

async function codeOf(attempt: Promise<void>): Promise<string> {
  try {
    await attempt;
    return 'COUNTED';
  } catch (error) {
    return (
      (error as { originalError?: SecurityException }).originalError ?? (error as SecurityException)
    ).code;
  }
}

/** Rate limits on PostgreSQL: every replica counts against the same limit (SQLite keeps them in memory). */
for (const store of relationalStoresForThisRun().filter(({ name }) => name === 'postgres')) {
  describeFor(store)('rate limits shared on postgres', () => {
    let open: OpenRelational;
    /** Two replicas: each its own counters, pool and memory, on one database. */
    let replicas: PostgresRateLimitCounters[];
    let a: RequestRateLimiter;
    let b: RequestRateLimiter;
    beforeAll(async () => {
      open = await openRelational('postgres');
      replicas = [
        new PostgresRateLimitCounters(open.databaseUrl),
        new PostgresRateLimitCounters(open.databaseUrl),
      ];
      [a, b] = replicas.map((counters) => new RequestRateLimiter(LIMITS, counters));
    });
    afterAll(async () => {
      for (const counters of replicas) await counters.onApplicationShutdown();
      await open.close();
    });

    it('refuses an address once two replicas together counted its limit', async () => {
      const address = freshAddress();
      await a.consume('graphql', anonymousFrom(address), 1);
      await b.consume('graphql', anonymousFrom(address), 1);
      await a.consume('graphql', anonymousFrom(address), 1);
      // Each replica alone has counted at most 2 of 3.
      expect(await codeOf(b.consume('graphql', anonymousFrom(address), 1))).toBe(
        SecurityErrorCode.RATE_LIMITED,
      );
      expect(await codeOf(a.consume('graphql', anonymousFrom(address), 1))).toBe(
        SecurityErrorCode.RATE_LIMITED,
      );
      // The cheap refusal before a key check sees the shared count too.
      const third = new RequestRateLimiter(LIMITS, replicas[1]);
      expect(await codeOf(third.refuseAddressOverLimit('graphql', address))).toBe(
        SecurityErrorCode.RATE_LIMITED,
      );
      // The REST exports count apart.
      expect(await codeOf(b.consume('rest', anonymousFrom(address), 1))).toBe('COUNTED');
    });

    it('refuses a client once two replicas together counted its limit, wherever it calls from', async () => {
      const id = randomUUID();
      await a.consume('graphql', client(id, freshAddress()), 2);
      await b.consume('graphql', client(id, freshAddress()), 2);
      const refused = await codeOf(a.consume('graphql', client(id, freshAddress()), 1));
      expect(refused).toBe(SecurityErrorCode.RATE_LIMITED);
      // Its address is not counted for it.
      expect(await codeOf(b.refuseAddressOverLimit('graphql', freshAddress()))).toBe('COUNTED');
    });

    it('keeps the counts in the table the migration made, with when each window ends', async () => {
      const address = freshAddress();
      await a.consume('graphql', anonymousFrom(address), 2);
      const rows = await open.dataSource.query<Array<{ points: number; expire: string }>>(
        `SELECT points, expire FROM ${RATE_LIMIT_TABLE} WHERE key = $1`,
        [`per-ip:graphql:ip:${address}`],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].points).toBe(2);
      const windowEnd = Number(rows[0].expire);
      expect(windowEnd).toBeGreaterThan(Date.now() + 50_000);
      expect(windowEnd).toBeLessThanOrEqual(Date.now() + 60_000);
    });
  });
}
