import * as path from 'node:path';
import { emptyNeo4j } from '../support/fresh-neo4j';
import { extractReadmeQueries } from '../support/readme-queries';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';
import { neo4jUriForWorker } from '../support/test-stores';

/**
 * `GRAPH_STORE=neo4j npm start` loads the same reference and demo data as the embedded default
 * and answers the README's example queries identically.
 */
describe('the demo seeded on each store', () => {
  const temp = makeTempDir('demo-parity');
  let kuzu: TestApp;
  let neo4j: TestApp;

  beforeAll(async () => {
    await emptyNeo4j();
    [kuzu, neo4j] = await Promise.all([
      startTestApp({ GRAPH_STORE: 'kuzu', SEED_DEMO: 'true' }),
      // A fresh SQLite beside Neo4j as beside Kuzu: the worker's PostgreSQL database may hold
      // introductions from earlier suites, whose feedback would move the ranking on one side.
      startTestApp({
        GRAPH_STORE: 'neo4j',
        NEO4J_URI: neo4jUriForWorker(),
        SEED_DEMO: 'true',
        DATABASE_URL: `sqlite:${path.join(temp.dir, 'beside-neo4j.sqlite')}`,
      }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await kuzu?.close();
    await neo4j?.close();
    temp.remove();
  });

  // As the administrator, who sees every person: the README's worked example asks on behalf of
  // someone visible only within her municipality.
  it.each(extractReadmeQueries())('answers %s identically', async (query) => {
    const [fromKuzu, fromNeo4j] = await Promise.all([kuzu.admin(query), neo4j.admin(query)]);
    expect(fromKuzu.errors).toBeUndefined();
    expect(fromNeo4j.errors).toBeUndefined();
    expect(fromNeo4j.data).toEqual(fromKuzu.data);
  });
});
