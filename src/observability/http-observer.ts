import {
  type Context,
  context,
  propagation,
  type Span,
  SpanKind,
  type Tracer,
} from '@opentelemetry/api';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { withRequestTrace } from './request-trace';
import { type ServiceMetrics } from './service-metrics';

/** Paths that are not routes of a controller, with the label they are counted under. */
const KNOWN_PATHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/graphql\/?$/, '/graphql'],
  [/^\/graphiql\//, '/graphiql/*'],
  [/^\/metrics\/?$/, '/metrics'],
];

/** Probes and scrapes come every few seconds and say nothing about a request: no spans. */
const UNTRACED = /^\/(health(\/.*)?|metrics)$/;

/**
 * Times every HTTP request into kennissen_http_request_duration_seconds and, when tracing is
 * on, opens its server span (continuing the caller's W3C traceparent) as the active span for
 * everything the request runs.
 */
export function httpObserver(metrics: ServiceMetrics, tracer: Tracer | null): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    // Read now: routers that a request passes through rewrite request.path to their own part.
    const path = request.path;
    const traced = tracer !== null && !UNTRACED.test(path);
    const parent = traced ? propagation.extract(context.active(), request.headers) : undefined;
    const span = traced && parent ? serverSpan(tracer, request, path, parent) : undefined;
    response.once('close', () => {
      const route = routeOf(request, path);
      metrics.httpRequest(
        { method: request.method, route, status: response.statusCode },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
      if (span) {
        span.updateName(`${request.method} ${route}`);
        span.setAttributes({
          'http.route': route,
          'http.response.status_code': response.statusCode,
        });
        span.end();
      }
    });
    if (!span || !parent) return next();
    context.with(withRequestTrace(parent, { server: span, operations: new Set() }), next);
  };
}

function serverSpan(tracer: Tracer, request: Request, path: string, parent: Context): Span {
  return tracer.startSpan(
    request.method,
    {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': request.method, 'url.path': path },
    },
    parent,
  );
}

/** The route pattern that served the request (never the path itself: that could hold ids). */
export function routeOf(request: Request, path: string): string {
  const route = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${request.baseUrl}${route}`;
  const known = KNOWN_PATHS.find(([pattern]) => pattern.test(path));
  return known ? known[1] : '(unmatched)';
}
