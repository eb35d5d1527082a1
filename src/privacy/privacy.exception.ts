import { DomainException } from '../common/errors/domain.exception';

export enum PrivacyErrorCode {
  /** Only the person themselves (signed in) or an administrator exercises a person's rights. */
  NOT_THE_DATA_SUBJECT = 'NOT_THE_DATA_SUBJECT',
  /** The administrator must say whose data. */
  DATA_SUBJECT_REQUIRED = 'DATA_SUBJECT_REQUIRED',
  /** An export of someone who is not in the directory. */
  DATA_SUBJECT_NOT_FOUND = 'DATA_SUBJECT_NOT_FOUND',
}

export class PrivacyException extends DomainException<PrivacyErrorCode> {
  static notTheSubject(): PrivacyException {
    return new PrivacyException(
      PrivacyErrorCode.NOT_THE_DATA_SUBJECT,
      'A person exports or erases only their own data (signed in); for someone else an administrator acts on their request.',
    );
  }

  static subjectRequired(): PrivacyException {
    return new PrivacyException(
      PrivacyErrorCode.DATA_SUBJECT_REQUIRED,
      'Name the person whose data this is in personId (an administrator acts for someone else).',
    );
  }

  static notFound(id: string): PrivacyException {
    return new PrivacyException(
      PrivacyErrorCode.DATA_SUBJECT_NOT_FOUND,
      `There is no person ${id} in the directory (never added, or erased).`,
    );
  }
}
