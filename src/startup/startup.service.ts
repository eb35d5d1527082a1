import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { GraphStore } from '../graph-store/graph-store';

/**
 * Brings the stores to the state the service needs before it takes traffic: graph schema
 * migrations, then reference data, then (when SEED_DEMO) the demo population. Any failure
 * stops the start with its message.
 */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Startup');

  constructor(private readonly graph: GraphStore) {}

  async onApplicationBootstrap(): Promise<void> {
    const report = await this.graph.migrate();
    this.logger.log(
      `Graph schema (${this.graph.name}): ${report.applied.length} migration(s) applied, ${report.alreadyApplied.length} already in place`,
    );
  }
}
