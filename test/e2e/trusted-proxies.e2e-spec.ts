import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/test-app';
import { TEST_ADMIN_KEY } from '../support/test-config';

const UPSERT_SKILL = `mutation($input: SkillInput!) { upsertSkill(input: $input) { id } }`;
const AUDIT = `query($objectId: ID) {
  auditLog(objectType: "Skill", objectId: $objectId) { edges { node { action origin } } }
}`;
const LOOKUP = '{ municipality(code: "GM0363") { name } }';

/** One GraphQL POST, as if forwarded for `forwardedFor` by the proxy the test client plays. */
async function post(
  app: TestApp,
  query: string,
  variables: Record<string, unknown>,
  forwardedFor?: string,
  token?: string,
): Promise<{ status: number; body: { data?: Record<string, unknown>; errors?: unknown[] } }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** The origin the audit log recorded for an administrator's change sent through "a proxy". */
async function auditedOrigin(app: TestApp, forwardedFor: string): Promise<string> {
  const id = `proxy-${randomUUID().slice(0, 8)}`;
  const changed = await post(
    app,
    UPSERT_SKILL,
    { input: { id, name: `Proxyvaardigheid ${id}` } },
    forwardedFor,
    TEST_ADMIN_KEY,
  );
  expect(changed.body.errors).toBeUndefined();
  const log = await post(app, AUDIT, { objectId: id }, undefined, TEST_ADMIN_KEY);
  const edges = (log.body.data?.auditLog as { edges: Array<{ node: { origin: string } }> }).edges;
  expect(edges).toHaveLength(1);
  return edges[0].node.origin;
}

/** Statuses of anonymous lookups, each forwarded for the address given. */
async function lookups(app: TestApp, forwardedFor: readonly string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const address of forwardedFor) statuses.push((await post(app, LOOKUP, {}, address)).status);
  return statuses;
}

// The test client connects from 127.0.0.1: it plays the proxy, trusted or not.
describe('TRUST_PROXY: whose X-Forwarded-For counts', () => {
  describe('trusting the proxy (loopback)', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({
        TRUST_PROXY: 'loopback',
        RATE_LIMIT_PER_IP: '2',
        ALLOW_ANONYMOUS_READ: 'true',
      });
    }, 60_000);
    afterAll(() => app.close());

    it('records the forwarded client address as the audit origin', async () => {
      expect(await auditedOrigin(app, '198.51.100.9')).toBe('198.51.100.9');
      // The nearest untrusted address of a chain is the client.
      expect(await auditedOrigin(app, '203.0.113.50, 127.0.0.1')).toBe('203.0.113.50');
    });

    it('counts the rate limit per forwarded client address', async () => {
      expect(await lookups(app, ['203.0.113.7', '203.0.113.7', '203.0.113.7'])).toEqual([
        200, 200, 429,
      ]);
      expect(await lookups(app, ['203.0.113.8'])).toEqual([200]);
    });
  });

  describe.each([
    ['by default (no TRUST_PROXY)', {}],
    ['from a peer outside TRUST_PROXY', { TRUST_PROXY: '10.0.0.0/8' }],
  ])('ignoring the header %s', (_name, env) => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ ...env, RATE_LIMIT_PER_IP: '2', ALLOW_ANONYMOUS_READ: 'true' });
    }, 60_000);
    afterAll(() => app.close());

    it('records the peer as the origin, and one budget for every forwarded address', async () => {
      expect(await auditedOrigin(app, '198.51.100.9')).toMatch(/127\.0\.0\.1/);
      expect(await lookups(app, ['203.0.113.7', '203.0.113.8', '203.0.113.9'])).toEqual([
        200, 200, 429,
      ]);
    });
  });
});
