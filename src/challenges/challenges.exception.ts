import { DomainException } from '../common/errors/domain.exception';

export enum ChallengesErrorCode {
  CHALLENGE_NOT_FOUND = 'CHALLENGE_NOT_FOUND',
}

export class ChallengesException extends DomainException<ChallengesErrorCode> {
  constructor(code: ChallengesErrorCode, message: string) {
    super(code, message);
  }

  static notFound(id: string): ChallengesException {
    return new ChallengesException(
      ChallengesErrorCode.CHALLENGE_NOT_FOUND,
      `There is no challenge with id "${id}".`,
    );
  }
}
