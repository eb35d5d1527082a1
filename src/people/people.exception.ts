import { DomainException } from '../common/errors/domain.exception';

export enum PeopleErrorCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  SELF_ACQUAINTANCE = 'SELF_ACQUAINTANCE',
  DUPLICATE_SKILL = 'DUPLICATE_SKILL',
  /** filter.minLevel was given without filter.skillId. */
  MIN_LEVEL_WITHOUT_SKILL = 'MIN_LEVEL_WITHOUT_SKILL',
}

export class PeopleException extends DomainException<PeopleErrorCode> {
  constructor(code: PeopleErrorCode, message: string) {
    super(code, message);
  }

  static notFound(id: string): PeopleException {
    return new PeopleException(
      PeopleErrorCode.PERSON_NOT_FOUND,
      `There is no person with id "${id}".`,
    );
  }

  static emailTaken(): PeopleException {
    // The message does not say who has the address: that would disclose personal data.
    return new PeopleException(
      PeopleErrorCode.EMAIL_TAKEN,
      'Another person in the directory already has this email address. Each address can belong to one person; leave email out or use another address.',
    );
  }

  static selfAcquaintance(): PeopleException {
    return new PeopleException(
      PeopleErrorCode.SELF_ACQUAINTANCE,
      'Invalid input: otherPersonId must differ from personId; a person cannot be their own acquaintance.',
    );
  }

  static duplicateSkills(skillIds: readonly string[]): PeopleException {
    const list = skillIds.map((id) => `"${id}"`).join(', ');
    return new PeopleException(
      PeopleErrorCode.DUPLICATE_SKILL,
      `Invalid input: skills lists ${list} more than once. Give each skillId once, with one level.`,
    );
  }

  static minLevelWithoutSkill(): PeopleException {
    return new PeopleException(
      PeopleErrorCode.MIN_LEVEL_WITHOUT_SKILL,
      'Invalid input: filter.minLevel needs filter.skillId (the skill whose level it bounds). Add skillId, or leave minLevel out.',
    );
  }
}
