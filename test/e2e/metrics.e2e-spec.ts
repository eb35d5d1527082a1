import { MetricsListener } from '../../src/observability/metrics-endpoint';
import { ensureBuilt, listening, run, storesIn } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef-0123456789';
const READ = '{ municipalities(first: 1) { totalCount } }';
const CREATE_CLIENT = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`;

/** The value of the one sample of `name` whose labels include all of `labels`; 0 when absent. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const total = exposition
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => wanted.every((pair) => line.includes(pair)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  return total;
}

describe('metrics at /metrics (Prometheus)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN });
  });
  afterAll(() => app.close());

  const scrape = (token?: string): Promise<Response> =>
    fetch(`${app.url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('refuses a scrape on the public port without the token', async () => {
    const missing = await scrape();
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toContain('Bearer');
    expect((await scrape('not-the-metrics-token-but-just-as-long-0')).status).toBe(401);
  });

  it('counts operations, error codes, HTTP requests, store queries and key checks', async () => {
    expect((await app.gql(READ)).errors).toBeUndefined();
    expect((await app.gql(READ)).errors).toBeUndefined();
    const badInput = await app.gql('{ municipality(code: "nope") { name } }');
    expect(badInput.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await app.gql('{ noSuchField }');
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT'); // a validation error
    const created = await app.admin<{ createApiClient: { key: string } }>(CREATE_CLIENT, {
      input: { name: 'Metrics intranet', municipalityCode: 'GM0855', scopes: ['READ'] },
    });
    const key = created.data!.createApiClient.key;
    await app.gql(READ, undefined, { token: key }); // hashed
    await app.gql(READ, undefined, { token: key }); // from the cache
    await app.gql(READ, undefined, { token: `kn_0123456789abcdef_${'A'.repeat(43)}` });

    const response = await scrape(METRICS_TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();

    const operations = 'kennissen_graphql_operation_duration_seconds_count';
    expect(
      sample(text, operations, {
        operation_type: 'query',
        root_field: 'municipalities',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(4);
    expect(sample(text, operations, { root_field: 'municipality', outcome: 'error' })).toBe(1);
    expect(sample(text, operations, { root_field: '(invalid)', outcome: 'error' })).toBe(1);
    expect(sample(text, 'kennissen_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(2);
    expect(sample(text, 'kennissen_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);

    expect(
      sample(text, 'kennissen_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/graphql',
        status: '200',
      }),
    ).toBeGreaterThanOrEqual(6);

    const graph = currentGraphSystem(text);
    expect(
      sample(text, 'kennissen_store_query_duration_seconds_count', {
        system: graph,
        kind: 'read',
        outcome: 'ok',
      }),
    ).toBeGreaterThan(0);
    expect(
      sample(text, 'kennissen_store_query_duration_seconds_count', {
        system: currentRelationalSystem(text),
        kind: 'write',
        outcome: 'ok',
      }),
    ).toBeGreaterThan(0); // the API client was stored
    expect(sample(text, 'kennissen_store_up', { store: 'graph', system: graph })).toBe(1);
    expect(sample(text, 'kennissen_store_up', { store: 'relational' })).toBe(1);
    expect(text).toContain('kennissen_store_circuit_openings_total');

    const checks = 'kennissen_api_key_checks_total';
    expect(sample(text, checks, { result: 'accepted', checked_by: 'hash' })).toBe(1);
    expect(sample(text, checks, { result: 'accepted', checked_by: 'cache' })).toBe(1);
    expect(sample(text, checks, { result: 'invalid', checked_by: 'lookup' })).toBe(1);

    expect(sample(text, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // Labels name operations and routes, never what was asked for or who asked.
    expect(text).not.toContain(key);
    expect(text).not.toContain('nope');
  });

  it('counts requests refused by a rate limit', async () => {
    const limited = await startTestApp({ METRICS_TOKEN, RATE_LIMIT_PER_IP: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.gql(READ)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const text = await (
        await fetch(`${limited.url}/metrics`, {
          headers: { authorization: `Bearer ${METRICS_TOKEN}` },
        })
      ).text();
      expect(
        sample(text, 'kennissen_rate_limit_refusals_total', {
          endpoint: 'graphql',
          limit: 'address',
        }),
      ).toBe(1);
      expect(
        sample(text, 'kennissen_http_request_duration_seconds_count', {
          route: '/graphql',
          status: '429',
        }),
      ).toBe(1);
    } finally {
      await limited.close();
    }
  });

  it('serves the metrics on a listener of their own', async () => {
    const port = await app.app.get(MetricsListener).listen(0, '127.0.0.1');
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('kennissen_build_info{');
    expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
  });
});

describe('metrics as operators run the service', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('listens on METRICS_PORT apart from the public port, which has no /metrics without a token', async () => {
    const temp = makeTempDir('metrics');
    const service = run({ ...storesIn(temp.dir), METRICS_PORT: '0' });
    try {
      const port = await listening(service);
      const metricsPort = Number(/Metrics on http:\/\/localhost:(\d+)\//.exec(service.stdout)?.[1]);
      expect(metricsPort).toBeGreaterThan(0);
      expect(metricsPort).not.toBe(port);
      const scraped = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toMatch(/^kennissen_build_info\{version="[^"]+"/m);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
      temp.remove();
    }
  }, 120_000);
});

function currentGraphSystem(text: string): string {
  return /kennissen_build_info\{[^}]*graph_store="(\w+)"/.exec(text)?.[1] ?? '';
}

function currentRelationalSystem(text: string): string {
  return /kennissen_build_info\{[^}]*relational_store="(\w+)"/.exec(text)?.[1] ?? '';
}
