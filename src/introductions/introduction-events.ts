import { randomUUID } from 'node:crypto';
import { type OutboxEvent, type OutboxEventDraft } from '../outbox/outbox-event';
import { type HelpedOutcome } from './introduction-outcomes.repository';
import { type IntroductionRecord, IntroductionStatus } from './introduction.record';

/**
 * The outbox events the introduction workflow writes with its steps. Each has one effect: the
 * graph projection of a helpful introduction, or one notice to one person. Payloads carry ids
 * only; names and addresses are read when the event is applied, so a person erased meanwhile
 * is not written to.
 */
export const INTRODUCTION_HELPED = 'introduction.helped';
export const INTRODUCTION_NOTICE = 'introduction.notice';

/** Why a person is sent a notice. */
export enum NoticeKind {
  /** To the expert: someone asks to meet them. */
  REQUESTED = 'INTRODUCTION_REQUESTED',
  /** To the acquaintance named as `via`: please pass the request on. */
  PASS_ON = 'INTRODUCTION_PASS_ON',
  /** To the requester: the expert accepted or declined. */
  ANSWERED = 'INTRODUCTION_ANSWERED',
  /** To the expert: the requester closed the introduction. */
  COMPLETED = 'INTRODUCTION_COMPLETED',
}

export interface NoticePayload {
  readonly introductionId: string;
  readonly kind: NoticeKind;
  readonly recipientId: string;
}

/** The events a step from `before` to `after` causes. */
export function eventsOfStep(
  before: IntroductionRecord | null,
  after: IntroductionRecord,
  at: Date,
): OutboxEventDraft[] {
  const notice = (kind: NoticeKind, recipientId: string): OutboxEventDraft =>
    draft(INTRODUCTION_NOTICE, { introductionId: after.id, kind, recipientId }, at);
  if (before === null) {
    return [
      notice(NoticeKind.REQUESTED, after.expertId),
      ...(after.viaId !== null ? [notice(NoticeKind.PASS_ON, after.viaId)] : []),
    ];
  }
  if (after.status === IntroductionStatus.COMPLETED) {
    return [
      ...(after.helpful ? [helped(after, at)] : []),
      notice(NoticeKind.COMPLETED, after.expertId),
    ];
  }
  return [notice(NoticeKind.ANSWERED, after.requesterId)];
}

function helped(record: IntroductionRecord, at: Date): OutboxEventDraft {
  return draft(
    INTRODUCTION_HELPED,
    {
      introductionId: record.id,
      expertId: record.expertId,
      requesterId: record.requesterId,
      challengeId: record.challengeId,
      rating: record.rating,
      at: (record.completedAt ?? at).toISOString(),
    },
    at,
  );
}

function draft(type: string, payload: Record<string, unknown>, at: Date): OutboxEventDraft {
  return { id: randomUUID(), type, payload, createdAt: at };
}

/** The outcome an INTRODUCTION_HELPED event carries; the event's id keys it in the graph. */
export function helpedOutcomeOf(event: OutboxEvent): HelpedOutcome {
  const p = event.payload;
  const text = (key: string): string => {
    if (typeof p[key] !== 'string') throw malformed(event, key);
    return p[key];
  };
  const rating = p.rating ?? null;
  if (rating !== null && typeof rating !== 'number') throw malformed(event, 'rating');
  const challengeId = p.challengeId ?? null;
  if (challengeId !== null && typeof challengeId !== 'string')
    throw malformed(event, 'challengeId');
  return {
    eventId: event.id,
    introductionId: text('introductionId'),
    expertId: text('expertId'),
    requesterId: text('requesterId'),
    challengeId,
    rating,
    at: new Date(text('at')),
  };
}

export function noticeOf(event: OutboxEvent): NoticePayload {
  const { introductionId, kind, recipientId } = event.payload;
  if (typeof introductionId !== 'string') throw malformed(event, 'introductionId');
  if (typeof recipientId !== 'string') throw malformed(event, 'recipientId');
  if (!Object.values(NoticeKind).includes(kind as NoticeKind)) throw malformed(event, 'kind');
  return { introductionId, kind: kind as NoticeKind, recipientId };
}

function malformed(event: OutboxEvent, key: string): Error {
  return new Error(`outbox event ${event.id} (${event.type}) has no valid ${key}`);
}
