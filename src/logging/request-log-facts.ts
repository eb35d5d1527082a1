import { type Response } from 'express';
import { type Caller } from '../common/request/caller';

/**
 * What the request log line says beyond HTTP: the GraphQL operation and who called. Filled in
 * while the request runs (the GraphQL plugin), read when the answer has gone out (pino-http).
 * Ids of callers only, never names, tokens or keys; a signed-in person is logged by kind alone
 * (their id is personal data, and logs are not erased with the person).
 */
export interface RequestLogFacts {
  operations: string[];
  callerKind?: Caller['kind'];
  callerId?: string;
}

const KEY = 'kennissenLog';

export function requestLogFacts(response: Response): RequestLogFacts {
  const locals = response.locals as Record<string, unknown>;
  const existing = locals[KEY] as RequestLogFacts | undefined;
  if (existing) return existing;
  const created: RequestLogFacts = { operations: [] };
  locals[KEY] = created;
  return created;
}

/** The caller's id as the log may carry it: the administrator and API clients, not people. */
export function callerLogId(caller: Caller): string | undefined {
  switch (caller.kind) {
    case 'admin':
    case 'client':
      return caller.actorId;
    default:
      return undefined;
  }
}
