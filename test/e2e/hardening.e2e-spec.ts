import { ConsoleLogger, Module } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { createApp } from '../../src/app.factory';
import { Access, Permission } from '../../src/auth/access.decorator';
import { startTestApp, type TestApp } from '../support/test-app';
import { makeTempDir } from '../support/temp-dir';
import { TEST_ADMIN_KEY, testConfig } from '../support/test-config';

/** A query that takes as long as asked, to run into the execution timeout. */
@Resolver()
class SlowProbeResolver {
  @Access(Permission.READ)
  @Query(() => String, { nullable: true })
  async slowProbe(@Args('ms', { type: () => Int }) ms: number): Promise<string> {
    await new Promise((resolve) => setTimeout(resolve, ms).unref());
    return 'done';
  }

  /** Fails the way a store driver might, with internals in the message. */
  @Access(Permission.READ)
  @Query(() => String, { nullable: true })
  failingProbe(): string {
    throw new Error('Binder exception: table Person has no column secret_column (kuzu)');
  }
}

@Module({ providers: [SlowProbeResolver] })
class SlowProbeModule {}

/** Keeps what the service logs as errors, to find the correlation id there. */
class CapturingLogger extends ConsoleLogger {
  readonly errors: string[] = [];
  override error(message: unknown, ...rest: unknown[]): void {
    this.errors.push([message, ...rest].map(String).join(' '));
  }
}

interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly ms: number;
  /** The body as JSON (an array for batches). */
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** Every answer of this file, checked at the end for stack traces and store messages. */
const answers: string[] = [];

async function send(
  url: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const started = performance.now();
  const headers = Object.fromEntries(
    Object.entries({ 'content-type': 'application/json', ...init.headers }).filter(
      ([, value]) => value !== '',
    ),
  );
  const response = await fetch(url, { method: init.method ?? 'POST', headers, body: init.body });
  const text = await response.text();
  const ms = performance.now() - started;
  if (new URL(url).pathname === '/graphql') answers.push(text);
  let body: RawResponse['body'] = {};
  try {
    body = JSON.parse(text) as RawResponse['body'];
  } catch {
    // not JSON (e.g. a preflight answer): body stays empty
  }
  return { status: response.status, headers: response.headers, text, ms, body };
}

