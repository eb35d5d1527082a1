import { DomainException } from '../common/errors/domain.exception';

export enum GraphStoreErrorCode {
  /** A write violated a uniqueness rule (a primary key or constraint). */
  DUPLICATE = 'DUPLICATE',
  /** The store cannot be reached or opened right now. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** A graph schema migration failed; the service must not start. */
  MIGRATION_FAILED = 'MIGRATION_FAILED',
}

export class GraphStoreException extends DomainException<GraphStoreErrorCode> {
  constructor(code: GraphStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
