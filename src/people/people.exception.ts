import { DomainException } from '../common/errors/domain.exception';

export enum PeopleErrorCode {
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  SELF_ACQUAINTANCE = 'SELF_ACQUAINTANCE',
  DUPLICATE_SKILL = 'DUPLICATE_SKILL',
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
}