function post(
  app: TestApp,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<RawResponse> {
  return send(`${app.url}/graphql`, { body: JSON.stringify({ query, variables }), headers });
}

/** The first error's code and reason. */
function codeOf(response: RawResponse): string {
  const extensions = response.body.errors?.[0]?.extensions ?? {};
  return `${String(extensions.code)}/${String(extensions.reason)}`;
}

/** A refused query bomb must not cost the service more than this (measured: see docs/security.md). */
const QUICKLY_MS = 1500;

function nestedCollaborations(pairs: number): string {
  return `{ municipality(code: "GM0363") { ${'collaborations { members { '.repeat(pairs)}name${' } }'.repeat(pairs)} } }`;
}

describe('hardening of the GraphQL endpoint', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  describe('query bombs are refused quickly with their code', () => {
    it('deep nesting: QUERY_TOO_DEEP past GRAPHQL_MAX_DEPTH (10)', async () => {
      const response = await post(app, nestedCollaborations(6)); // 14 fields deep
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/QUERY_TOO_DEEP');
      expect(response.body.errors?.[0].extensions).toMatchObject({ maxDepth: 10, depth: 14 });
      expect(response.ms).toBeLessThan(QUICKLY_MS);
      // Exactly ten levels is within the limit and runs.
      const allowed = await post(
        app,
        `{ municipality(code: "GM0363") { people(first: 1) { edges { node { municipality {
            people(first: 1) { edges { node { municipality { name } } } } } } } } } }`,
      );
      expect(allowed.body.errors).toBeUndefined();
    });

    it('a thousand aliases: TOO_MANY_ALIASES past GRAPHQL_MAX_ALIASES (30)', async () => {
      const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
      const response = await post(app, `{ ${aliases} }`);
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/TOO_MANY_ALIASES');
      expect(response.body.errors?.[0].extensions).toMatchObject({ maxAliases: 30, aliases: 1000 });
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('a thousand aliased lookups: the parser stops at GRAPHQL_MAX_TOKENS (5000)', async () => {
      const lookups = Array.from(
        { length: 1000 },
        (_, i) => `m${i}: municipality(code: "GM0363") { name }`,
      ).join(' ');
      const response = await post(app, `{ ${lookups} }`);
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/TOO_MANY_TOKENS');
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('a huge first: QUERY_TOO_COSTLY before anything runs', async () => {
      const response = await post(app, '{ people(first: 1000000) { totalCount } }');
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/QUERY_TOO_COSTLY');
      expect(response.body.errors?.[0].extensions).toMatchObject({
        maxCost: 50_000,
        cost: 1_000_001,
      });
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('the same with first as a variable', async () => {
      const response = await post(app, 'query ($n: Int) { people(first: $n) { totalCount } }', {
        n: 1_000_000,
      });
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/QUERY_TOO_COSTLY');
    });

    it('over-cost nesting: pages of lists of lists multiply past GRAPHQL_MAX_COST (50000)', async () => {
      const response = await post(
        app,
        `{ people(first: 100) { edges { node { acquaintances { acquaintances {
            skills { skill { name } } } } } } } }`,
      );
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/QUERY_TOO_COSTLY');
      // 1 + 100 × (edges 1 + node 1 + acquaintances (1 + 10 × (1 + 10 × (1 + 10 × 2))))
      expect(response.body.errors?.[0].extensions).toMatchObject({ cost: 211_301 });
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('fragment cycles: refused by validation', async () => {
      const response = await post(
        app,
        `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`,
      );
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('BAD_USER_INPUT/undefined');
      expect(response.body.errors?.[0].message).toMatch(/Cannot spread fragment "A" within itself/);
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('fragments spread within fragments (a fan-out of 2^30): QUERY_TOO_COSTLY', async () => {
      const fragments = Array.from(
        { length: 30 },
        (_, i) => `fragment F${i + 1} on Municipality { ...F${i} ...F${i} }`,
      ).join('\n');
      const response = await post(
        app,
        `{ municipality(code: "GM0363") { ...F30 } }\nfragment F0 on Municipality { name }\n${fragments}`,
      );
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/QUERY_TOO_COSTLY');
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('an oversized body: 413 PAYLOAD_TOO_LARGE past HTTP_MAX_BODY_BYTES (100 kB)', async () => {
      const response = await send(`${app.url}/graphql`, {
        body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } }),
      });
      expect(response.status).toBe(413);
      expect(codeOf(response)).toBe('PAYLOAD_TOO_LARGE/BODY_TOO_LARGE');
      expect(response.body.errors?.[0].extensions).toMatchObject({ maxBytes: 102_400 });
      expect(response.ms).toBeLessThan(QUICKLY_MS);
    });

    it('a batch of operations: refused, batching is off by default (GRAPHQL_MAX_BATCH=1)', async () => {
      const response = await send(`${app.url}/graphql`, {
        body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      });
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX/TOO_MANY_OPERATIONS');
    });

    it('a body that is not JSON: 400 BAD_USER_INPUT as a GraphQL error', async () => {
      const response = await send(`${app.url}/graphql`, { body: '{"query": ' });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(codeOf(response)).toBe('BAD_USER_INPUT/INVALID_INPUT');
    });
  });

  describe('every page size is capped', () => {
    it('each root field with first refuses first past its cap with BAD_USER_INPUT', async () => {
      const fields = [
        '{ municipalities(first: 101) { totalCount } }',
        '{ collaborations(first: 101) { totalCount } }',
        '{ people(first: 101) { totalCount } }',
        '{ skills(first: 101) { totalCount } }',
        '{ challenges(first: 101) { totalCount } }',
        '{ auditLog(first: 101) { totalCount } }',
        '{ municipality(code: "GM0363") { people(first: 101) { totalCount } } }',
        '{ municipality(code: "GM0363") { challenges(first: 101) { totalCount } } }',
        '{ searchPeople(query: "beleid", first: 51) { score } }',
        '{ recommendColleagues(input: { description: "parkeerbeleid", first: 51 }) { score } }',
      ];
      for (const query of fields) {
        const response = await post(app, query, undefined, {
          authorization: `Bearer ${TEST_ADMIN_KEY}`,
        });
        expect(`${query} ${codeOf(response).split('/')[0]}`).toBe(`${query} BAD_USER_INPUT`);
        expect(response.body.errors?.[0].message).toMatch(/between 1 and|1 to|1\.\./);
      }
    });
  });

  describe('transport', () => {
    it('sends security headers with API answers, and no X-Powered-By', async () => {
      for (const response of [
        await post(app, '{ __typename }'),
        await send(`${app.url}/health`, { method: 'GET' }),
      ]) {
        expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
        expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
        expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
        expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
        expect(response.headers.get('x-powered-by')).toBeNull();
      }
    });

    it('keeps Apollo CSRF prevention on: a simple GET or text/plain POST is refused', async () => {
      const query = encodeURIComponent('{ __typename }');
      const simpleGet = await send(`${app.url}/graphql?query=${query}`, {
        method: 'GET',
        headers: { 'content-type': '', accept: 'application/json' },
      });
      expect(simpleGet.status).toBe(400);
      expect(simpleGet.text).toMatch(/CSRF/);
      const textPlain = await send(`${app.url}/graphql`, {
        body: JSON.stringify({ query: '{ __typename }' }),
        headers: { 'content-type': 'text/plain' },
      });
      expect(textPlain.status).toBe(400);
      const withPreflightHeader = await send(`${app.url}/graphql?query=${query}`, {
        method: 'GET',
        headers: { 'content-type': '', 'apollo-require-preflight': 'true' },
      });
      expect(withPreflightHeader.status).toBe(200);
      expect(withPreflightHeader.body.data).toEqual({ __typename: 'Query' });
    });

    it('sends no CORS headers when CORS_ORIGINS is empty (the default)', async () => {
      const preflight = await send(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://intranet.example.nl',
          'access-control-request-method': 'POST',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('suggests field names outside production ("Did you mean")', async () => {
      const response = await post(app, '{ municipalitys(first: 1) { totalCount } }');
      expect(response.body.errors?.[0].message).toMatch(/Did you mean .*"municipalities"/);
    });
  });

  describe('with tighter limits', () => {
    const origin = 'https://intranet.example.nl';
    let tight: TestApp;
    let removeTemp: () => void;
    const logger = new CapturingLogger({ logLevels: ['error'] });

    beforeAll(async () => {
      const temp = makeTempDir('hardening');
      removeTemp = temp.remove;
      const config = testConfig(temp.dir, {
        CORS_ORIGINS: `${origin},https://other.example.nl`,
        GRAPHQL_MAX_BATCH: '3',
        // Long enough for a first write on a loaded machine (Neo4j's first one took over 1 s here).
        GRAPHQL_TIMEOUT_MS: '3000',
      });
      const nest = await createApp(config, { logger, imports: [SlowProbeModule] });
      await nest.listen(0, '127.0.0.1');
      const { port } = nest.getHttpServer().address() as { port: number };
      tight = {
        url: `http://127.0.0.1:${port}`,
        app: nest,
        gql: () => Promise.reject(new Error('not used')),
        admin: () => Promise.reject(new Error('not used')),
        close: () => nest.close(),
      };
    });
    afterAll(async () => {
      await tight.close();
      removeTemp();
    });

    it('answers CORS for an allowed origin only', async () => {
      const preflight = (from: string) =>
        send(`${tight.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin: from,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,authorization',
          },
        });
      const allowed = await preflight(origin);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      const refused = await preflight('https://evil.example.com');
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();

      const call = await post(tight, '{ __typename }', undefined, { origin });
      expect(call.headers.get('access-control-allow-origin')).toBe(origin);
      expect(call.headers.get('access-control-expose-headers')).toMatch(/x-correlation-id/i);
    });

    it('masks an unexpected error, with a correlation id that is also in the log', async () => {
      const correlationId = 'hardening-test-0001';
      const response = await post(tight, '{ failingProbe }', undefined, {
        'x-correlation-id': correlationId,
      });
      expect(response.headers.get('x-correlation-id')).toBe(correlationId);
      expect(response.body.errors?.[0].extensions).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        correlationId,
      });
      expect(response.body.errors?.[0].message).toContain(correlationId);
      expect(response.text).not.toMatch(/Binder|secret_column/);
      const logged = logger.errors.find((line) => line.includes(correlationId));
      expect(logged).toMatch(/secret_column/);
    });

    it('runs a batch up to GRAPHQL_MAX_BATCH operations and refuses a longer one', async () => {
      const batch = (size: number) =>
        send(`${tight.url}/graphql`, {
          body: JSON.stringify(Array.from({ length: size }, () => ({ query: '{ __typename }' }))),
        });
      const ok = await batch(3);
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual(Array.from({ length: 3 }, () => ({ data: { __typename: 'Query' } })));
      const refused = await batch(4);
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('QUERY_TOO_COMPLEX/TOO_MANY_OPERATIONS');
      expect(refused.body.errors?.[0].extensions).toMatchObject({ maxBatch: 3, operations: 4 });
    });

    it('ends an operation that runs past GRAPHQL_TIMEOUT_MS with TIMEOUT, and keeps serving', async () => {
      const response = await post(tight, '{ slowProbe(ms: 30000) }');
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ slowProbe: null });
      expect(codeOf(response)).toBe('TIMEOUT/EXECUTION_TIMEOUT');
      expect(response.body.errors?.[0].extensions).toMatchObject({ timeoutMs: 3000 });
      expect(response.ms).toBeGreaterThanOrEqual(2900);
      expect(response.ms).toBeLessThan(10_000);

      // The store is not held: a write and a read right after answer normally.
      const write = await post(
        tight,
        'mutation { upsertSkill(input: { name: "Na de time-out" }) { id } }',
        undefined,
        { authorization: `Bearer ${TEST_ADMIN_KEY}` },
      );
      expect(write.body.errors).toBeUndefined();
      const read = await post(tight, '{ skill(id: "na-de-time-out") { name } }');
      expect(read.body.data).toEqual({ skill: { name: 'Na de time-out' } });
    });
  });

  describe('rate limiting', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await startTestApp({ RATE_LIMIT_PER_IP: '3', RATE_LIMIT_PER_CLIENT: '2' });
    });
    afterAll(() => limited.close());

    it('answers 429 RATE_LIMITED with Retry-After past the limit per IP, and per client', async () => {
      for (let i = 0; i < 3; i += 1) {
        expect((await post(limited, '{ __typename }')).status).toBe(200);
      }
      const anonymous = await post(limited, '{ __typename }');
      expect(anonymous.status).toBe(429);
      expect(codeOf(anonymous)).toBe('RATE_LIMITED/RATE_LIMITED');
      const retryAfter = Number(anonymous.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(anonymous.body.errors?.[0].extensions?.retryAfterSeconds).toBe(retryAfter);
      expect(anonymous.body.data).toBeUndefined();

      // The administrator is counted by who it is, not by the (exhausted) address.
      const admin = { authorization: `Bearer ${TEST_ADMIN_KEY}` };
      expect((await post(limited, '{ __typename }', undefined, admin)).status).toBe(200);
      expect((await post(limited, '{ __typename }', undefined, admin)).status).toBe(200);
      const third = await post(limited, '{ __typename }', undefined, admin);
      expect(third.status).toBe(429);
      expect(codeOf(third)).toBe('RATE_LIMITED/RATE_LIMITED');

      // A wrong key does not escape the address's limit.
      const wrongKey = await post(limited, '{ __typename }', undefined, {
        authorization: 'Bearer not-a-valid-key-at-all',
      });
      expect(wrongKey.status).toBe(429);
    });
  });

  describe('in production mode', () => {
    let production: TestApp;
    beforeAll(async () => {
      production = await startTestApp({ NODE_ENV: 'production' });
    });
    afterAll(() => production.close());

    it('refuses introspection', async () => {
      const response = await post(production, '{ __schema { queryType { name } } }');
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0].message).toMatch(/introspection is not allowed/i);
    });

    it('gives no field suggestions', async () => {
      const response = await post(production, '{ municipalitys(first: 1) { totalCount } }');
      expect(codeOf(response)).toBe('BAD_USER_INPUT/undefined');
      expect(response.body.errors?.[0].message).not.toMatch(/Did you mean/);
      expect(response.text).not.toMatch(/municipalities/);
    });
  });

  it('no GraphQL answer above holds a stack trace or a store message', () => {
    expect(answers.length).toBeGreaterThan(30);
    for (const text of answers) {
      expect(text).not.toMatch(/\bat .+:\d+:\d+|stacktrace|kuzu|neo4j|cypher|sqlite|postgres/i);
    }
  });
});
