import { DomainException } from '../common/errors/domain.exception';

export enum SecurityErrorCode {
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS = 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  TOO_MANY_OPERATIONS = 'TOO_MANY_OPERATIONS',
  BODY_TOO_LARGE = 'BODY_TOO_LARGE',
  EXECUTION_TIMEOUT = 'EXECUTION_TIMEOUT',
}

/** Extra facts a client can act on, e.g. the limit that was exceeded or when to retry. */
export type SecurityDetails = Readonly<Record<string, number>>;

/** A request refused by one of the endpoint's limits (docs/security.md lists them). */
export class SecurityException extends DomainException<SecurityErrorCode> {
  constructor(
    code: SecurityErrorCode,
    message: string,
    override readonly details: SecurityDetails = {},
  ) {
    super(code, message);
  }
}
