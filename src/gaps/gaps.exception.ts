import { DomainException } from '../common/errors/domain.exception';

export enum GapsErrorCode {
  /** Neither or both of municipalityCode and collaborationId. */
  GAP_AREA_INVALID = 'GAP_AREA_INVALID',
  /** Challenges named that another municipality faces. */
  CHALLENGE_OUTSIDE_AREA = 'CHALLENGE_OUTSIDE_AREA',
  /** Knowledge at risk of an area the caller does not belong to. */
  NOT_YOUR_AREA = 'NOT_YOUR_AREA',
  /** A skill coverage asked for without a collaboration. */
  COVERAGE_NEEDS_COLLABORATION = 'COVERAGE_NEEDS_COLLABORATION',
}

export class GapsException extends DomainException<GapsErrorCode> {
  constructor(code: GapsErrorCode, message: string) {
    super(code, message);
  }

  static areaInvalid(): GapsException {
    return new GapsException(
      GapsErrorCode.GAP_AREA_INVALID,
      'Give exactly one of municipalityCode (one municipality) and collaborationId (all its members).',
    );
  }

  static challengesOutsideArea(ids: readonly string[]): GapsException {
    return new GapsException(
      GapsErrorCode.CHALLENGE_OUTSIDE_AREA,
      `challengeIds: ${ids.map((id) => `"${id}"`).join(', ')} ${ids.length === 1 ? 'is' : 'are'} not faced by the municipality or collaboration asked about; leave ${ids.length === 1 ? 'it' : 'them'} out or ask about the area that faces ${ids.length === 1 ? 'it' : 'them'}.`,
    );
  }

  static coverageNeedsCollaboration(): GapsException {
    return new GapsException(
      GapsErrorCode.COVERAGE_NEEDS_COLLABORATION,
      'A skill coverage compares the members of one collaboration: give collaborationId (and no municipalityCode).',
    );
  }

  static notYourArea(): GapsException {
    return new GapsException(
      GapsErrorCode.NOT_YOUR_AREA,
      'Knowledge at risk names people: it is shown only to HR of the municipality asked about (or of a member of the collaboration asked about) and to administrators.',
    );
  }
}
