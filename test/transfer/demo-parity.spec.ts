import { emptyNeo4j } from '../support/fresh-neo4j';
import { extractReadmeQueries } from '../support/readme-queries';
import { startTestApp, type TestApp } from '../support/test-app';
import { neo4jUriForWorker } from '../support/test-stores';

/**
 * `GRAPH_STORE=neo4j npm start` loads the same reference and demo data as the embedded default
 * and answers the README's example queries identically.
 */
describe('the demo seeded on each store', () => {
  let kuzu: TestApp;
  let neo4j: TestApp;

  beforeAll(async () => {
    await emptyNeo4j();
    [kuzu, neo4j] = await Promise.all([
      startTestApp({ GRAPH_STORE: 'kuzu', SEED_DEMO: 'true' }),
      startTestApp({ GRAPH_STORE: 'neo4j', NEO4J_URI: neo4jUriForWorker(), SEED_DEMO: 'true' }),
    ]);
  }, 180_000);
  afterAll(async () => {
    await kuzu?.close();
    await neo4j?.close();
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
