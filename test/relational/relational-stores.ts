import * as path from 'node:path';
import { type Abstract, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type DataSource } from 'typeorm';
import { RelationalModule } from '../../src/relational/relational.module';
import { RELATIONAL_DATA_SOURCE } from '../../src/relational/typeorm/typeorm-adapters';
import { makeTempDir } from '../support/temp-dir';
import { testConfig } from '../support/test-config';
import { postgresUrlForWorker } from '../support/test-stores';

/**
 * The relational databases every relational case runs against. SQLite always; PostgreSQL when
 * TEST_POSTGRES_URL names a database (CI sets REQUIRE_POSTGRES, and then a missing URL fails
 * the run instead of skipping). Each Jest worker has its own PostgreSQL database; tests in it
 * create and filter by their own ids.
 */
export const RELATIONAL_STORES = [
  {
    name: 'sqlite',
    databaseUrl: (dir: string): string | undefined =>
      `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
  },
  {
    name: 'postgres',
    // This worker's own database (made by global setup from TEST_POSTGRES_URL).
    databaseUrl: (): string | undefined => postgresUrlForWorker(),
  },
] as const;
export type RelationalStoreName = (typeof RELATIONAL_STORES)[number]['name'];

export interface StoreForThisRun {
  readonly name: RelationalStoreName;
  readonly reachable: boolean;
}

/**
 * Every store with whether this run can reach it. Unreachable ones have their cases
 * registered as skipped (so the summary counts them); a required one that is missing throws.
 */
export function relationalStoresForThisRun(): StoreForThisRun[] {
  return RELATIONAL_STORES.map((store) => {
    const reachable = store.databaseUrl('/tmp') !== undefined;
    const required = `REQUIRE_${store.name.toUpperCase()}`;
    if (!reachable && process.env[required]) {
      throw new Error(
        `${required} is set, but TEST_POSTGRES_URL is not: cannot run the ${store.name} relational suite`,
      );
    }
    // jest.config.js prints the one line that says which store suites are skipped and why.
    return { name: store.name, reachable };
  });
}

/** `describe`, or `describe.skip` for a store this run cannot reach. */
export const describeFor = (store: StoreForThisRun): jest.Describe =>
  store.reachable ? describe : describe.skip;

export interface OpenRelational {
  readonly databaseUrl: string;
  get<T>(port: Type<T> | Abstract<T>): T;
  /** The DataSource itself, for schema assertions only; code under test reaches it through ports. */
  readonly dataSource: DataSource;
  close(): Promise<void>;
}

/** Opens (creating and migrating) the store, like the application does at start. */
export async function openRelational(
  store: RelationalStoreName,
  databaseUrl?: string,
): Promise<OpenRelational> {
  const temp = makeTempDir(`relational-${store}`);
  const entry = RELATIONAL_STORES.find((candidate) => candidate.name === store);
  const url = databaseUrl ?? entry?.databaseUrl(temp.dir);
  if (!url) throw new Error(`No database URL for ${store}`);
  const config = testConfig(temp.dir, { DATABASE_URL: url });
  try {
    const moduleRef = await Test.createTestingModule({
      imports: [RelationalModule.forRoot(config)],
    }).compile();
    await moduleRef.init();
    return {
      databaseUrl: url,
      get: (port) => moduleRef.get(port),
      dataSource: moduleRef.get<DataSource>(RELATIONAL_DATA_SOURCE),
      close: async () => {
        await moduleRef.close();
        temp.remove();
      },
    };
  } catch (error) {
    temp.remove();
    throw error;
  }
}
