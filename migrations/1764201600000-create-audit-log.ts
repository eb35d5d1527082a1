import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/** The audit log: who did what to which object, with which result. Ids only, no personal data. */
export class CreateAuditLog1764201600000 implements MigrationInterface {
  name = 'CreateAuditLog1764201600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: postgres ? 'timestamp with time zone' : 'datetime' },
          { name: 'action', type: 'varchar', length: '100' },
          { name: 'object_type', type: 'varchar', length: '50' },
          { name: 'object_id', type: 'varchar', length: '200', isNullable: true },
          { name: 'result', type: 'varchar', length: '50' },
          { name: 'origin', type: 'varchar', length: '100' },
          { name: 'actor', type: 'varchar', length: '50' },
          { name: 'correlation_id', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.createIndex(
      'audit_log',
      new TableIndex({ name: 'IDX_audit_log_at', columnNames: ['at', 'id'] }),
    );
    await queryRunner.createIndex(
      'audit_log',
      new TableIndex({
        name: 'IDX_audit_log_object',
        columnNames: ['object_type', 'object_id', 'at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_log');
  }
}
