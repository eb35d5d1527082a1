import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { chain, GENESIS } from '../src/audit/audit-chain.record';

interface StoredRow {
  id: string;
  at: string | Date;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  origin: string;
  actor: string;
  correlation_id: string;
}

/**
 * Makes the audit log a hash chain (src/audit/audit-chain.ts): seq, prev_hash and hash on every
 * record, and `audit_chain` holding the head and the anchor. Records already there are chained in
 * the order they were written (time, then id).
 */
export class ChainAuditLog1765100000000 implements MigrationInterface {
  name = 'ChainAuditLog1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('audit_log', [
      new TableColumn({ name: 'seq', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'prev_hash', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'hash', type: 'varchar', length: '64', isNullable: true }),
    ]);
    const rows = (await queryRunner.query(
      'SELECT id, at, action, object_type, object_id, result, origin, actor, correlation_id FROM audit_log ORDER BY at, id',
    )) as StoredRow[];
    const chained = chain(
      rows.map((row) => ({
        id: row.id,
        at: toDate(row.at),
        action: row.action,
        objectType: row.object_type,
        objectId: row.object_id,
        result: row.result,
        origin: row.origin,
        actor: row.actor,
        correlationId: row.correlation_id,
      })),
      GENESIS,
    );
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const p = (n: number): string => (postgres ? `$${n}` : '?');
    for (const record of chained) {
      await queryRunner.query(
        `UPDATE audit_log SET seq = ${p(1)}, prev_hash = ${p(2)}, hash = ${p(3)} WHERE id = ${p(4)}`,
        [record.seq, record.prevHash, record.hash, record.id],
      );
    }
    for (const column of ['seq', 'prev_hash', 'hash']) {
      const old = (await queryRunner.getTable('audit_log'))!.findColumnByName(column)!;
      const required = old.clone();
      required.isNullable = false;
      await queryRunner.changeColumn('audit_log', old, required);
    }
    await queryRunner.createIndex(
      'audit_log',
      new TableIndex({ name: 'IDX_audit_log_seq', columnNames: ['seq'], isUnique: true }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_chain',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'head_seq', type: 'integer' },
          { name: 'head_hash', type: 'varchar', length: '64' },
          { name: 'anchor_seq', type: 'integer' },
          { name: 'anchor_hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    const head = chained.at(-1) ?? GENESIS;
    await queryRunner.query(
      `INSERT INTO audit_chain (id, head_seq, head_hash, anchor_seq, anchor_hash) VALUES (1, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`,
      [head.seq, head.hash, GENESIS.seq, GENESIS.hash],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_chain');
    await queryRunner.dropIndex('audit_log', 'IDX_audit_log_seq');
    await queryRunner.dropColumns('audit_log', ['seq', 'prev_hash', 'hash']);
  }
}

/** SQLite answers datetimes as text in UTC ("2026-12-05 09:12:44.120"). */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
