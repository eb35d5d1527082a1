import { randomUUID } from 'node:crypto';
import {
  IntroductionDirection,
  type IntroductionRecord,
  IntroductionStatus,
  pendingIntroduction,
} from '../../src/introductions/introduction.record';
import {
  introductionSortKey,
  IntroductionsRepository,
} from '../../src/introductions/introductions.repository';
import {
  describeFor,
  openRelational,
  type OpenRelational,
  relationalStoresForThisRun,
} from './relational-stores';

/** A pending request between fresh people unless overridden. */
function introduction(overrides: Partial<IntroductionRecord> = {}): IntroductionRecord {
  const fresh = pendingIntroduction({
    id: randomUUID(),
    requesterId: `person-${randomUUID()}`,
    expertId: `person-${randomUUID()}`,
    viaId: null,
    challengeId: null,
    message: 'Mogen we eens bellen over de aanbesteding jeugdzorg?',
    requestedAt: new Date('2026-11-01T09:00:00.123Z'),
  });
  return { ...fresh, ...overrides };
}

for (const { name: store, reachable } of relationalStoresForThisRun()) {
  describeFor({ name: store, reachable })(`IntroductionsRepository on ${store}`, () => {
    let open: OpenRelational;
    let sut: IntroductionsRepository;
    beforeAll(async () => {
      open = await openRelational(store);
      sut = open.get(IntroductionsRepository);
    });
    afterAll(() => open.close());

    it('stores every field and reads it back, times to the millisecond', async () => {
      const written = introduction({
        viaId: 'demo-person-0007',
        challengeId: 'demo-challenge-0001',
        status: IntroductionStatus.COMPLETED,
        respondedAt: new Date('2026-11-02T10:00:00.456Z'),
        responseNote: 'Graag!',
        completedAt: new Date('2026-11-09T16:30:00.789Z'),
        helpful: true,
        rating: 4,
        feedback: 'Heel bruikbaar',
      });
      await expect(sut.insert(written)).resolves.toBe(true);
      await expect(sut.findById(written.id)).resolves.toEqual(written);
      await expect(sut.findById(randomUUID())).resolves.toBeNull();
    });

    it('keeps one open request per requester and expert, and allows a new one once it is closed', async () => {
      const first = introduction();
      const pair = { requesterId: first.requesterId, expertId: first.expertId };
      expect(await sut.insert(first)).toBe(true);
      expect(await sut.insert(introduction(pair))).toBe(false);
      await expect(sut.findOpen(pair.requesterId, pair.expertId)).resolves.toEqual(first);

      const declined = { ...first, status: IntroductionStatus.DECLINED, respondedAt: new Date() };
      expect(await sut.update(declined, IntroductionStatus.PENDING)).toBe(true);
      await expect(sut.findOpen(pair.requesterId, pair.expertId)).resolves.toBeNull();
      expect(await sut.insert(introduction(pair))).toBe(true);
      // The other way round is another pair.
      expect(
        await sut.insert(introduction({ requesterId: pair.expertId, expertId: pair.requesterId })),
      ).toBe(true);
    });

    it('stores a step only while the status is the one expected', async () => {
      const written = introduction();
      await sut.insert(written);
      const accepted = {
        ...written,
        status: IntroductionStatus.ACCEPTED,
        respondedAt: new Date('2026-11-02T08:00:00.000Z'),
        responseNote: 'Ja',
      };
      expect(await sut.update(accepted, IntroductionStatus.PENDING)).toBe(true);
      // A second answer racing the first finds the status changed.
      const declined = { ...written, status: IntroductionStatus.DECLINED };
      expect(await sut.update(declined, IntroductionStatus.PENDING)).toBe(false);
      await expect(sut.findById(written.id)).resolves.toEqual(accepted);
    });

    it('lists the times of recent requests and counts open requests per expert', async () => {
      const requesterId = `person-${randomUUID()}`;
      const [busy, free] = [`person-${randomUUID()}`, `person-${randomUUID()}`];
      const times = [
        '2026-11-01T08:00:00.000Z',
        '2026-11-02T08:00:00.000Z',
        '2026-11-03T08:00:00.000Z',
      ];
      const experts = [busy, free, `person-${randomUUID()}`];
      for (const [i, at] of times.entries()) {
        await sut.insert(
          introduction({ requesterId, expertId: experts[i], requestedAt: new Date(at) }),
        );
      }
      await sut.insert(introduction({ expertId: busy, status: IntroductionStatus.ACCEPTED }));
      await sut.insert(introduction({ expertId: busy, status: IntroductionStatus.COMPLETED }));

      const since = await sut.requestTimesSince(requesterId, new Date('2026-11-02T00:00:00.000Z'));
      expect(since.map((at) => at.toISOString())).toEqual(times.slice(1));
      const open = await sut.countOpenFor([busy, free, 'person-nobody']);
      expect(Object.fromEntries(open)).toEqual({ [busy]: 2, [free]: 1 });
      await expect(sut.countOpenFor([])).resolves.toEqual(new Map());
    });

    it('lists outgoing and incoming (as expert or via) newest first, by status, in pages', async () => {
      const me = `person-${randomUUID()}`;
      const at = (day: number): Date => new Date(Date.UTC(2026, 10, day, 9));
      const outgoing = [1, 2, 3].map((day) =>
        introduction({ requesterId: me, requestedAt: at(day) }),
      );
      const asExpert = introduction({ expertId: me, requestedAt: at(4) });
      const asVia = introduction({
        viaId: me,
        requestedAt: at(5),
        status: IntroductionStatus.ACCEPTED,
      });
      for (const record of [...outgoing, asExpert, asVia]) await sut.insert(record);

      const firstPage = await sut.list(
        { personId: me, direction: IntroductionDirection.OUTGOING },
        { first: 2, after: null },
      );
      expect(firstPage.items.map((r) => r.id)).toEqual([outgoing[2].id, outgoing[1].id]);
      expect(firstPage).toMatchObject({ hasNextPage: true, totalCount: 3 });
      const secondPage = await sut.list(
        { personId: me, direction: IntroductionDirection.OUTGOING },
        { first: 2, after: introductionSortKey(firstPage.items[1]) },
      );
      expect(secondPage.items.map((r) => r.id)).toEqual([outgoing[0].id]);
      expect(secondPage.hasNextPage).toBe(false);

      const incoming = await sut.list(
        { personId: me, direction: IntroductionDirection.INCOMING },
        { first: 10, after: null },
      );
      expect(incoming.items.map((r) => r.id)).toEqual([asVia.id, asExpert.id]);
      const accepted = await sut.list(
        {
          personId: me,
          direction: IntroductionDirection.INCOMING,
          status: IntroductionStatus.ACCEPTED,
        },
        { first: 10, after: null },
      );
      expect(accepted.items.map((r) => r.id)).toEqual([asVia.id]);
      expect(accepted.totalCount).toBe(1);
    });

    it('lists every introduction a person takes part in, oldest first', async () => {
      const me = `person-${randomUUID()}`;
      const asExpert = introduction({
        expertId: me,
        requestedAt: new Date('2026-10-02T09:00:00Z'),
      });
      const asRequester = introduction({
        requesterId: me,
        requestedAt: new Date('2026-10-01T09:00:00Z'),
      });
      const asVia = introduction({ viaId: me, requestedAt: new Date('2026-10-03T09:00:00Z') });
      for (const record of [asExpert, asRequester, asVia, introduction()]) await sut.insert(record);
      expect((await sut.involving(me)).map((r) => r.id)).toEqual([
        asRequester.id,
        asExpert.id,
        asVia.id,
      ]);
      expect(await sut.involving(`person-${randomUUID()}`)).toEqual([]);
    });

    it('anonymises a person: their id pseudonymised, free texts cleared, open requests cancelled', async () => {
      const me = `person-${randomUUID()}`;
      const pseudonym = `pseudonym:${randomUUID()}`;
      const day = (n: number) => new Date(`2026-10-0${n}T09:00:00Z`);
      const pending = introduction({ requesterId: me, requestedAt: day(1) });
      const accepted = introduction({
        expertId: me,
        requestedAt: day(2),
        status: IntroductionStatus.ACCEPTED,
        respondedAt: new Date('2026-11-02T10:00:00Z'),
        responseNote: 'Bel me maar',
      });
      const completed = introduction({
        viaId: me,
        requestedAt: day(3),
        status: IntroductionStatus.COMPLETED,
        respondedAt: new Date('2026-11-02T10:00:00Z'),
        completedAt: new Date('2026-11-05T10:00:00Z'),
        helpful: true,
        rating: 5,
        feedback: 'Top',
      });
      const unrelated = introduction();
      for (const record of [pending, accepted, completed, unrelated]) await sut.insert(record);

      expect(await sut.anonymise(me, pseudonym)).toBe(3);

      expect(await sut.involving(me)).toEqual([]);
      const after = await sut.involving(pseudonym);
      const cleared = { message: '', responseNote: null, feedback: null };
      expect(after).toEqual([
        { ...pending, ...cleared, requesterId: pseudonym, status: IntroductionStatus.CANCELLED },
        { ...accepted, ...cleared, expertId: pseudonym, status: IntroductionStatus.CANCELLED },
        { ...completed, ...cleared, viaId: pseudonym },
      ]);
      await expect(sut.findById(unrelated.id)).resolves.toEqual(unrelated);
      // The cancelled request no longer blocks a new one between the other two people.
      expect(await sut.insert(introduction({ expertId: accepted.requesterId }))).toBe(true);
      expect((await sut.countOpenFor([pending.expertId])).get(pending.expertId) ?? 0).toBe(0);

      expect(await sut.anonymise(me, pseudonym)).toBe(0);
      expect(await sut.involving(pseudonym)).toEqual(after);
    });
  });
}
