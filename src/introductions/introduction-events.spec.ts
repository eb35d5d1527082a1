import { type OutboxEvent } from '../outbox/outbox-event';
import {
  eventsOfStep,
  helpedOutcomeOf,
  INTRODUCTION_HELPED,
  INTRODUCTION_NOTICE,
  NoticeKind,
  noticeOf,
} from './introduction-events';
import { IntroductionStatus, pendingIntroduction } from './introduction.record';

const AT = new Date('2026-11-02T10:00:00Z');
const pending = pendingIntroduction({
  id: 'i1',
  requesterId: 'ann',
  expertId: 'bob',
  viaId: null,
  challengeId: 'c1',
  message: 'Hallo Bob',
  requestedAt: AT,
});
const accepted = { ...pending, status: IntroductionStatus.ACCEPTED, respondedAt: AT };
const completed = (helpful: boolean) => ({
  ...accepted,
  status: IntroductionStatus.COMPLETED,
  completedAt: AT,
  helpful,
  rating: 5,
  feedback: 'Top',
});
const asClaimed = (draft: ReturnType<typeof eventsOfStep>[number]): OutboxEvent => ({
  ...draft,
  attempts: 0,
});

describe('eventsOfStep', () => {
  it('asks the expert, and the acquaintance to pass it on, when a request is made', () => {
    const notices = eventsOfStep(null, { ...pending, viaId: 'cas' }, AT).map(asClaimed);
    expect(notices.map((event) => event.type)).toEqual([INTRODUCTION_NOTICE, INTRODUCTION_NOTICE]);
    expect(notices.map(noticeOf)).toEqual([
      { introductionId: 'i1', kind: NoticeKind.REQUESTED, recipientId: 'bob' },
      { introductionId: 'i1', kind: NoticeKind.PASS_ON, recipientId: 'cas' },
    ]);
  });

  it('tells the requester the answer', () => {
    const [event] = eventsOfStep(pending, accepted, AT).map(asClaimed);
    expect(noticeOf(event)).toEqual({
      introductionId: 'i1',
      kind: NoticeKind.ANSWERED,
      recipientId: 'ann',
    });
  });

  it('projects a helpful completion to the graph, and tells the expert either way', () => {
    const helpful = eventsOfStep(accepted, completed(true), AT).map(asClaimed);
    expect(helpful.map((event) => event.type)).toEqual([INTRODUCTION_HELPED, INTRODUCTION_NOTICE]);
    expect(helpedOutcomeOf(helpful[0])).toEqual({
      eventId: helpful[0].id,
      introductionId: 'i1',
      expertId: 'bob',
      requesterId: 'ann',
      challengeId: 'c1',
      rating: 5,
      at: AT,
    });
    const unhelpful = eventsOfStep(accepted, completed(false), AT);
    expect(unhelpful.map((event) => event.type)).toEqual([INTRODUCTION_NOTICE]);
  });

  it('gives every event its own id, and no names or messages in the payload', () => {
    const events = [
      ...eventsOfStep(null, { ...pending, viaId: 'cas' }, AT),
      ...eventsOfStep(accepted, completed(true), AT),
    ];
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(JSON.stringify(events.map((event) => event.payload))).not.toMatch(/Hallo|Top/);
  });

  it('refuses a payload that is not what the type promises, naming the field', () => {
    const [event] = eventsOfStep(accepted, completed(true), AT).map(asClaimed);
    expect(() => helpedOutcomeOf({ ...event, payload: { ...event.payload, expertId: 7 } })).toThrow(
      /has no valid expertId/,
    );
    expect(() =>
      noticeOf({ ...event, payload: { introductionId: 'i1', recipientId: 'x' } }),
    ).toThrow(/has no valid kind/);
  });
});
