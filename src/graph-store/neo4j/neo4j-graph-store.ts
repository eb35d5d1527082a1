import * as path from 'node:path';
import { projectRoot } from '../../common/project-root';
import { GraphStore, type MigrationReport } from '../graph-store';
import { readMigrations } from '../migrations/migration-source';
import { type Neo4jClient } from './neo4j-client';
import { migrateNeo4j } from './neo4j-migrator';

export class Neo4jGraphStore extends GraphStore {
  readonly name = 'neo4j';
  /** A server can come back: the service starts without it and catches up when it does. */
  override readonly canStartUnavailable = true;

  constructor(private readonly client: Neo4jClient) {
    super();
  }

  /** Verifies the server answers (a clear UNAVAILABLE if not), then applies the schema. */
  async migrate(): Promise<MigrationReport> {
    await this.client.verifyConnectivity();
    return migrateNeo4j(
      this.client,
      readMigrations(path.join(projectRoot(), 'graph', 'neo4j', 'migrations')),
    );
  }

  async isReady(): Promise<boolean> {
    try {
      await this.client.read('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
