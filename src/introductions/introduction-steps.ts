import {
  type IntroductionAnswer,
  type IntroductionRecord,
  IntroductionStatus,
} from './introduction.record';
import { IntroductionsException } from './introductions.exception';

/**
 * The workflow's steps as pure functions: who may take a step, from which status, and the
 * record afterwards. The service stores the result with a check that the status is still the
 * one read, so two answers racing cannot both win.
 */

export interface Response {
  readonly answer: IntroductionAnswer;
  readonly note: string | null;
}

export interface Completion {
  readonly helpful: boolean;
  /** 1..5, checked at the edge. */
  readonly rating: number;
  readonly feedback: string | null;
}

export function respond(
  record: IntroductionRecord,
  personId: string,
  response: Response,
  at: Date,
): IntroductionRecord {
  if (record.expertId !== personId) throw IntroductionsException.notYours(record.id, 'expert');
  requireStatus(record, IntroductionStatus.PENDING, 'answered');
  return { ...record, status: response.answer, respondedAt: at, responseNote: response.note };
}

export function complete(
  record: IntroductionRecord,
  personId: string,
  completion: Completion,
  at: Date,
): IntroductionRecord {
  if (record.requesterId !== personId) {
    throw IntroductionsException.notYours(record.id, 'requester');
  }
  requireStatus(record, IntroductionStatus.ACCEPTED, 'completed');
  return {
    ...record,
    status: IntroductionStatus.COMPLETED,
    completedAt: at,
    helpful: completion.helpful,
    rating: completion.rating,
    feedback: completion.feedback,
  };
}

/** Whether `personId` takes part in the introduction and may therefore see it. */
export function takesPart(record: IntroductionRecord, personId: string): boolean {
  return [record.requesterId, record.expertId, record.viaId].includes(personId);
}

function requireStatus(
  record: IntroductionRecord,
  expected: IntroductionStatus,
  step: string,
): void {
  if (record.status !== expected) {
    throw IntroductionsException.wrongStatus(record.id, record.status, step, expected);
  }
}
