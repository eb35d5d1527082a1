import { DomainException } from './domain.exception';

export enum CommonErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  INVALID_CURSOR = 'INVALID_CURSOR',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  ADMIN_KEY_NOT_CONFIGURED = 'ADMIN_KEY_NOT_CONFIGURED',
  FORBIDDEN = 'FORBIDDEN',
}

/** Errors that belong to no single feature: input validation, cursors, credentials. */
export class CommonException extends DomainException<CommonErrorCode> {
  constructor(code: CommonErrorCode, message: string) {
    super(code, message);
  }
}
