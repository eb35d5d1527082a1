import * as path from 'node:path';
import { type StoreCircuit } from '../../common/availability/store-circuit';
import { projectRoot } from '../../common/project-root';
import { type GraphStoreKind } from '../../config/app-config';
import { GraphStore, type MigrationReport } from '../graph-store';
import { type GraphMigration, readMigrations } from '../migrations/migration-source';
import { type CypherClient } from './cypher-client';
import { cypher } from './statement';

const PROBE = cypher<{ ok: number }>('RETURN 1 AS ok');

/** A store's own way of applying its migrations (graph/<store>/migrations) to its client. */
export type Migrator<Client> = (
  client: Client,
  migrations: readonly GraphMigration[],
) => Promise<MigrationReport>;

/** The lifecycle of a Cypher store: its migrations, a readiness probe, closing its client. */
export class CypherGraphStore<Client extends CypherClient> extends GraphStore {
  constructor(
    readonly name: GraphStoreKind,
    private readonly client: Client,
    private readonly migrator: Migrator<Client>,
    override readonly canStartUnavailable: boolean,
  ) {
    super();
  }

  migrate(): Promise<MigrationReport> {
    const directory = path.join(projectRoot(), 'graph', this.name, 'migrations');
    return this.migrator(this.client, readMigrations(directory));
  }

  override get circuit(): StoreCircuit | null {
    return this.client.circuit ?? null;
  }

  /** Through the circuit's own probe where there is one, so that the answer also feeds it. */
  async isReady(): Promise<boolean> {
    if (this.client.circuit) return this.client.circuit.check();
    try {
      await this.client.read(PROBE);
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
