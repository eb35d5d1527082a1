import {
  type DynamicModule,
  Global,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { GraphStore } from './graph-store';
import { KuzuClient } from './kuzu/kuzu-client';
import { KUZU_CLIENT, kuzuAdapterProviders, kuzuGraphPorts } from './kuzu/kuzu-adapters';

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
    if (config.GRAPH_STORE !== 'kuzu') {
      throw new Error(
        `GRAPH_STORE=${config.GRAPH_STORE} is not supported by this build yet; use kuzu.`,
      );
    }
    return {
      module: GraphStoreModule,
      providers: [
        {
          provide: KUZU_CLIENT,
          useFactory: () =>
            KuzuClient.open(config.KUZU_PATH, { bufferPoolMb: config.KUZU_BUFFER_POOL_MB }),
        },
        ...kuzuAdapterProviders,
      ],
      exports: kuzuGraphPorts,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log(`Closed the ${this.store.name} graph store`);
  }
}
