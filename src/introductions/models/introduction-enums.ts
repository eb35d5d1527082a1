import { registerEnumType } from '@nestjs/graphql';
import { IntroductionDirection, IntroductionStatus } from '../introduction.record';

/** The expert's answer: a subset of the statuses, so a request cannot be answered COMPLETED. */
export enum IntroductionAnswerChoice {
  ACCEPTED = IntroductionStatus.ACCEPTED,
  DECLINED = IntroductionStatus.DECLINED,
}

registerEnumType(IntroductionStatus, {
  name: 'IntroductionStatus',
  description: 'PENDING until the expert answers; ACCEPTED until the requester completes it.',
});
registerEnumType(IntroductionDirection, {
  name: 'IntroductionDirection',
  description: 'INCOMING: requests to you or passed through you; OUTGOING: requests you made.',
});
registerEnumType(IntroductionAnswerChoice, { name: 'IntroductionAnswer' });
