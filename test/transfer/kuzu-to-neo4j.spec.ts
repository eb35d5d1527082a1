import * as path from 'node:path';
import { GraphExportRepository } from '../../src/seed/graph-export.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { GraphTransferService } from '../../src/seed/graph-transfer.service';
import { emptyNeo4j } from '../support/fresh-neo4j';
import { extractReadmeQueries } from '../support/readme-queries';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';
import { neo4jUriForWorker } from '../support/test-stores';

/**
 * The documented move from the embedded store to Neo4j: the demo population exported from Kuzu
 * and imported into Neo4j answers the README's example queries (and a few more) identically.
 */
describe('moving the demo data from Kuzu to Neo4j', () => {
  const temp = makeTempDir('transfer');
  const file = path.join(temp.dir, 'graph.jsonl');
  let kuzu: TestApp;
  let neo4j: TestApp;

  const transferOf = (app: TestApp): GraphTransferService =>
    new GraphTransferService(
      app.app.get(GraphExportRepository),
      app.app.get(GraphImportRepository),
    );

  beforeAll(async () => {
    kuzu = await startTestApp({ GRAPH_STORE: 'kuzu', SEED_DEMO: 'true' });
    await emptyNeo4j();
    // A fresh SQLite beside Neo4j as beside Kuzu: the worker's PostgreSQL database may hold
    // introductions from earlier suites, whose feedback would move the ranking on one side only.
    neo4j = await startTestApp({
      GRAPH_STORE: 'neo4j',
      NEO4J_URI: neo4jUriForWorker(),
      DATABASE_URL: `sqlite:${path.join(temp.dir, 'beside-neo4j.sqlite')}`,
    });
  }, 180_000);
  afterAll(async () => {
    await kuzu?.close();
    await neo4j?.close();
    temp.remove();
  });

  it('exports every row from Kuzu and imports the same counts into Neo4j', async () => {
    const exported = await transferOf(kuzu).exportTo(file, 'kuzu');
    expect(exported.people).toBe(2000);
    expect(exported.municipalities).toBe(342);
    const imported = await transferOf(neo4j).importFrom(file);
    expect(imported).toEqual(exported);
    // Exporting again from Neo4j gives the same counts: nothing lost or duplicated on the way.
    expect(await transferOf(neo4j).exportTo(path.join(temp.dir, 'again.jsonl'), 'neo4j')).toEqual(
      exported,
    );
  }, 180_000);

  const extraQueries = [
    '{ people(first: 20, filter: { municipalityCode: "GM0363" }) { totalCount edges { node { id name email title availability visibility department createdAt skills { level skill { id } } acquaintances { id } experiences { role outcome year challenge { id } } } } } }',
    '{ challenges(first: 20, filter: { theme: "omgeving" }) { totalCount edges { cursor node { id title status createdAt municipality { code } requiredSkills { id } } } } }',
    '{ skills(first: 100) { totalCount edges { node { id name aliases category escoUri } } } }',
    '{ collaboration(id: "VR13") { name kind memberCount members { code } } }',
    '{ municipality(code: "GM0153") { people(first: 5) { totalCount edges { node { name } } } challenges(first: 5) { totalCount edges { node { title } } } } }',
  ];

  // As the administrator, who sees every person: the README's worked example asks on behalf of
  // someone visible only within her municipality.
  it.each([...extractReadmeQueries(), ...extraQueries])(
    'answers %s identically on both stores',
    async (query) => {
      const [fromKuzu, fromNeo4j] = await Promise.all([kuzu.admin(query), neo4j.admin(query)]);
      expect(fromKuzu.errors).toBeUndefined();
      expect(fromNeo4j.errors).toBeUndefined();
      expect(fromNeo4j.data).toEqual(fromKuzu.data);
    },
  );
});
