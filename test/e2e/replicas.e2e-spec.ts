import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';
import { postgresUrlForWorker } from '../support/test-stores';

const CREATE = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { id key } }`;
const REVOKE = `mutation($id: ID!) { revokeApiClient(id: $id) { id revokedAt } }`;
const READ = '{ municipalities(first: 1) { totalCount } }';
const RECHECK_SECONDS = 1;
const PER_IP = 4;

/**
 * Two replicas of the service on one relational database, each with its own graph store: this
 * worker's PostgreSQL database when the run has one (then also the shared rate limits), one
 * SQLite file otherwise.
 */
describe('two replicas on one relational database', () => {
  const temp = makeTempDir('replicas');
  const postgres = postgresUrlForWorker();
  const env: Record<string, string> = {
    DATABASE_URL: postgres ?? `sqlite:${path.join(temp.dir, 'shared.sqlite')}`,
    ALLOW_ANONYMOUS_READ: 'false',
    API_KEY_RECHECK_SECONDS: String(RECHECK_SECONDS),
    RATE_LIMIT_PER_IP: String(PER_IP),
    // The test client plays the proxy, so each case can call from an address of its own.
    TRUST_PROXY: 'loopback',
  };
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp(env);
    b = await startTestApp(env);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    temp.remove();
  });

  const create = async (): Promise<{ id: string; key: string }> => {
    const response = await a.admin<{ createApiClient: { id: string; key: string } }>(CREATE, {
      input: { name: 'Intranet Tilburg', municipalityCode: 'GM0855', scopes: ['READ'] },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.createApiClient;
  };

  it('refuses on one replica, within API_KEY_RECHECK_SECONDS, a key revoked through the other', async () => {
    const revoked = await create();
    const kept = await create();
    for (const { key } of [revoked, kept]) {
      // B verifies the key (Argon2) and keeps the verification for a minute.
      const read = await b.gql(READ, undefined, { token: key });
      expect(read.errors).toBeUndefined();
    }

    const revoke = await a.admin<{ revokeApiClient: { revokedAt: string } }>(REVOKE, {
      id: revoked.id,
    });
    expect(revoke.errors).toBeUndefined();
    // A knew at once (it ran the revoke).
    const onA = await a.gql(READ, undefined, { token: revoked.key });
    expect(onA.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // B's verification is older than the recheck interval now, but far younger than its minute.
    await sleep(RECHECK_SECONDS * 1000 + 100);
    const onB = await b.gql(READ, undefined, { token: revoked.key });
    expect(onB.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(onB.errors?.[0].message).toMatch(
      new RegExp(`This API key was revoked on ${revoke.data!.revokeApiClient.revokedAt}`),
    );

    // The other key, rechecked alike, is still accepted.
    const still = await b.gql(READ, undefined, { token: kept.key });
    expect(still.errors).toBeUndefined();
  });

  (postgres ? it : it.skip)(
    'counts the rate limit per address once for both replicas on PostgreSQL',
    async () => {
      const status = async (app: TestApp): Promise<number> => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        await response.text();
        return response.status;
      };
      const statuses: number[] = [];
      for (const app of [a, b, a, b, a, b]) statuses.push(await status(app));
      // Each replica has counted 2 of the 4 when both refuse.
      expect(statuses.slice(0, PER_IP)).not.toContain(429);
      expect(statuses.slice(PER_IP)).toEqual([429, 429]);
    },
  );
});
