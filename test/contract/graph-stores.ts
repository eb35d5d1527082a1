import { type Abstract, type DynamicModule, Module, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AppConfig, type GraphStoreKind } from '../../src/config/app-config';
import { GraphStore } from '../../src/graph-store/graph-store';
import { GraphStoreModule } from '../../src/graph-store/graph-store.module';
import { makeTempDir } from '../support/temp-dir';
import { emptyNeo4j } from '../support/fresh-neo4j';
import { testConfig } from '../support/test-config';
import { currentGraphStore } from '../support/test-stores';

/**
 * The graph store this run of the contract suite uses. Jest runs the suite once per store (one
 * project each, see jest.config.js), so every case holds for every store; `describe.each`
 * over this list names the store in each test's title.
 */
export const GRAPH_STORES: readonly GraphStoreName[] = [currentGraphStore()];
export type GraphStoreName = GraphStoreKind;

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

/** Opens a fresh, migrated, empty store (Neo4j: this worker's server, emptied first). */
export async function openGraph(store: GraphStoreName): Promise<OpenGraph> {
  if (store === 'neo4j') await emptyNeo4j();
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
