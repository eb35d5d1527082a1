import neo4j from 'neo4j-driver';
import { neo4jUriForWorker } from './test-stores';

/**
 * Empties this worker's Neo4j database (nodes, relationships and the migration ledger; the
 * schema's IF NOT EXISTS statements simply run again). Community Edition has one database, so
 * a test file owns it by emptying it first.
 */
export async function emptyNeo4j(uri: string = neo4jUriForWorker()): Promise<void> {
  const driver = neo4j.driver(uri);
  try {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  } finally {
    await driver.close();
  }
}
