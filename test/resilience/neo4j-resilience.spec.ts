import { type Neo4jServer, startNeo4jServer } from '../support/neo4j-server';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The service against a real Neo4j server that goes away and comes back: it must start without
 * it, say so (readiness, SERVICE_UNAVAILABLE), recover without a restart, and lose no write it
 * acknowledged. This file owns its server, so it can stop and start it.
 */
describe('resilience against Neo4j going away', () => {
  let server: Neo4jServer;

  beforeAll(async () => {
    server = await startNeo4jServer({ heap: '512m' });
  }, 180_000);
  afterAll(() => server.dispose(), 60_000);

  async function waitFor<T>(
    probe: () => T | undefined | Promise<T | undefined>,
    timeoutMs: number,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`Not reached within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  const readiness = async (
    app: TestApp,
  ): Promise<{ status: number; body: { checks: { graph: { status: string } } } }> => {
    const response = await fetch(`${app.url}/health/ready`);
    return {
      status: response.status,
      body: (await response.json()) as { checks: { graph: { status: string } } },
    };
  };

  it('starts while Neo4j is down, answers SERVICE_UNAVAILABLE, and recovers when it comes up', async () => {
    await server.stop();
    const app = await startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: server.uri });
    try {
      const notReady = await readiness(app);
      expect(notReady.status).toBe(503);
      expect(notReady.body.checks.graph.status).toBe('down');

      const refused = await app.gql('{ municipalities(first: 1) { totalCount } }');
      expect(refused.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(refused.errors?.[0].message).toMatch(/cannot be reached/);

      await server.start();
      // The start-up retry applies the schema and loads the reference data on its own.
      const total = await waitFor(async () => {
        const answer = await app.gql<{ municipalities: { totalCount: number } }>(
          '{ municipalities(first: 1) { totalCount } }',
        );
        const count = answer.data?.municipalities.totalCount;
        return count === 342 ? count : undefined;
      }, 60_000);
      expect(total).toBe(342);
      expect((await readiness(app)).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 180_000);

  it('keeps every acknowledged write across a Neo4j restart during traffic, and keeps running', async () => {
    const app = await startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: server.uri });
    const acknowledged: string[] = [];
    const refusals = new Set<string>();
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing && n < 400; n++) {
        const answer = await app.admin<{ createPerson: { id: string } }>(
          'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
          { input: { name: `Herstart Test ${n}`, municipalityCode: 'GM0363' } },
        );
        if (answer.data?.createPerson) acknowledged.push(answer.data.createPerson.id);
        else refusals.add(String(answer.errors?.[0].extensions?.code));
      }
    })();
    try {
      await waitFor(() => (acknowledged.length >= 5 ? true : undefined), 60_000);
      await server.restart();
      const before = acknowledged.length;
      await waitFor(() => (acknowledged.length >= before + 5 ? true : undefined), 90_000);
      writing = false;
      await writer;

      // A write that was refused said why; none failed in an unexplained way.
      expect([...refusals].filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      // Every acknowledged write is there.
      const found = await app.gql<{ people: { totalCount: number } }>(
        '{ people(first: 1, filter: { text: "Herstart" }) { totalCount } }',
      );
      const ids = await Promise.all(
        acknowledged.map(async (id) => {
          const answer = await app.gql<{ person: { id: string } | null }>(
            'query($id: ID!) { person(id: $id) { id } }',
            { id },
          );
          return answer.data?.person?.id;
        }),
      );
      expect(ids).toEqual(acknowledged);
      expect(found.data?.people.totalCount).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      writing = false;
      await writer;
      await app.close();
    }
  }, 240_000);
});
