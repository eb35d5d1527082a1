/** 'SUCCESS', or the `extensions.code` the caller received (BAD_USER_INPUT, UNAUTHENTICATED, ...). */
export type AuditResult = string;

/**
 * One audited call of a mutation: who (actor, origin) did what (action) to which object
 * (objectType, objectId), when, with which result. Ids only: no names, e-mail addresses or
 * arguments, so the log itself holds no personal data beyond identifiers.
 */
export interface AuditLogRecord {
  readonly id: string;
  readonly at: Date;
  /** The mutation's field name, e.g. createPerson. */
  readonly action: string;
  /** From @Audit('Person'). */
  readonly objectType: string;
  readonly objectId: string | null;
  readonly result: AuditResult;
  /** The client's IP address as the service saw it. */
  readonly origin: string;
  /** 'admin', 'anonymous' or 'rejected' today; an API client or person id later. */
  readonly actor: string;
  readonly correlationId: string;
}

export interface AuditLogFilter {
  readonly objectType?: string;
  readonly objectId?: string;
}
