import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/** Introduction requests and their workflow (PENDING → ACCEPTED/DECLINED → COMPLETED). */
export class CreateIntroduction1765000000000 implements MigrationInterface {
  name = 'CreateIntroduction1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const time = postgres ? 'timestamp with time zone' : 'datetime';
    const text = (name: string, length: string, isNullable = false) =>
      ({ name, type: 'varchar', length, isNullable }) as const;
    await queryRunner.createTable(
      new Table({
        name: 'introduction',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          text('requester_id', '200'),
          text('expert_id', '200'),
          text('via_id', '200', true),
          text('challenge_id', '200', true),
          text('message', '2000'),
          text('status', '20'),
          text('open_key', '401', true),
          { name: 'requested_at', type: time },
          { name: 'responded_at', type: time, isNullable: true },
          text('response_note', '2000', true),
          { name: 'completed_at', type: time, isNullable: true },
          { name: 'helpful', type: 'boolean', isNullable: true },
          { name: 'rating', type: 'integer', isNullable: true },
          text('feedback', '2000', true),
        ],
      }),
    );
    const indices: Array<[string, string[], boolean]> = [
      ['IDX_introduction_open_key', ['open_key'], true],
      ['IDX_introduction_requester', ['requester_id', 'requested_at', 'id'], false],
      ['IDX_introduction_expert', ['expert_id', 'status'], false],
      ['IDX_introduction_via', ['via_id', 'requested_at'], false],
    ];
    for (const [name, columnNames, isUnique] of indices) {
      await queryRunner.createIndex(
        'introduction',
        new TableIndex({ name, columnNames, isUnique }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('introduction');
  }
}
