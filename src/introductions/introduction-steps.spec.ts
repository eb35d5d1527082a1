import { complete, respond, takesPart } from './introduction-steps';
import {
  type IntroductionRecord,
  IntroductionStatus,
  pendingIntroduction,
} from './introduction.record';
import { IntroductionsErrorCode } from './introductions.exception';

const pending: IntroductionRecord = pendingIntroduction({
  id: 'i-1',
  requesterId: 'ann',
  expertId: 'bob',
  viaId: 'cas',
  challengeId: null,
  message: 'Hallo',
  requestedAt: new Date('2026-11-01T09:00:00Z'),
});
const at = new Date('2026-11-02T09:00:00Z');
const accept = { answer: IntroductionStatus.ACCEPTED, note: 'Graag' } as const;
const helped = { helpful: true, rating: 5, feedback: null };

const codeOf = (step: () => unknown): string | undefined => {
  try {
    step();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('introduction steps', () => {
  it('lets the expert accept or decline a pending request, with a note and a time', () => {
    expect(respond(pending, 'bob', accept, at)).toEqual({
      ...pending,
      status: IntroductionStatus.ACCEPTED,
      respondedAt: at,
      responseNote: 'Graag',
    });
    expect(
      respond(pending, 'bob', { answer: IntroductionStatus.DECLINED, note: null }, at).status,
    ).toBe(IntroductionStatus.DECLINED);
  });

  it('lets the requester complete an accepted request with whether it helped', () => {
    const accepted = respond(pending, 'bob', accept, at);
    expect(complete(accepted, 'ann', helped, at)).toMatchObject({
      status: IntroductionStatus.COMPLETED,
      completedAt: at,
      helpful: true,
      rating: 5,
    });
  });

  it('refuses a step by anyone but its owner: the requester or via cannot answer, the expert cannot complete', () => {
    for (const who of ['ann', 'cas', 'dirk']) {
      expect(codeOf(() => respond(pending, who, accept, at))).toBe(
        IntroductionsErrorCode.NOT_YOUR_INTRODUCTION,
      );
    }
    const accepted = respond(pending, 'bob', accept, at);
    expect(codeOf(() => complete(accepted, 'bob', helped, at))).toBe(
      IntroductionsErrorCode.NOT_YOUR_INTRODUCTION,
    );
  });

  it.each([
    ['answer twice', IntroductionStatus.ACCEPTED, 'respond'],
    ['answer a completed one', IntroductionStatus.COMPLETED, 'respond'],
    ['complete a pending one', IntroductionStatus.PENDING, 'complete'],
    ['complete a declined one', IntroductionStatus.DECLINED, 'complete'],
    ['complete twice', IntroductionStatus.COMPLETED, 'complete'],
  ])('refuses to %s', (_, status, step) => {
    const record = { ...pending, status };
    const take =
      step === 'respond'
        ? () => respond(record, 'bob', accept, at)
        : () => complete(record, 'ann', helped, at);
    expect(codeOf(take)).toBe(IntroductionsErrorCode.INTRODUCTION_WRONG_STATUS);
  });

  it('knows who takes part: requester, expert and via', () => {
    expect(['ann', 'bob', 'cas', 'dirk'].map((who) => takesPart(pending, who))).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
