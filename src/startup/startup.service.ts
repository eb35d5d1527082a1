import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { GraphStore } from '../graph-store/graph-store';
import { GraphStoreErrorCode, GraphStoreException } from '../graph-store/graph-store.exception';
import { SeedService } from '../seed/seed.service';

/** How often a start without the graph store tries again. */
export const GRAPH_RETRY_INTERVAL_MS = 5_000;

/**
 * Brings the graph to the state the service needs: schema migrations, then reference data, then
 * (when SEED_DEMO) the demo population into an empty graph. Any failure stops the start with
 * its message — except an unreachable server store (Neo4j), which may come back: then the
 * service starts anyway (GraphQL answers SERVICE_UNAVAILABLE, readiness reports the store down)
 * and keeps trying until the preparation succeeds.
 */
@Injectable()
export class StartupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Startup');
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly graph: GraphStore,
    private readonly seed: SeedService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.prepareGraph();
    } catch (error) {
      if (!this.graph.canStartUnavailable || !isUnavailable(error)) throw error;
      this.logger.warn(
        `The ${this.graph.name} graph store cannot be reached; starting without it and trying again every ${GRAPH_RETRY_INTERVAL_MS / 1000} s`,
      );
      this.scheduleRetry();
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
  }

  private async prepareGraph(): Promise<void> {
    const report = await this.graph.migrate();
    this.logger.log(
      `Graph schema (${this.graph.name}): ${report.applied.length} migration(s) applied, ${report.alreadyApplied.length} already in place`,
    );
    await this.seed.loadReferenceData();
    if (this.config.SEED_DEMO) await this.seed.loadDemoIfEmpty();
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.retryTimer = setTimeout(() => void this.retry(), GRAPH_RETRY_INTERVAL_MS);
    this.retryTimer.unref();
  }

  private async retry(): Promise<void> {
    try {
      await this.prepareGraph();
      this.logger.log(`The ${this.graph.name} graph store is reachable again and prepared`);
    } catch (error) {
      if (isUnavailable(error)) {
        this.scheduleRetry();
        return;
      }
      // A real failure (a broken migration) needs an operator; keep saying so.
      this.logger.error(
        `Preparing the ${this.graph.name} graph store failed: ${(error as Error).message}`,
      );
      this.scheduleRetry();
    }
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof GraphStoreException && error.code === GraphStoreErrorCode.UNAVAILABLE;
}
