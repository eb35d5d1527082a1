import { GraphStore } from '../../src/graph-store/graph-store';
import { RelationalStore } from '../../src/relational/relational-store';
import { AppConfig } from '../../src/config/app-config';
import { parseDatabaseUrl } from '../../src/relational/database-url';
import { currentGraphStore } from '../support/test-stores';
import { startTestApp, type TestApp } from '../support/test-app';

interface HealthBody {
  status: string;
  checks: {
    graph: { status: string; store: string };
    relational: { status: string; driver: string };
  };
}

async function get(
  app: TestApp,
  path: string,
): Promise<{ status: number; body: HealthBody; headers: Headers }> {
  const response = await fetch(`${app.url}${path}`);
  return {
    status: response.status,
    body: (await response.json()) as HealthBody,
    headers: response.headers,
  };
}

describe('health endpoints', () => {
  describe('with both stores up', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it('GET /health answers 200 ok with each store up, and nothing else', async () => {
      const { status, body, headers } = await get(app, '/health');
      expect(status).toBe(200);
      expect(body).toEqual({
        status: 'ok',
        checks: {
          graph: { status: 'up', store: currentGraphStore() },
          relational: {
            status: 'up',
            driver: parseDatabaseUrl(app.app.get(AppConfig).DATABASE_URL).driver,
          },
        },
      });
      expect(headers.get('cache-control')).toBe('no-store');
    });

    it('GET /health/live answers 200 without credentials', async () => {
      const { status, body } = await get(app, '/health/live');
      expect(status).toBe(200);
      expect(body).toEqual({ status: 'ok' });
    });

    it('GET /health/ready answers 200 when both stores answer', async () => {
      const { status, body } = await get(app, '/health/ready');
      expect(status).toBe(200);
      expect(body.status).toBe('ready');
    });
  });

  describe.each([
    ['relational', RelationalStore, { graph: 'up', relational: 'down' }],
    ['graph', GraphStore, { graph: 'down', relational: 'up' }],
  ] as const)('with the %s store down', (_name, port, expected) => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
      await app.app.get<{ close(): Promise<void> }>(port).close();
    });
    afterAll(() => app.close());

    it('GET /health answers 503 degraded naming the store that is down', async () => {
      const { status, body } = await get(app, '/health');
      expect(status).toBe(503);
      expect(body.status).toBe('degraded');
      expect(body.checks.graph.status).toBe(expected.graph);
      expect(body.checks.relational.status).toBe(expected.relational);
    });

    it('GET /health/ready answers 503, GET /health/live still 200', async () => {
      expect((await get(app, '/health/ready')).status).toBe(503);
      expect((await get(app, '/health/live')).status).toBe(200);
    });
  });
});
