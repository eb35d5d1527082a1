import { DomainException } from '../common/errors/domain.exception';
import { type IntroductionStatus } from './introduction.record';

export enum IntroductionsErrorCode {
  INTRODUCTION_NOT_FOUND = 'INTRODUCTION_NOT_FOUND',
  /** The caller is not the person the step belongs to (the expert answers, the requester completes). */
  NOT_YOUR_INTRODUCTION = 'NOT_YOUR_INTRODUCTION',
  /** Only a person (signed in, or an API client acting for one) can ask for an introduction. */
  REQUESTER_REQUIRED = 'REQUESTER_REQUIRED',
  /** A signed-in person naming someone else, or an API client naming a person of another municipality. */
  ACTING_FOR_OTHER = 'ACTING_FOR_OTHER',
  INTRODUCTION_WRONG_STATUS = 'INTRODUCTION_WRONG_STATUS',
  INTRODUCTION_ALREADY_OPEN = 'INTRODUCTION_ALREADY_OPEN',
  INTRODUCTION_TO_SELF = 'INTRODUCTION_TO_SELF',
  VIA_NOT_ACQUAINTED = 'VIA_NOT_ACQUAINTED',
  DAILY_LIMIT_REACHED = 'DAILY_LIMIT_REACHED',
  EXPERT_BUSY = 'EXPERT_BUSY',
}

export class IntroductionsException extends DomainException<IntroductionsErrorCode> {
  constructor(
    code: IntroductionsErrorCode,
    message: string,
    override readonly details: Readonly<Record<string, number>> = {},
  ) {
    super(code, message);
  }

  static notFound(id: string): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.INTRODUCTION_NOT_FOUND,
      `There is no introduction ${id} that you take part in. List yours with myIntroductions.`,
    );
  }

  static notYours(id: string, who: 'expert' | 'requester'): IntroductionsException {
    const step = who === 'expert' ? 'answer it' : 'complete it';
    return new IntroductionsException(
      IntroductionsErrorCode.NOT_YOUR_INTRODUCTION,
      `Only the ${who} of introduction ${id} may ${step}.`,
    );
  }

  static requesterRequired(): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.REQUESTER_REQUIRED,
      'Introductions are asked for, answered and completed by a person: sign in, or call with an API key and name the person in onBehalfOf.',
    );
  }

  static actingForOther(personId: string, municipalityCode: string): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.ACTING_FOR_OTHER,
      `You may not act for person ${personId}: a signed-in person acts only for themselves, an API key only for people of its own municipality (${municipalityCode}).`,
    );
  }

  static wrongStatus(
    id: string,
    status: IntroductionStatus,
    step: string,
    expected: IntroductionStatus,
  ): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.INTRODUCTION_WRONG_STATUS,
      `Introduction ${id} is ${status}; it can be ${step} only while it is ${expected}.`,
    );
  }

  static alreadyOpen(id: string): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.INTRODUCTION_ALREADY_OPEN,
      `You already have an open introduction request to this person (${id}); wait for the answer or complete it first.`,
    );
  }

  static toSelf(): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.INTRODUCTION_TO_SELF,
      'You cannot ask for an introduction to yourself.',
    );
  }

  static viaNotAcquainted(viaId: string): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.VIA_NOT_ACQUAINTED,
      `Person ${viaId} is not one of your acquaintances, so they cannot pass the request on. Leave out via, or name someone on the introduction path.`,
    );
  }

  static dailyLimit(limit: number, retryAfterSeconds: number): IntroductionsException {
    const hours = Math.ceil(retryAfterSeconds / 3600);
    return new IntroductionsException(
      IntroductionsErrorCode.DAILY_LIMIT_REACHED,
      `You asked for ${limit} introductions in the last 24 hours, the most allowed; you can ask again in ${hours} hour(s).`,
      { retryAfterSeconds, limit },
    );
  }

  static expertBusy(cap: number): IntroductionsException {
    return new IntroductionsException(
      IntroductionsErrorCode.EXPERT_BUSY,
      `This person already has ${cap} open introduction requests, the most allowed; ask one of the other recommended colleagues, or try again later.`,
    );
  }
}
