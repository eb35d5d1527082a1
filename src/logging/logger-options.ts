import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Response } from 'express';
import { type Params } from 'nestjs-pino';
import { destination, stdTimeFunctions } from 'pino';
import { type Options } from 'pino-http';
import pretty from 'pino-pretty';
import { type AppConfig } from '../config/app-config';
import { requestLogFacts } from './request-log-facts';

/** The correlation id the request context middleware gave the request (and echoed). */
function correlationIdOf(response: ServerResponse): string | undefined {
  const value = response.getHeader('x-correlation-id');
  return typeof value === 'string' ? value : undefined;
}

/** The path without its query string: a query string may carry anything a client put in it. */
function pathOf(request: IncomingMessage): string {
  // Express keeps the full URL in originalUrl; url is relative to where a middleware is mounted.
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url;
  return (url ?? '').split('?')[0];
}

/**
 * nestjs-pino's settings: one line per request with its correlation id, operation, status,
 * duration and caller; JSON (LOG_FORMAT=json) or readable text, coloured only on a terminal.
 * Serializers keep headers, bodies and query strings out (tokens, keys, personal data).
 */
export function loggerParams(config: AppConfig): Params {
  const options: Options = {
    level: config.LOG_LEVEL,
    base: undefined,
    messageKey: 'msg',
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    genReqId: (_request, response) => correlationIdOf(response) ?? 'unknown',
    customAttributeKeys: { reqId: 'correlationId', responseTime: 'durationMs' },
    serializers: {
      req: (request: { method?: string; url?: string; raw?: IncomingMessage }) => ({
        method: request.method,
        path: request.raw ? pathOf(request.raw) : (request.url ?? '').split('?')[0],
      }),
      res: (response: { statusCode?: number }) => ({ status: response.statusCode }),
      err: (error: Error) => ({ type: error.name, message: error.message }),
    },
    customProps: (_request, response) => {
      const facts = requestLogFacts(response as unknown as Response);
      return {
        ...(facts.operations.length > 0 && { operation: facts.operations.join(',') }),
        ...(facts.callerKind && { callerKind: facts.callerKind }),
        ...(facts.callerId && { callerId: facts.callerId }),
      };
    },
    // Probes every few seconds would drown the requests that matter.
    customLogLevel: (request, response, error) => {
      if (pathOf(request).startsWith('/health')) return 'debug';
      if (error || response.statusCode >= 500) return 'error';
      return 'info';
    },
    customSuccessMessage: (request, response) =>
      `${request.method} ${pathOf(request)} ${response.statusCode}`,
    customErrorMessage: (request, response) =>
      `${request.method} ${pathOf(request)} ${response.statusCode}`,
    quietReqLogger: true,
  };
  // Written synchronously, so the last lines before an exit are not lost (a transport's worker
  // thread would be).
  const stream =
    config.logFormat === 'pretty'
      ? pretty({
          colorize: Boolean(process.stdout.isTTY),
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname',
          sync: true,
        })
      : destination({ dest: 1, sync: true });
  return { pinoHttp: [options, stream], forRoutes: ['*path'] };
}
