import {
  type DynamicModule,
  Global,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { GraphStore } from './graph-store';
import { kuzuBinding } from './kuzu/kuzu-adapters';
import { neo4jBinding } from './neo4j/neo4j-adapters';

/**
 * Provides every graph repository port, implemented by the store that GRAPH_STORE selects.
 * Global, so feature modules inject their port without knowing which store is behind it.
 */
@Global()
@Module({})
export class GraphStoreModule implements OnApplicationShutdown {
  private readonly logger = new Logger('GraphStore');

  constructor(private readonly store: GraphStore) {}

  static forRoot(config: AppConfig): DynamicModule {
    const binding = config.GRAPH_STORE === 'neo4j' ? neo4jBinding(config) : kuzuBinding(config);
    return { module: GraphStoreModule, providers: binding.providers, exports: binding.ports };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log(`Closed the ${this.store.name} graph store`);
  }
}
