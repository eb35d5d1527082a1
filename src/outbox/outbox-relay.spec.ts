import { type AppConfig } from '../config/app-config';
import { type OutboxEvent, type OutboxHandler, type OutboxOutcome } from './outbox-event';
import { OutboxRelay } from './outbox-relay';
import { type OutboxBacklog, OutboxRepository } from './outbox.repository';

interface Row {
  event: OutboxEvent;
  availableAt: number;
  claimedBy: string | null;
  outcome: OutboxOutcome | null;
  lastError: string | null;
}

/** The outbox in memory, for the relay's logic; the real adapters have their own suite. */
class MemoryOutbox extends OutboxRepository {
  readonly rows: Row[] = [];

  add(id: string, type: string): void {
    const event = { id, type, payload: {}, createdAt: new Date(), attempts: 0 };
    this.rows.push({ event, availableAt: 0, claimedBy: null, outcome: null, lastError: null });
  }
  claim(owner: string, limit: number, now: Date): Promise<OutboxEvent[]> {
    const due = this.rows
      .filter((row) => row.outcome === null && !row.claimedBy && row.availableAt <= now.getTime())
      .slice(0, limit);
    for (const row of due) row.claimedBy = owner;
    return Promise.resolve(due.map((row) => row.event));
  }
  markApplied(id: string, owner: string, outcome: OutboxOutcome): Promise<void> {
    const row = this.rows.find((candidate) => candidate.event.id === id)!;
    if (row.claimedBy === owner) Object.assign(row, { outcome, claimedBy: null });
    return Promise.resolve();
  }
  markFailed(id: string, owner: string, error: string, retryAt: Date): Promise<void> {
    const row = this.rows.find((candidate) => candidate.event.id === id)!;
    if (row.claimedBy !== owner) return Promise.resolve();
    row.event = { ...row.event, attempts: row.event.attempts + 1 };
    Object.assign(row, { lastError: error, availableAt: retryAt.getTime(), claimedBy: null });
    return Promise.resolve();
  }
  backlog(): Promise<OutboxBacklog> {
    throw new Error('not used');
  }
  scrub(): Promise<number> {
    throw new Error('not used');
  }
  pruneApplied(): Promise<number> {
    return Promise.resolve(0);
  }
}

const config = {
  OUTBOX_POLL_MS: 0,
  OUTBOX_RETRY_BASE_MS: 1_000,
  OUTBOX_RETRY_MAX_MS: 60_000,
} as AppConfig;

function handler(type: string, work: (event: OutboxEvent) => Promise<string>): OutboxHandler {
  return { type, handle: work };
}

describe('OutboxRelay', () => {
  it('applies every due event with the handler for its type, in batches, and records the outcome', async () => {
    const outbox = new MemoryOutbox();
    for (let n = 0; n < 45; n++) outbox.add(`e${n}`, n % 2 ? 'a' : 'b');
    const seen: string[] = [];
    const relay = new OutboxRelay(outbox, config);
    relay.register(handler('a', (event) => (seen.push(event.id), Promise.resolve('A'))));
    relay.register(handler('b', () => Promise.resolve('B')));
    await relay.drain();
    expect(outbox.rows.map((row) => row.outcome)).toEqual(
      Array.from({ length: 45 }, (_, n) => (n % 2 ? 'A' : 'B')),
    );
    expect(seen).toHaveLength(22);
  });

  it('counts a failure and makes the event due again after the backoff, keeping the others going', async () => {
    const outbox = new MemoryOutbox();
    outbox.add('down', 'graph');
    outbox.add('fine', 'mail');
    const relay = new OutboxRelay(outbox, config);
    relay.register(handler('graph', () => Promise.reject(new Error('Neo4j cannot be reached'))));
    relay.register(handler('mail', () => Promise.resolve('SENT')));
    jest.spyOn(relay['logger'], 'warn').mockImplementation(() => undefined);
    const before = Date.now();
    await relay.drain();
    const [down, fine] = outbox.rows;
    expect(fine.outcome).toBe('SENT');
    expect(down).toMatchObject({ outcome: null, lastError: 'Neo4j cannot be reached' });
    expect(down.event.attempts).toBe(1);
    // 1 s ± 20 %.
    expect(down.availableAt - before).toBeGreaterThanOrEqual(800);
    expect(down.availableAt - before).toBeLessThanOrEqual(1_200 + (Date.now() - before));
  });

  it('keeps an event of a type nobody handles, for a replica that does', async () => {
    const outbox = new MemoryOutbox();
    outbox.add('new', 'from.a.newer.version');
    const relay = new OutboxRelay(outbox, config);
    jest.spyOn(relay['logger'], 'warn').mockImplementation(() => undefined);
    await relay.drain();
    expect(outbox.rows[0]).toMatchObject({
      outcome: null,
      lastError: 'no handler for outbox event type from.a.newer.version',
    });
  });

  it('refuses a second handler for one type', () => {
    const relay = new OutboxRelay(new MemoryOutbox(), config);
    relay.register(handler('a', () => Promise.resolve('A')));
    expect(() => relay.register(handler('a', () => Promise.resolve('A')))).toThrow(
      /Two outbox handlers for event type a/,
    );
  });
});
