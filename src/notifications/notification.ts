/**
 * What people are told about an introduction, by e-mail or otherwise. Plain values only: the
 * outbox stores a notice as JSON and the notifier that sends it knows no store.
 */

/** Which step of an introduction a notice is about; each has its own mail. */
export type NotificationKind =
  | 'INTRODUCTION_REQUESTED'
  | 'INTRODUCTION_PASS_ON'
  | 'INTRODUCTION_ANSWERED'
  | 'INTRODUCTION_COMPLETED';

export interface Recipient {
  readonly personId: string;
  readonly name: string;
  /** Null for a person without an e-mail address: nothing is sent, and that is no failure. */
  readonly email: string | null;
}

/** The other party of the introduction, as the recipient should know them. */
export interface Counterpart {
  readonly name: string;
  readonly municipalityName: string | null;
}

interface NoticeBase {
  readonly introductionId: string;
  readonly recipient: Recipient;
  readonly counterpart: Counterpart;
  readonly challengeTitle: string | null;
  /** The requester's message (REQUESTED, PASS_ON, COMPLETED) or the expert's note (ANSWERED). */
  readonly message: string | null;
}

/** To the expert: the requester (counterpart) asks to meet them. */
export interface IntroductionRequestedNotice extends NoticeBase {
  readonly kind: 'INTRODUCTION_REQUESTED';
}

/** To the acquaintance named as `via`: would they put the requester (counterpart) in touch? */
export interface IntroductionPassOnNotice extends NoticeBase {
  readonly kind: 'INTRODUCTION_PASS_ON';
  /** Whom the requester wants to meet. */
  readonly expertName: string;
}

/** To the requester: the expert (counterpart) accepted or declined. */
export interface IntroductionAnsweredNotice extends NoticeBase {
  readonly kind: 'INTRODUCTION_ANSWERED';
  readonly answer: 'ACCEPTED' | 'DECLINED';
}

/** To the expert: the requester (counterpart) closed the introduction. */
export interface IntroductionCompletedNotice extends NoticeBase {
  readonly kind: 'INTRODUCTION_COMPLETED';
}

export type IntroductionNotice =
  | IntroductionRequestedNotice
  | IntroductionPassOnNotice
  | IntroductionAnsweredNotice
  | IntroductionCompletedNotice;

/** The recipient's address, or null when they have none (blank counts as none). */
export function addressOf(recipient: Recipient): string | null {
  const email = recipient.email?.trim() ?? '';
  return email === '' ? null : email;
}
