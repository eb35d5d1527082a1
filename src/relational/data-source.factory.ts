import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { type DatabaseTarget, describeTarget } from './database-url';
import { apiClientEntity } from './entities/api-client.entity';
import { auditChainEntity } from './entities/audit-chain.entity';
import { auditLogEntity } from './entities/audit-log.entity';
import { introductionEntity } from './entities/introduction.entity';
import { outboxEventEntity } from './entities/outbox-event.entity';
import { RelationalStoreError } from './relational-store.error';

const logger = new Logger('RelationalStore');

/** TypeORM settings per driver. Schema changes only through migrations, never `synchronize`. */
export function dataSourceOptions(target: DatabaseTarget): DataSourceOptions {
  const common = {
    entities: [
      auditLogEntity(target.driver),
      auditChainEntity,
      apiClientEntity(target.driver),
      introductionEntity(target.driver),
      outboxEventEntity(target.driver),
    ],
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
  };
  if (target.driver === 'sqlite') {
    // WAL lets the health probe and readers run while a write is committing; wait on a busy lock.
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.file,
      enableWAL: true,
      timeout: 5_000,
    };
  }
  return { ...common, type: 'postgres', url: target.url, connectTimeoutMS: 5_000 };
}

/**
 * Opens the database (creating a SQLite file's directory) and applies pending migrations.
 * Any failure stops the start with one message saying where and what, without the password.
 */
export async function openRelationalDataSource(target: DatabaseTarget): Promise<DataSource> {
  const where = describeTarget(target);
  const dataSource = new DataSource(dataSourceOptions(target));
  try {
    if (target.driver === 'sqlite') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    await dataSource.initialize();
  } catch (error) {
    throw new RelationalStoreError(
      `Could not open the relational database (${where}): ${messageOf(error)}. Check DATABASE_URL.`,
      { cause: error },
    );
  }
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    logger.log(
      `Relational schema (${target.driver}): ${applied.length} migration(s) applied, ${MIGRATIONS.length - applied.length} already in place`,
    );
  } catch (error) {
    await dataSource.destroy().catch(() => undefined); // the start fails with the migration error below
    throw new RelationalStoreError(
      `A relational schema migration failed (${where}), so the service did not start: ${messageOf(error)}`,
      { cause: error },
    );
  }
  return dataSource;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
