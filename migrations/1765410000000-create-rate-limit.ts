import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * The rate-limit counters that replicas share on PostgreSQL (src/relational/
 * postgres-rate-limit-counters.ts): the table rate-limiter-flexible's RateLimiterPostgres
 * expects, made here so that the service never creates tables at run time. One row per counted
 * key: its points in the current window and when the window ends (epoch milliseconds). On SQLite
 * (one instance) the counters stay in memory and the table is not made.
 */
export class CreateRateLimit1765410000000 implements MigrationInterface {
  name = 'CreateRateLimit1765410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') return;
    await queryRunner.createTable(
      new Table({
        name: 'rate_limit',
        columns: [
          { name: 'key', type: 'varchar', length: '255', isPrimary: true },
          { name: 'points', type: 'integer', default: 0 },
          { name: 'expire', type: 'bigint', isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type !== 'postgres') return;
    await queryRunner.dropTable('rate_limit');
  }
}
