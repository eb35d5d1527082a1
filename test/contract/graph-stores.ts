import { type Abstract, type DynamicModule, Module, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig } from '../../src/config/app-config';
import { GraphStore } from '../../src/graph-store/graph-store';
import { GraphStoreModule } from '../../src/graph-store/graph-store.module';
import { makeTempDir } from '../support/temp-dir';
import { testConfig } from '../support/test-config';

/**
 * The graph stores every contract case runs against. Each entry opens a fresh, migrated,
 * empty store; the same expectations hold for all of them.
 */
export const GRAPH_STORES = ['kuzu'] as const;
export type GraphStoreName = (typeof GRAPH_STORES)[number];

export interface OpenGraph {
  /** A port (repository abstract class) implemented by this store. */
  get<T>(port: Type<T> | Abstract<T>): T;
  close(): Promise<void>;
}

@Module({})
class TestConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: TestConfigModule,
      global: true,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}

export async function openGraph(store: GraphStoreName): Promise<OpenGraph> {
  const temp = makeTempDir(`contract-${store}`);
  const config = testConfig(temp.dir, { GRAPH_STORE: store });
  const moduleRef = await Test.createTestingModule({
    imports: [TestConfigModule.forRoot(config), GraphStoreModule.forRoot(config)],
  }).compile();
  await moduleRef.get(GraphStore).migrate();
  return {
    get: (port) => moduleRef.get(port),
    close: async () => {
      await moduleRef.close();
      await moduleRef.get(GraphStore).close();
      temp.remove();
    },
  };
}
