import { type DataSource } from 'typeorm';
import { type StoreCircuit } from '../../common/availability/store-circuit';
import { type RelationalDriver } from '../database-url';
import { RelationalStore } from '../relational-store';

export class TypeormRelationalStore extends RelationalStore {
  constructor(
    private readonly dataSource: DataSource,
    readonly driver: RelationalDriver,
    override readonly circuit: StoreCircuit | null,
  ) {
    super();
  }

  /** Through the circuit's own probe where there is one, so that the answer also feeds it. */
  async isReady(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    if (this.circuit) return this.circuit.check();
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    // Idempotent: health tests close a store early, and shutdown closes it again.
    this.circuit?.dispose();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
