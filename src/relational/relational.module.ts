import {
  type DynamicModule,
  Global,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { Instrumentation } from '../common/observability/instrumentation';
import { type AppConfig } from '../config/app-config';
import { openRelationalDataSource } from './data-source.factory';
import { parseDatabaseUrl } from './database-url';
import { RelationalStore } from './relational-store';
import { observeQueries } from './typeorm/observed-queries';
import { guardWithCircuit } from './typeorm/postgres-circuit';
import {
  RELATIONAL_CIRCUIT,
  RELATIONAL_DATA_SOURCE,
  relationalPorts,
  typeormAdapterProviders,
} from './typeorm/typeorm-adapters';

/**
 * Provides every relational repository port on the database that DATABASE_URL names, opened
 * and migrated before anything can use it. Global, like GraphStoreModule.
 */
@Global()
@Module({})
export class RelationalModule implements OnApplicationShutdown {
  private readonly logger = new Logger('RelationalStore');

  constructor(private readonly store: RelationalStore) {}

  static forRoot(config: AppConfig): DynamicModule {
    const target = parseDatabaseUrl(config.DATABASE_URL);
    return {
      module: RelationalModule,
      providers: [
        {
          provide: RELATIONAL_DATA_SOURCE,
          useFactory: async (instrumentation: Instrumentation | undefined) => {
            const dataSource = await openRelationalDataSource(target);
            if (instrumentation) observeQueries(dataSource, instrumentation, target.driver);
            return dataSource;
          },
          // Optional: the command-line tools open the store without the observability module.
          inject: [{ token: Instrumentation, optional: true }],
        },
        {
          provide: RELATIONAL_CIRCUIT,
          useFactory: (dataSource: DataSource) =>
            target.driver === 'postgres'
              ? guardWithCircuit(dataSource, config.STORE_FAIL_WITHIN_MS)
              : null,
          inject: [RELATIONAL_DATA_SOURCE],
        },
        ...typeormAdapterProviders(target.driver),
      ],
      exports: relationalPorts,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    this.logger.log(`Closed the ${this.store.driver} relational store`);
  }
}
