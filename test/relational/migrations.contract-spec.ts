import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { legacyHash } from '../../migrations/1765300000000-pseudonymous-audit-hash';
import { GENESIS } from '../../src/audit/audit-chain.record';
import { AuditLogRepository } from '../../src/audit/audit-log.repository';
import { AuditLogService } from '../../src/audit/audit-log.service';
import { RelationalStore } from '../../src/relational/relational-store';
import { makeTempDir } from '../support/temp-dir';
import { describeFor, openRelational, relationalStoresForThisRun } from './relational-stores';

for (const { name: store, reachable } of relationalStoresForThisRun()) {
  describeFor({ name: store, reachable })(`relational schema on ${store}`, () => {
    it('applies every migration at start and records each once', async () => {
      const sut = await openRelational(store);
      try {
        const rows = await sut.dataSource.query<Array<{ name: string }>>(
          'SELECT name FROM typeorm_migrations',
        );
        const names = rows.map((row) => row.name);
        for (const migration of MIGRATIONS)
          expect(names.filter((name) => name === migration.name)).toHaveLength(1);
      } finally {
        await sut.close();
      }
    });

    it('leaves no difference between the entities and the migrated schema', async () => {
      const sut = await openRelational(store);
      try {
        const pending = await sut.dataSource.driver.createSchemaBuilder().log();
        expect(pending.upQueries.map((query) => query.query)).toEqual([]);
      } finally {
        await sut.close();
      }
    });

    it('answers readiness while open, and not after close; closing twice is harmless', async () => {
      const sut = await openRelational(store);
      const relational = sut.get(RelationalStore);
      expect(relational.driver).toBe(store);
      await expect(relational.isReady()).resolves.toBe(true);
      await sut.close();
      await expect(relational.isReady()).resolves.toBe(false);
      await expect(relational.close()).resolves.toBeUndefined();
      expect(sut.dataSource.isInitialized).toBe(false);
    });
  });
}

