import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { type NextFunction, type Request, type Response } from 'express';

interface RequestContext {
  readonly correlationId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Gives every HTTP request a correlation id (the caller's X-Correlation-Id when it is a sane
 * token, else a new UUID), echoes it in the response, and makes it available to the error
 * formatter and logs down the async call chain.
 */
export function requestContextMiddleware(
  request: Request,
  response: Response,
  next: NextFunction,
): void {
  const given = request.header('x-correlation-id');
  const correlationId = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
  response.setHeader('X-Correlation-Id', correlationId);
  storage.run({ correlationId }, next);
}

export function currentCorrelationId(): string {
  return storage.getStore()?.correlationId ?? randomUUID();
}
