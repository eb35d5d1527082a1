import { type OutboxEvent, type OutboxOutcome } from './outbox-event';

/** How much waits in the outbox, for health and operators. */
export interface OutboxBacklog {
  /** Events not yet applied. */
  readonly pending: number;
  /** Of those, events that failed at least once. */
  readonly failing: number;
  readonly oldestPendingAt: Date | null;
}

/**
 * Port: the outbox table in the relational store. Events are written by the repositories of the
 * changes they follow from (in the same transaction); this port is the relay's side.
 */
export abstract class OutboxRepository {
  /**
   * Claims up to `limit` events that are due (`now`) and not claimed by a live lease, oldest
   * first, for `owner` until `leaseUntil`. Replicas claiming at once get disjoint events
   * (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite writes one at a time).
   */
  abstract claim(owner: string, limit: number, now: Date, leaseUntil: Date): Promise<OutboxEvent[]>;
  /** Marks an event applied, if `owner` still holds it. */
  abstract markApplied(id: string, owner: string, outcome: OutboxOutcome, at: Date): Promise<void>;
  /** Counts a failed attempt and makes the event due again at `retryAt`, if `owner` holds it. */
  abstract markFailed(id: string, owner: string, error: string, retryAt: Date): Promise<void>;
  abstract backlog(): Promise<OutboxBacklog>;
  /**
   * An erasure: closes the events whose payload names the id (outcome `SKIPPED_PERSON_ERASED`)
   * and empties their payloads and last errors, applied ones included. Returns how many.
   */
  abstract scrub(id: string, at: Date): Promise<number>;
  /** Removes applied events applied before `before`; answers how many. */
  abstract pruneApplied(before: Date): Promise<number>;
}
