import { DomainException } from './domain.exception';

export enum CommonErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_CURSOR = 'INVALID_CURSOR',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  ADMIN_KEY_NOT_CONFIGURED = 'ADMIN_KEY_NOT_CONFIGURED',
  FORBIDDEN = 'FORBIDDEN',
  /** A credential could not be checked now (identity provider or store down); retry later. */
  CREDENTIAL_CHECK_UNAVAILABLE = 'CREDENTIAL_CHECK_UNAVAILABLE',
}

/** Errors that belong to no single feature: input validation, cursors, credentials. */
export class CommonException extends DomainException<CommonErrorCode> {
  constructor(code: CommonErrorCode, message: string) {
    super(code, message);
  }
}
