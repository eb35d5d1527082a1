import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response } from 'express';

interface RequestContext {
  readonly correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

const SANE_ID = /^[A-Za-z0-9._-]{8,64}$/;
/** W3C Trace Context: version, 32 hex trace id (not all zeros), parent id, flags. */
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * The id the caller (or the proxy in front) gave the request: X-Correlation-Id, else
 * X-Request-Id (what ingresses add), else the trace id of a W3C traceparent; only sane tokens.
 */
export function givenCorrelationId(header: (name: string) => string | undefined): string | null {
  for (const name of ['x-correlation-id', 'x-request-id']) {
    const value = header(name)?.trim();
    if (value && SANE_ID.test(value)) return value;
  }
  const trace = TRACEPARENT.exec(header('traceparent')?.trim().toLowerCase() ?? '');
  return trace && !/^0+$/.test(trace[1]) ? trace[1] : null;
}

/**
 * Gives every HTTP request a correlation id (one the caller gave, see givenCorrelationId, else a
 * new UUID), echoes it in the response, and makes it available to the error formatter and logs
 * down the async call chain.
 */
export function requestContextMiddleware(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const correlationId = givenCorrelationId((name) => request.header(name)) ?? randomUUID();
  response.setHeader('X-Correlation-Id', correlationId);
  storage.run({ correlationId }, next);
}

export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}
