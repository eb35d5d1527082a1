/**
 * An event in the transactional outbox: written in the same relational transaction as the
 * change it follows from, applied later by the relay (OutboxRelay) to another store or system.
 * Each event has exactly one effect, so a retry repeats only that effect. Payloads hold ids and
 * values, never names or contact details.
 */
export interface OutboxEventDraft {
  readonly id: string;
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

/** An event as the relay claims it. */
export interface OutboxEvent extends OutboxEventDraft {
  /** Failed attempts so far. */
  readonly attempts: number;
}

/** What became of an applied event, kept on its row for operators. */
export type OutboxOutcome = string;

/** Applies events of one type. Must be idempotent: an event may be handed over more than once. */
export interface OutboxHandler {
  readonly type: string;
  /** Applies the event and says what came of it, e.g. `APPLIED` or `SKIPPED_PERSON_GONE`; throws to retry later. */
  handle(event: OutboxEvent): Promise<OutboxOutcome>;
}
