import { DomainException } from '../common/errors/domain.exception';
import { type ProgrammeStatus } from './programme-status';

export enum LearningErrorCode {
  PROGRAMME_NOT_FOUND = 'PROGRAMME_NOT_FOUND',
  /** Neither or both of collaborationId and municipalityCode. */
  PROGRAMME_OWNER_INVALID = 'PROGRAMME_OWNER_INVALID',
  /** Input that breaks a programme rule (dates, levels, a mentor pair, a circle). */
  PROGRAMME_INPUT_INVALID = 'PROGRAMME_INPUT_INVALID',
  /** A change to a COMPLETED or CANCELLED programme, or progress outside an ACTIVE one. */
  PROGRAMME_WRONG_STATUS = 'PROGRAMME_WRONG_STATUS',
  /** Someone managing a programme they do not coordinate. */
  NOT_YOUR_PROGRAMME = 'NOT_YOUR_PROGRAMME',
  /** A participant from outside the municipalities that run the programme. */
  OUTSIDE_PROGRAMME_AREA = 'OUTSIDE_PROGRAMME_AREA',
  /** A person named as participant (or mentor) who is none. */
  NOT_IN_PROGRAMME = 'NOT_IN_PROGRAMME',
  /** A mentor who already guides as many participants as allowed. */
  MENTOR_AT_CAPACITY = 'MENTOR_AT_CAPACITY',
  /** Circles asked for fewer participants than one circle needs. */
  TOO_FEW_FOR_CIRCLES = 'TOO_FEW_FOR_CIRCLES',
}

export class LearningException extends DomainException<LearningErrorCode> {
  constructor(code: LearningErrorCode, message: string) {
    super(code, message);
  }

  static notFound(id: string): LearningException {
    return new LearningException(
      LearningErrorCode.PROGRAMME_NOT_FOUND,
      `There is no learning programme with id "${id}".`,
    );
  }

  static ownerInvalid(): LearningException {
    return new LearningException(
      LearningErrorCode.PROGRAMME_OWNER_INVALID,
      'A programme is run by one collaboration or one municipality: give exactly one of collaborationId and municipalityCode.',
    );
  }

  static inputInvalid(message: string): LearningException {
    return new LearningException(LearningErrorCode.PROGRAMME_INPUT_INVALID, message);
  }

  static wrongStatus(id: string, status: ProgrammeStatus, what: string): LearningException {
    return new LearningException(
      LearningErrorCode.PROGRAMME_WRONG_STATUS,
      `Learning programme ${id} is ${status}; ${what}`,
    );
  }

  static notYours(id: string): LearningException {
    return new LearningException(
      LearningErrorCode.NOT_YOUR_PROGRAMME,
      `Only the coordinator of learning programme ${id}, writers of a municipality that runs it, and administrators may manage it or see its suggestions.`,
    );
  }

  static outsideArea(personId: string, municipalityCode: string): LearningException {
    return new LearningException(
      LearningErrorCode.OUTSIDE_PROGRAMME_AREA,
      `Person ${personId} works at ${municipalityCode}, which does not run this programme: participants come from the municipalities that run it (mentors may come from anywhere).`,
    );
  }

  static notInProgramme(personId: string, role: 'participant' | 'mentor'): LearningException {
    return new LearningException(
      LearningErrorCode.NOT_IN_PROGRAMME,
      `Person ${personId} is not a ${role} of this programme; add them as ${role} first.`,
    );
  }

  static mentorAtCapacity(personId: string, capacity: number): LearningException {
    return new LearningException(
      LearningErrorCode.MENTOR_AT_CAPACITY,
      `Mentor ${personId} already guides ${capacity} participants, the most allowed (MENTOR_CAPACITY); choose another mentor or free one of their pairs.`,
    );
  }

  static tooFewForCircles(count: number, minimum: number): LearningException {
    return new LearningException(
      LearningErrorCode.TOO_FEW_FOR_CIRCLES,
      `A learning circle needs at least ${minimum} participants; this programme has ${count}. Add participants first.`,
    );
  }
}
