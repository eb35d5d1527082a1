/**
 * The relational database could not be opened or migrated: the service must not start. Not a
 * DomainException, because it never reaches an API answer; main.ts prints its message.
 */
export class RelationalStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'RelationalStoreError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
