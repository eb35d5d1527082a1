import { createHash } from 'node:crypto';
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { chainHash } from '../src/audit/audit-chain.record';

interface StoredRow {
  id: string;
  seq: number;
  prev_hash: string;
  hash: string;
  at: string | Date;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  origin: string;
  actor: string;
  correlation_id: string;
}

type Fields = Parameters<typeof chainHash>[0];

/**
 * The audit hash now covers person ids by their pseudonyms (src/audit/audit-chain.record.ts), so
 * that erasing a person can replace their id in the records and leave the chain verifiable. A log
 * chained by ChainAuditLog (hashes over the ids themselves) is first verified under that rule —
 * a broken chain stops the migration, so it cannot launder a tampered log — and then re-hashed
 * from its anchor. A log already hashed the new way (a database made after this change) is left
 * as it is. The actor columns (audit_log.actor, api_client.created_by) grow to hold `person:` and
 * a pseudonym.
 */
export class PseudonymousAuditHash1765300000000 implements MigrationInterface {
  name = 'PseudonymousAuditHash1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // `person:` and a pseudonym (81 characters), or a person id of up to 200: 50 was too short.
    // The same for the creator of an API key, which an erasure pseudonymises too.
    for (const [table, column] of [
      ['audit_log', 'actor'],
      ['api_client', 'created_by'],
    ]) {
      const narrow = (await queryRunner.getTable(table))!.findColumnByName(column)!;
      const wider = narrow.clone();
      wider.length = '250';
      await queryRunner.changeColumn(table, narrow, wider);
    }

    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const p = (n: number): string => (postgres ? `$${n}` : '?');
    const [ends] = (await queryRunner.query(
      'SELECT anchor_seq, anchor_hash FROM audit_chain WHERE id = 1',
    )) as Array<{ anchor_seq: number; anchor_hash: string }>;
    const rows = (await queryRunner.query(
      'SELECT id, seq, prev_hash, hash, at, action, object_type, object_id, result, origin, actor, correlation_id FROM audit_log ORDER BY seq',
    )) as StoredRow[];
    if (rows.every((row) => row.hash === chainHash(fieldsOf(row), Number(row.seq), row.prev_hash)))
      return;

    let previous = ends.anchor_hash;
    for (const row of rows) {
      if (row.prev_hash !== previous || row.hash !== legacyHash(fieldsOf(row), row.seq, previous)) {
        throw new Error(
          `The audit chain is broken at record ${row.seq} (id ${row.id}); run npm run audit:verify on the previous version and resolve it before upgrading`,
        );
      }
      previous = row.hash;
    }
    previous = ends.anchor_hash;
    for (const row of rows) {
      const hash = chainHash(fieldsOf(row), Number(row.seq), previous);
      await queryRunner.query(
        `UPDATE audit_log SET prev_hash = ${p(1)}, hash = ${p(2)} WHERE id = ${p(3)}`,
        [previous, hash, row.id],
      );
      previous = hash;
    }
    await queryRunner.query(`UPDATE audit_chain SET head_hash = ${p(1)} WHERE id = 1`, [previous]);
  }

  async down(): Promise<void> {
    // The hashes of the old rule cannot be restored without the ids an erasure removed.
  }
}

function fieldsOf(row: StoredRow): Fields {
  return {
    id: row.id,
    at: toDate(row.at),
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    result: row.result,
    origin: row.origin,
    actor: row.actor,
    correlationId: row.correlation_id,
  };
}

/** The hash as ChainAuditLog1765100000000 defined it: over the ids themselves. Frozen here. */
export function legacyHash(record: Fields, seq: number, prevHash: string): string {
  const fields = [
    Number(seq),
    prevHash,
    record.id,
    record.at.toISOString(),
    record.action,
    record.objectType,
    record.objectId,
    record.result,
    record.origin,
    record.actor,
    record.correlationId,
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** SQLite answers datetimes as text in UTC ("2026-12-05 09:12:44.120"). */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
