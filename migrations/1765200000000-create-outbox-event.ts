import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/** The transactional outbox: events written with a change, applied by the relay. */
export class CreateOutboxEvent1765200000000 implements MigrationInterface {
  name = 'CreateOutboxEvent1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const time = postgres ? 'timestamp with time zone' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'outbox_event',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'type', type: 'varchar', length: '100' },
          { name: 'payload', type: 'text' },
          { name: 'created_at', type: time },
          { name: 'available_at', type: time },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'claimed_by', type: 'varchar', length: '200', isNullable: true },
          { name: 'claimed_until', type: time, isNullable: true },
          { name: 'applied_at', type: time, isNullable: true },
          { name: 'outcome', type: 'varchar', length: '100', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'outbox_event',
      new TableIndex({
        name: 'IDX_outbox_event_due',
        columnNames: ['applied_at', 'available_at', 'created_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('outbox_event');
  }
}
