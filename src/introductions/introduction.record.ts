/**
 * An introduction: a person (the requester) asks to be put in touch with an expert, optionally
 * about one of their challenges and optionally through an acquaintance on the introduction path
 * who is asked to pass the request on. Kept in the relational store (operational record).
 *
 *   PENDING ──respond──▶ ACCEPTED ──complete──▶ COMPLETED
 *      │                                   (helpful, rating 1..5)
 *      └────respond──▶ DECLINED
 *
 * An open request (PENDING or ACCEPTED) whose requester or expert is erased becomes CANCELLED.
 */
export enum IntroductionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** The statuses in which a request still asks something of the expert or the requester. */
export const OPEN_STATUSES: readonly IntroductionStatus[] = [
  IntroductionStatus.PENDING,
  IntroductionStatus.ACCEPTED,
];

export type IntroductionAnswer = IntroductionStatus.ACCEPTED | IntroductionStatus.DECLINED;

export interface IntroductionRecord {
  readonly id: string;
  readonly requesterId: string;
  readonly expertId: string;
  /** The acquaintance asked to pass the request on, when the requester named one. */
  readonly viaId: string | null;
  readonly challengeId: string | null;
  readonly message: string;
  readonly status: IntroductionStatus;
  readonly requestedAt: Date;
  readonly respondedAt: Date | null;
  readonly responseNote: string | null;
  readonly completedAt: Date | null;
  readonly helpful: boolean | null;
  readonly rating: number | null;
  readonly feedback: string | null;
}

/** Whose side of an introduction a listing shows. */
export enum IntroductionDirection {
  /** Requests to the caller (as the expert) or passed through them (as `via`). */
  INCOMING = 'INCOMING',
  /** Requests the caller made. */
  OUTGOING = 'OUTGOING',
}

/** What a new request is made of; the rest of a record is filled in by the later steps. */
export type NewIntroduction = Pick<
  IntroductionRecord,
  'id' | 'requesterId' | 'expertId' | 'viaId' | 'challengeId' | 'message' | 'requestedAt'
>;

/** A new request: PENDING, with no answer or outcome yet. */
export function pendingIntroduction(request: NewIntroduction): IntroductionRecord {
  return {
    ...request,
    status: IntroductionStatus.PENDING,
    respondedAt: null,
    responseNote: null,
    completedAt: null,
    helpful: null,
    rating: null,
    feedback: null,
  };
}

export function isOpen(status: IntroductionStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
