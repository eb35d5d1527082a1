import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { SeedService } from '../seed/seed.service';

/**
 * Brings the graph to the state the service needs before it takes traffic: schema migrations,
 * then reference data, then (when SEED_DEMO) the demo population into an empty graph. Any
 * failure stops the start with its message.
 */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Startup');

  constructor(
    private readonly graph: GraphStore,
    private readonly seed: SeedService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const report = await this.graph.migrate();
    this.logger.log(
      `Graph schema (${this.graph.name}): ${report.applied.length} migration(s) applied, ${report.alreadyApplied.length} already in place`,
    );
    await this.seed.loadReferenceData();
    if (this.config.SEED_DEMO) await this.seed.loadDemoIfEmpty();
  }
}
