import { DomainException } from '../common/errors/domain.exception';

export enum MatchingErrorCode {
  /** Neither challengeId nor description, or both. */
  RECOMMEND_SUBJECT_INVALID = 'RECOMMEND_SUBJECT_INVALID',
  /** The description has no word to search for, and no skillIds were sent. */
  NOTHING_TO_MATCH = 'NOTHING_TO_MATCH',
  /** Any other broken rule of the request (first, description length, includeOwnMunicipality). */
  RECOMMEND_INPUT_INVALID = 'RECOMMEND_INPUT_INVALID',
}

export const MAX_DESCRIPTION_LENGTH = 5000;
export const MAX_RECOMMENDATIONS = 50;

/** Completes "Send ..." in messages about what a recommendation request needs. */
export const SUBJECT_RULE =
  'either challengeId (an existing challenge, e.g. "demo-challenge-0001") or description (the challenge in your own words, Dutch, up to 5000 characters), not both';

export class MatchingException extends DomainException<MatchingErrorCode> {
  constructor(code: MatchingErrorCode, message: string) {
    super(code, message);
  }

  static subjectInvalid(): MatchingException {
    return new MatchingException(
      MatchingErrorCode.RECOMMEND_SUBJECT_INVALID,
      `Invalid input: send ${SUBJECT_RULE}.`,
    );
  }

  static nothingToMatch(): MatchingException {
    return new MatchingException(
      MatchingErrorCode.NOTHING_TO_MATCH,
      'Invalid input: description has no words to match (only numbers, punctuation or very common words such as "de" and "van"). Describe the challenge in words, e.g. "regionale inkoop van jeugdhulp", or add skillIds.',
    );
  }

  static inputInvalid(problem: string): MatchingException {
    return new MatchingException(
      MatchingErrorCode.RECOMMEND_INPUT_INVALID,
      `Invalid input: ${problem}.`,
    );
  }
}
