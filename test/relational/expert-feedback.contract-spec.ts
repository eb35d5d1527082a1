import { randomUUID } from 'node:crypto';
import {
  type IntroductionRecord,
  IntroductionStatus,
  pendingIntroduction,
} from '../../src/introductions/introduction.record';
import { IntroductionsRepository } from '../../src/introductions/introductions.repository';
import { ExpertFeedbackRepository } from '../../src/matching/expert-feedback.repository';
import {
  describeFor,
  openRelational,
  type OpenRelational,
  relationalStoresForThisRun,
} from './relational-stores';

const AT = new Date('2026-11-01T09:00:00.000Z');

for (const { name: store, reachable } of relationalStoresForThisRun()) {
  describeFor({ name: store, reachable })(`ExpertFeedbackRepository on ${store}`, () => {
    let open: OpenRelational;
    let sut: ExpertFeedbackRepository;
    let introductions: IntroductionsRepository;
    beforeAll(async () => {
      open = await openRelational(store);
      sut = open.get(ExpertFeedbackRepository);
      introductions = open.get(IntroductionsRepository);
    });
    afterAll(() => open.close());

    /** Stores a request to `expertId` from a fresh requester, in the state `overrides` give. */
    async function introduction(
      expertId: string,
      overrides: Partial<IntroductionRecord>,
    ): Promise<void> {
      const record = pendingIntroduction({
        id: randomUUID(),
        requesterId: `person-${randomUUID()}`,
        expertId,
        viaId: null,
        challengeId: null,
        message: 'Mag ik bellen?',
        requestedAt: AT,
      });
      expect(await introductions.insert({ ...record, ...overrides })).toBe(true);
    }

    const completed = (helpful: boolean, rating: number): Partial<IntroductionRecord> => ({
      status: IntroductionStatus.COMPLETED,
      respondedAt: AT,
      completedAt: AT,
      helpful,
      rating,
    });

    it('counts per expert what the workflow learnt: answers, helpfulness, ratings, requests waiting', async () => {
      const [busy, helpful, quiet] = ['busy', 'helpful', 'quiet'].map(
        (name) => `${name}-${randomUUID()}`,
      );
      await introduction(busy, {});
      await introduction(busy, {});
      await introduction(busy, { status: IntroductionStatus.ACCEPTED, respondedAt: AT });
      await introduction(busy, { status: IntroductionStatus.DECLINED, respondedAt: AT });
      await introduction(helpful, completed(true, 5));
      await introduction(helpful, completed(true, 4));
      await introduction(helpful, completed(false, 2));

      const feedback = await sut.feedbackFor([busy, helpful, quiet]);
      expect(feedback.get(busy)).toEqual({
        accepted: 1,
        declined: 1,
        helpful: 0,
        unhelpful: 0,
        ratingSum: 0,
        rated: 0,
        open: 3,
      });
      expect(feedback.get(helpful)).toEqual({
        accepted: 3,
        declined: 0,
        helpful: 2,
        unhelpful: 1,
        ratingSum: 11,
        rated: 3,
        open: 0,
      });
      expect(feedback.has(quiet)).toBe(false);
    });

    it('answers for long lists of experts, in chunks', async () => {
      const expert = `long-${randomUUID()}`;
      await introduction(expert, {});
      const many = [...Array.from({ length: 1200 }, () => randomUUID()), expert];
      const feedback = await sut.feedbackFor(many);
      expect([...feedback.keys()]).toEqual([expert]);
      expect(await sut.feedbackFor([])).toEqual(new Map());
    });
  });
}
