import {
  type DataSource,
  type EntityManager,
  In,
  IsNull,
  LessThan,
  LessThanOrEqual,
  Like,
  Not,
  type Repository,
} from 'typeorm';
import {
  type OutboxEvent,
  type OutboxEventDraft,
  type OutboxOutcome,
} from '../../outbox/outbox-event';
import { type OutboxBacklog, OutboxRepository } from '../../outbox/outbox.repository';
import { OUTBOX_EVENT_ENTITY, type OutboxEventRow } from '../entities/outbox-event.entity';
import { type Transactions, transactionsOf } from './transactions';

/** Writes events inside the transaction of the change they follow from. */
export async function insertOutboxEvents(
  manager: EntityManager,
  events: readonly OutboxEventDraft[],
): Promise<void> {
  if (events.length === 0) return;
  await manager.getRepository<OutboxEventRow>(OUTBOX_EVENT_ENTITY).insert(
    events.map((event) => ({
      id: event.id,
      type: event.type,
      payload: JSON.stringify(event.payload),
      createdAt: event.createdAt,
      availableAt: event.createdAt,
      attempts: 0,
      claimedBy: null,
      claimedUntil: null,
      appliedAt: null,
      outcome: null,
      lastError: null,
    })),
  );
}

export class OutboxTypeormRepository extends OutboxRepository {
  private readonly rows: Repository<OutboxEventRow>;
  private readonly transactions: Transactions;

  constructor(dataSource: DataSource) {
    super();
    this.rows = dataSource.getRepository<OutboxEventRow>(OUTBOX_EVENT_ENTITY);
    this.transactions = transactionsOf(dataSource);
  }

  claim(owner: string, limit: number, now: Date, leaseUntil: Date): Promise<OutboxEvent[]> {
    return this.transactions.run(async (manager) => {
      const rows = manager.getRepository<OutboxEventRow>(OUTBOX_EVENT_ENTITY);
      const due = { appliedAt: IsNull(), availableAt: LessThanOrEqual(now) };
      const postgres = manager.connection.driver.options.type === 'postgres';
      const found = await rows.find({
        select: { id: true },
        where: [
          { ...due, claimedUntil: IsNull() },
          { ...due, claimedUntil: LessThan(now) },
        ],
        order: { createdAt: 'ASC', id: 'ASC' },
        take: limit,
        // Replicas claiming at the same time skip each other's rows instead of waiting for them.
        ...(postgres ? { lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' } } : {}),
      });
      if (found.length === 0) return [];
      const ids = found.map((row) => row.id);
      await rows.update({ id: In(ids) }, { claimedBy: owner, claimedUntil: leaseUntil });
      const claimed = await rows.find({
        where: { id: In(ids) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return claimed.map(toEvent);
    });
  }

  async markApplied(id: string, owner: string, outcome: OutboxOutcome, at: Date): Promise<void> {
    await this.rows.update(
      { id, claimedBy: owner },
      { appliedAt: at, outcome, claimedBy: null, claimedUntil: null, lastError: null },
    );
  }

  async markFailed(id: string, owner: string, error: string, retryAt: Date): Promise<void> {
    await this.rows.update(
      { id, claimedBy: owner },
      {
        attempts: () => 'attempts + 1',
        lastError: error,
        availableAt: retryAt,
        claimedBy: null,
        claimedUntil: null,
      },
    );
  }

  async backlog(): Promise<OutboxBacklog> {
    const pending = await this.rows.count({ where: { appliedAt: IsNull() } });
    const failing = await this.rows.count({ where: { appliedAt: IsNull(), attempts: Not(0) } });
    const oldest = await this.rows.findOne({
      select: { createdAt: true },
      where: { appliedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return { pending, failing, oldestPendingAt: oldest?.createdAt ?? null };
  }

  scrub(id: string, at: Date): Promise<number> {
    return this.transactions.run(async (manager) => {
      const rows = manager.getRepository<OutboxEventRow>(OUTBOX_EVENT_ENTITY);
      // Payloads are JSON written by JSON.stringify, so the id stands in quotes; LIKE narrows
      // (its wildcards may match more), the parsed values decide.
      const candidates = await rows.find({
        select: { id: true, appliedAt: true, payload: true },
        where: { payload: Like(`%${JSON.stringify(id)}%`) },
      });
      const found = candidates.filter((row) =>
        Object.values(JSON.parse(row.payload) as Record<string, unknown>).includes(id),
      );
      for (const row of found) {
        await rows.update(
          { id: row.id },
          {
            payload: '{}',
            appliedAt: row.appliedAt ?? at,
            outcome: row.appliedAt ? undefined : 'SKIPPED_PERSON_ERASED',
            claimedBy: null,
            claimedUntil: null,
            // A handler's error may quote what it was given.
            lastError: null,
          },
        );
      }
      return found.length;
    });
  }

  async pruneApplied(before: Date): Promise<number> {
    const result = await this.rows.delete({ appliedAt: LessThan(before) });
    return result.affected ?? 0;
  }
}

function toEvent(row: OutboxEventRow): OutboxEvent {
  return {
    id: row.id,
    type: row.type,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    createdAt: row.createdAt,
    attempts: row.attempts,
  };
}
