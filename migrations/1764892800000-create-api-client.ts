import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/** API clients of intranets: one row per key, the key itself only as an Argon2id hash. */
export class CreateApiClient1764892800000 implements MigrationInterface {
  name = 'CreateApiClient1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const time = postgres ? 'timestamp with time zone' : 'datetime';
    await queryRunner.createTable(
      new Table({
        name: 'api_client',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'municipality_code', type: 'varchar', length: '6' },
          { name: 'scopes', type: 'varchar', length: '50' },
          { name: 'key_id', type: 'varchar', length: '16' },
          { name: 'secret_hash', type: 'varchar', length: '200' },
          { name: 'created_at', type: time },
          { name: 'created_by', type: 'varchar', length: '50' },
          { name: 'last_used_at', type: time, isNullable: true },
          { name: 'revoked_at', type: time, isNullable: true },
          { name: 'expires_at', type: time, isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'api_client',
      new TableIndex({ name: 'IDX_api_client_key_id', columnNames: ['key_id'], isUnique: true }),
    );
    await queryRunner.createIndex(
      'api_client',
      new TableIndex({ name: 'IDX_api_client_created', columnNames: ['created_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_client');
  }
}
