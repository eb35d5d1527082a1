import { type Context, context, createContextKey, type Span, trace } from '@opentelemetry/api';

/**
 * The spans of one HTTP request, kept in its OpenTelemetry context: the server span the HTTP
 * middleware opens, and the GraphQL operation spans the Apollo plugin opens inside it. A plugin
 * cannot make its span the active one for the resolvers it does not call, so store queries look
 * their parent up here instead.
 */
export interface RequestTrace {
  readonly server: Span;
  readonly operations: Set<Span>;
}

const REQUEST_TRACE = createContextKey('kennissen.request-trace');

export function withRequestTrace(parent: Context, requestTrace: RequestTrace): Context {
  return trace.setSpan(parent, requestTrace.server).setValue(REQUEST_TRACE, requestTrace);
}

export function currentRequestTrace(): RequestTrace | undefined {
  return context.active().getValue(REQUEST_TRACE) as RequestTrace | undefined;
}

/**
 * Where a store query's span belongs: under the request's GraphQL operation when one runs (a
 * batch runs several at once, and then under the request), else under whatever span is active.
 */
export function storeQueryParent(): Context {
  const active = context.active();
  const requestTrace = active.getValue(REQUEST_TRACE) as RequestTrace | undefined;
  if (requestTrace?.operations.size !== 1) return active;
  const [operation] = requestTrace.operations;
  return trace.setSpan(active, operation);
}
