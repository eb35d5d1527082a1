import { DomainException } from '../common/errors/domain.exception';

export enum RelationalStoreErrorCode {
  /** The relational database (PostgreSQL) cannot be reached right now. */
  RELATIONAL_UNAVAILABLE = 'RELATIONAL_UNAVAILABLE',
}

/** A relational store failure a caller can act on (try again later), unlike a start failure. */
export class RelationalStoreException extends DomainException<RelationalStoreErrorCode> {
  constructor(code: RelationalStoreErrorCode, message: string) {
    super(code, message);
  }
}
