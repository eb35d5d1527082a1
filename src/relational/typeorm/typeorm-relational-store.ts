import { type DataSource } from 'typeorm';
import { type RelationalDriver } from '../database-url';
import { RelationalStore } from '../relational-store';

export class TypeormRelationalStore extends RelationalStore {
  constructor(
    private readonly dataSource: DataSource,
    readonly driver: RelationalDriver,
  ) {
    super();
  }

  async isReady(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    // Idempotent: health tests close a store early, and shutdown closes it again.
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