describe('relational start-up on SQLite', () => {
  it('creates the directory of the database file', async () => {
    const temp = makeTempDir('relational-dir');
    const file = path.join(temp.dir, 'nested', 'deeper', 'k.sqlite');
    try {
      const sut = await openRelational('sqlite', `sqlite:${file}`);
      await sut.close();
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      temp.remove();
    }
  });

  it('applies nothing again when the same database is opened a second time', async () => {
    const temp = makeTempDir('relational-reopen');
    const url = `sqlite:${path.join(temp.dir, 'k.sqlite')}`;
    try {
      await (await openRelational('sqlite', url)).close();
      const again = await openRelational('sqlite', url);
      const rows = await again.dataSource.query<Array<{ n: number }>>(
        'SELECT COUNT(*) AS n FROM typeorm_migrations',
      );
      expect(Number(rows[0].n)).toBe(MIGRATIONS.length);
      await again.close();
    } finally {
      temp.remove();
    }
  });

  it('chains the audit records written before the log was a chain, in the order they were written', async () => {
    const temp = makeTempDir('relational-chain');
    const file = path.join(temp.dir, 'k.sqlite');
    const chainIndex = MIGRATIONS.findIndex((migration) =>
      migration.name.startsWith('ChainAuditLog'),
    );
    const before = new DataSource({
      type: 'better-sqlite3',
      database: file,
      migrations: MIGRATIONS.slice(0, chainIndex),
      migrationsTableName: 'typeorm_migrations',
    });
    await before.initialize();
    await before.runMigrations();
    for (const [id, at] of [
      ['b', '2026-01-02 10:00:00.000'],
      ['a', '2026-01-01 10:00:00.000'],
      ['c', '2026-01-02 10:00:00.000'],
    ]) {
      await before.query(
        `INSERT INTO audit_log (id, at, action, object_type, object_id, result, origin, actor, correlation_id)
         VALUES (?, ?, 'createPerson', 'Person', NULL, 'SUCCESS', '127.0.0.1', 'admin', 'x')`,
        [id, at],
      );
    }
    await before.destroy();
    try {
      const sut = await openRelational('sqlite', `sqlite:${file}`);
      const log = sut.get(AuditLogRepository);
      expect((await log.chainAfter(0, 10)).map((record) => [record.seq, record.id])).toEqual([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ]);
      await expect(new AuditLogService(log).verify()).resolves.toMatchObject({
        checked: 3,
        broken: null,
      });
      await sut.close();
    } finally {
      temp.remove();
    }
  });

  /** A SQLite file whose audit log was chained by the first rule (hashes over the ids). */
  async function legacyChain(file: string, tamper: boolean): Promise<void> {
    const upTo = MIGRATIONS.findIndex((m) => m.name.startsWith('PseudonymousAuditHash'));
    const before = new DataSource({
      type: 'better-sqlite3',
      database: file,
      migrations: MIGRATIONS.slice(0, upTo),
      migrationsTableName: 'typeorm_migrations',
    });
    await before.initialize();
    await before.runMigrations();
    let previous = GENESIS.hash;
    for (const seq of [1, 2, 3]) {
      const record = {
        id: `r${seq}`,
        at: new Date(Date.UTC(2026, 0, seq)),
        action: 'updatePerson',
        objectType: 'Person',
        objectId: 'ann',
        result: 'SUCCESS',
        origin: '127.0.0.1',
        actor: 'person:ann',
        correlationId: `c${seq}`,
      };
      const hash = legacyHash(record, seq, previous);
      await before.query(
        `INSERT INTO audit_log (id, at, action, object_type, object_id, result, origin, actor, correlation_id, seq, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          record.id,
          record.at.toISOString().replace('T', ' ').replace('Z', ''),
          record.action,
          record.objectType,
          record.objectId,
          tamper && seq === 2 ? 'FORBIDDEN' : record.result,
          record.origin,
          record.actor,
          record.correlationId,
          seq,
          previous,
          hash,
        ],
      );
      previous = hash;
    }
    await before.query('UPDATE audit_chain SET head_seq = 3, head_hash = ? WHERE id = 1', [
      previous,
    ]);
    await before.destroy();
  }

  it('re-hashes a log chained by the first rule, which then verifies, also after an erasure', async () => {
    const temp = makeTempDir('relational-rehash');
    const file = path.join(temp.dir, 'k.sqlite');
    await legacyChain(file, false);
    try {
      const sut = await openRelational('sqlite', `sqlite:${file}`);
      const log = sut.get(AuditLogRepository);
      const service = new AuditLogService(log);
      await expect(service.verify()).resolves.toMatchObject({ checked: 3, broken: null });
      expect(await log.pseudonymise('ann')).toBe(3);
      await expect(service.verify()).resolves.toMatchObject({ checked: 3, broken: null });
      await sut.close();
    } finally {
      temp.remove();
    }
  });

  it('refuses to re-hash a log that was tampered with, naming the record', async () => {
    const temp = makeTempDir('relational-rehash-broken');
    const file = path.join(temp.dir, 'k.sqlite');
    await legacyChain(file, true);
    try {
      await expect(openRelational('sqlite', `sqlite:${file}`)).rejects.toThrow(
        /The audit chain is broken at record 2 \(id r2\)/,
      );
    } finally {
      temp.remove();
    }
  });

  it('stops the start with a clear message when a migration fails', async () => {
    const temp = makeTempDir('relational-broken');
    const file = path.join(temp.dir, 'k.sqlite');
    const conflicting = new DataSource({ type: 'better-sqlite3', database: file });
    await conflicting.initialize();
    await conflicting.query('CREATE TABLE audit_log (x INTEGER)'); // in the way of CreateAuditLog
    await conflicting.destroy();
    try {
      await expect(openRelational('sqlite', `sqlite:${file}`)).rejects.toThrow(
        /A relational schema migration failed \(SQLite at .*k\.sqlite\), so the service did not start: .*audit_log/,
      );
    } finally {
      temp.remove();
    }
  });

  it('stops the start with a clear message when the file is not a database', async () => {
    const temp = makeTempDir('relational-garbage');
    const file = path.join(temp.dir, 'k.sqlite');
    fs.writeFileSync(
      file,
      'this is not a database, just text that is long enough to look like a header'.repeat(20),
    );
    try {
      await expect(openRelational('sqlite', `sqlite:${file}`)).rejects.toThrow(
        /relational database \(SQLite at .*k\.sqlite\).*not a database/,
      );
    } finally {
      temp.remove();
    }
  });
});
