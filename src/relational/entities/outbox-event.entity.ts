import { EntitySchema } from 'typeorm';
import { type RelationalDriver } from '../database-url';

/** One row of `outbox_event` as TypeORM reads and writes it. */
export interface OutboxEventRow {
  id: string;
  type: string;
  /** The event's payload as JSON text (ids and values only). */
  payload: string;
  createdAt: Date;
  /** When the event is due: its creation, or the next try after a failure. */
  availableAt: Date;
  attempts: number;
  /** The relay replica holding the event, and until when; null when nobody does. */
  claimedBy: string | null;
  claimedUntil: Date | null;
  appliedAt: Date | null;
  outcome: string | null;
  lastError: string | null;
}

export const OUTBOX_EVENT_ENTITY = 'OutboxEvent';

/** The mapping of `outbox_event` (created by migration CreateOutboxEvent), per driver for the time type. */
export function outboxEventEntity(driver: RelationalDriver): EntitySchema<OutboxEventRow> {
  const time = driver === 'postgres' ? 'timestamp with time zone' : 'datetime';
  return new EntitySchema<OutboxEventRow>({
    name: OUTBOX_EVENT_ENTITY,
    tableName: 'outbox_event',
    columns: {
      id: { type: 'varchar', length: 36, primary: true },
      type: { type: 'varchar', length: 100 },
      payload: { type: 'text' },
      createdAt: { name: 'created_at', type: time },
      availableAt: { name: 'available_at', type: time },
      attempts: { type: 'integer', default: 0 },
      claimedBy: { name: 'claimed_by', type: 'varchar', length: 200, nullable: true },
      claimedUntil: { name: 'claimed_until', type: time, nullable: true },
      appliedAt: { name: 'applied_at', type: time, nullable: true },
      outcome: { type: 'varchar', length: 100, nullable: true },
      lastError: { name: 'last_error', type: 'varchar', length: 1000, nullable: true },
    },
    indices: [{ name: 'IDX_outbox_event_due', columns: ['appliedAt', 'availableAt', 'createdAt'] }],
  });
}
