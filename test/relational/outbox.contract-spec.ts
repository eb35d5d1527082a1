import { randomUUID } from 'node:crypto';
import {
  type IntroductionRecord,
  IntroductionStatus,
  pendingIntroduction,
} from '../../src/introductions/introduction.record';
import { IntroductionsRepository } from '../../src/introductions/introductions.repository';
import { type OutboxEventDraft } from '../../src/outbox/outbox-event';
import { OutboxRepository } from '../../src/outbox/outbox.repository';
import {
  describeFor,
  openRelational,
  type OpenRelational,
  relationalStoresForThisRun,
} from './relational-stores';

const T0 = new Date('2026-11-01T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function introduction(): IntroductionRecord {
  return pendingIntroduction({
    id: randomUUID(),
    requesterId: `person-${randomUUID()}`,
    expertId: `person-${randomUUID()}`,
    viaId: null,
    challengeId: null,
    message: 'Mogen we eens bellen?',
    requestedAt: T0,
  });
}

const event = (createdAt = T0, type = 'test.event'): OutboxEventDraft => ({
  id: randomUUID(),
  type,
  payload: { introductionId: randomUUID(), n: 1 },
  createdAt,
});

for (const { name: store, reachable } of relationalStoresForThisRun()) {
  describeFor({ name: store, reachable })(`OutboxRepository on ${store}`, () => {
    let open: OpenRelational;
    let sut: OutboxRepository;
    let introductions: IntroductionsRepository;

    beforeAll(async () => {
      open = await openRelational(store);
      sut = open.get(OutboxRepository);
      introductions = open.get(IntroductionsRepository);
    });
    /** Applies whatever earlier cases left due, so each case sees only its own events. */
    async function settle(): Promise<void> {
      const far = new Date('2100-01-01T00:00:00Z');
      for (;;) {
        const left = await sut.claim('settle', 500, far, far);
        if (left.length === 0) return;
        for (const { id } of left) await sut.markApplied(id, 'settle', 'SETTLED', far);
      }
    }
    beforeEach(settle);
    // Nor do the suites after this one that share the database (an app's outbox backlog).
    afterAll(async () => {
      await settle();
      await open.close();
    });

    it('writes events with the introduction in one transaction, and none when the write is refused', async () => {
      const record = introduction();
      const requested = event();
      expect(await introductions.insert(record, [requested])).toBe(true);
      // The twin request loses on the unique index: neither it nor its event lands.
      const twin = {
        ...introduction(),
        requesterId: record.requesterId,
        expertId: record.expertId,
      };
      expect(await introductions.insert(twin, [event()])).toBe(false);
      // A step from a status the record no longer has: no change, no event.
      const answered = { ...record, status: IntroductionStatus.ACCEPTED, respondedAt: at(60) };
      expect(await introductions.update(answered, IntroductionStatus.ACCEPTED, [event()])).toBe(
        false,
      );
      const accepted = event(at(60));
      expect(await introductions.update(answered, IntroductionStatus.PENDING, [accepted])).toBe(
        true,
      );

      const claimed = await sut.claim('relay-a', 10, at(120), at(180));
      expect(
        claimed.map(({ id, type, payload, attempts }) => ({ id, type, payload, attempts })),
      ).toEqual([
        { id: requested.id, type: requested.type, payload: requested.payload, attempts: 0 },
        { id: accepted.id, type: accepted.type, payload: accepted.payload, attempts: 0 },
      ]);
      expect(claimed[0].createdAt).toEqual(T0);
    });

    it('claims due events oldest first, each for one owner until its lease ends', async () => {
      const drafts = [event(at(3)), event(at(1)), event(at(2)), event(at(500))];
      expect(await introductions.insert(introduction(), drafts)).toBe(true);

      const first = await sut.claim('relay-a', 2, at(10), at(70));
      expect(first.map((e) => e.id)).toEqual([drafts[1].id, drafts[2].id]);
      // Not due yet (created in the future of `now`), or held by relay-a: only one is left.
      const second = await sut.claim('relay-b', 10, at(10), at(70));
      expect(second.map((e) => e.id)).toEqual([drafts[0].id]);
      expect(await sut.claim('relay-b', 10, at(69), at(129))).toEqual([]);
      // Every lease has run out: relay-a's events go to another replica (with relay-b's own).
      const taken = await sut.claim('relay-b', 10, at(71), at(131));
      expect(taken.map((e) => e.id)).toEqual([drafts[1].id, drafts[2].id, drafts[0].id]);
      // relay-a comes back late: its marks no longer count.
      await sut.markApplied(drafts[1].id, 'relay-a', 'APPLIED', at(72));
      await sut.markApplied(drafts[1].id, 'relay-b', 'APPLIED', at(72));
      await sut.markFailed(drafts[2].id, 'relay-a', 'too late', at(73));
      expect(await sut.backlog()).toMatchObject({ pending: 3, failing: 0 });
    });

    it('counts failures and makes the event due again at the retry time', async () => {
      const draft = event();
      await introductions.insert(introduction(), [draft]);
      await sut.claim('relay-a', 10, at(1), at(61));
      await sut.markFailed(draft.id, 'relay-a', 'Neo4j cannot be reached', at(30));
      expect(await sut.claim('relay-a', 10, at(29), at(89))).toEqual([]);
      const [again] = await sut.claim('relay-a', 10, at(30), at(90));
      expect(again).toMatchObject({ id: draft.id, attempts: 1 });
      await sut.markFailed(draft.id, 'relay-a', 'still down', at(40));
      expect(await sut.backlog()).toEqual({ pending: 1, failing: 1, oldestPendingAt: T0 });
      const [third] = await sut.claim('relay-a', 10, at(40), at(100));
      expect(third.attempts).toBe(2);
      await sut.markApplied(draft.id, 'relay-a', 'APPLIED', at(41));
      expect(await sut.backlog()).toEqual({ pending: 0, failing: 0, oldestPendingAt: null });
    });

    it('gives each event to exactly one of several replicas claiming at once', async () => {
      const drafts = Array.from({ length: 60 }, (_, n) => event(at(n)));
      await introductions.insert(introduction(), drafts);
      // PostgreSQL: separate connections, as separate service replicas have. SQLite is owned by
      // one process, whose claims share its connection.
      const replicas =
        store === 'postgres'
          ? await Promise.all([1, 2, 3].map(() => openRelational(store, open.databaseUrl)))
          : [];
      try {
        const outboxes = [sut, ...replicas.map((replica) => replica.get(OutboxRepository))];
        const claimedBy = new Map<string, string[]>();
        await Promise.all(
          outboxes.flatMap((outbox, r) =>
            [0, 1, 2].map(async (round) => {
              const owner = `replica-${r}-${round}`;
              for (const claimed of await outbox.claim(owner, 7, at(100), at(160))) {
                claimedBy.set(claimed.id, [...(claimedBy.get(claimed.id) ?? []), owner]);
              }
            }),
          ),
        );
        expect([...claimedBy.values()].filter((owners) => owners.length > 1)).toEqual([]);
        const expected = Math.min(60, outboxes.length * 3 * 7);
        expect(claimedBy.size).toBe(expected);
      } finally {
        await Promise.all(replicas.map((replica) => replica.close()));
      }
    });

    it('prunes applied events older than the cut-off and keeps the rest', async () => {
      const [old, recent, pending] = [event(), event(), event()];
      await introductions.insert(introduction(), [old, recent, pending]);
      await sut.claim('relay-a', 10, at(1), at(61));
      await sut.markApplied(old.id, 'relay-a', 'APPLIED', at(10));
      await sut.markApplied(recent.id, 'relay-a', 'APPLIED', at(100));
      await sut.markFailed(pending.id, 'relay-a', 'down', at(5));
      expect(await sut.pruneApplied(at(50))).toBeGreaterThanOrEqual(1);
      const due = await sut.claim('relay-b', 10, at(200), at(260));
      expect(due.map((e) => e.id)).toEqual([pending.id]);
    });

    it('scrubs an erased person: their events closed and emptied, applied ones too, others kept', async () => {
      const erased = `person-${randomUUID()}`;
      // Ids are matched as whole JSON values: a longer id that starts with it is someone else.
      const lookalike = `${erased}0`;
      const naming = (person: string): OutboxEventDraft => ({
        ...event(),
        payload: { introductionId: randomUUID(), expertId: person, rating: 4 },
      });
      const [applied, waiting, other] = [naming(erased), naming(erased), naming(lookalike)];
      await introductions.insert(introduction(), [applied, waiting, other]);
      await sut.claim('relay-a', 10, at(1), at(61));
      await sut.markApplied(applied.id, 'relay-a', 'APPLIED', at(10));
      await sut.markFailed(waiting.id, 'relay-a', `no such person: ${erased}`, at(5));

      expect(await sut.scrub(erased, at(20))).toBe(2);

      type StoredEvent = {
        id: string;
        payload: string;
        outcome: string | null;
        applied_at: unknown;
      };
      const rows = await open.dataSource.query<StoredEvent[]>(
        `SELECT id, payload, outcome, applied_at, last_error FROM outbox_event WHERE id IN ('${applied.id}', '${waiting.id}', '${other.id}')`,
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(applied.id)).toMatchObject({ payload: '{}', outcome: 'APPLIED' });
      expect(byId.get(waiting.id)).toMatchObject({
        payload: '{}',
        outcome: 'SKIPPED_PERSON_ERASED',
        last_error: null,
      });
      expect(byId.get(waiting.id)?.applied_at).not.toBeNull();
      expect(JSON.parse(byId.get(other.id)!.payload)).toEqual(other.payload);
      expect(rows.some((row) => row.payload.includes(`"${erased}"`))).toBe(false);

      // The waiting event is closed: the relay will not apply it; the look-alike's still is due.
      const due = await sut.claim('relay-b', 10, at(200), at(260));
      expect(due.map((e) => e.id)).toEqual([other.id]);
      expect(await sut.scrub(erased, at(30))).toBe(0);
    });
  });
}
