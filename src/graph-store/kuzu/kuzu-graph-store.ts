import * as path from 'node:path';
import { projectRoot } from '../../common/project-root';
import { GraphStore, type MigrationReport } from '../graph-store';
import { readMigrations } from '../migrations/migration-source';
import { type KuzuClient } from './kuzu-client';
import { migrateKuzu } from './kuzu-migrator';

export class KuzuGraphStore extends GraphStore {
  readonly name = 'kuzu';

  constructor(private readonly client: KuzuClient) {
    super();
  }

  migrate(): Promise<MigrationReport> {
    return migrateKuzu(
      this.client,
      readMigrations(path.join(projectRoot(), 'graph', 'kuzu', 'migrations')),
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
