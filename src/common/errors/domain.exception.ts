/**
 * Base of every feature's exception: a machine-readable `code` (a string enum owned by the
 * feature) and a message written for the person reading the API answer. The code, never the
 * message, decides the `extensions.code` of the answer (see error-table.ts).
 */
export abstract class DomainException<Code extends string = string> extends Error {
  /** Numbers a client can act on, added to `extensions` (e.g. retryAfterSeconds). */
  readonly details?: Readonly<Record<string, number>>;

  protected constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
