import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Plugin } from '@nestjs/apollo';
import { Optional } from '@nestjs/common';
import { type Span, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ApiErrorCode } from '../common/errors/api-error-code';
import { type GraphqlContext } from '../common/request/graphql-context';
import { currentRequestTrace } from './request-trace';
import { ServiceMetrics } from './service-metrics';
import { Tracing } from './tracing';

/** The codes a response may carry; anything else is counted as OTHER, so the label stays bounded. */
const KNOWN_CODES = new Set<string>([
  ...Object.values(ApiErrorCode),
  ...Object.values(ApolloServerErrorCode),
]);

/**
 * Times each GraphQL operation into kennissen_graphql_operation_duration_seconds and counts the
 * error codes its response carries; with tracing on, a span per operation under the request's.
 */
@Plugin()
export class GraphqlObserverPlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(
    private readonly metrics: ServiceMetrics,
    @Optional() private readonly tracing?: Tracing,
  ) {}

  // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's hook signature is async
  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    const started = process.hrtime.bigint();
    const requestTrace = currentRequestTrace();
    let operationType = 'unknown';
    let rootField = '(invalid)';
    let span: Span | undefined;
    return {
      // Called after validation, so the root field is one the schema has.
      // eslint-disable-next-line @typescript-eslint/require-await
      didResolveOperation: async ({ operation, operationName }) => {
        if (!operation) return;
        operationType = operation.operation;
        rootField = rootFieldOf(operation);
        if (!this.tracing || !requestTrace) return;
        span = this.tracing.tracer.startSpan(`${operationType} ${rootField}`, {
          kind: SpanKind.INTERNAL,
          attributes: {
            'graphql.operation.type': operationType,
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
          },
        });
        requestTrace.operations.add(span);
      },
      // eslint-disable-next-line @typescript-eslint/require-await
      willSendResponse: async ({ response }) => {
        const errors =
          response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const error of errors) {
          const code = error.extensions?.code;
          this.metrics.graphqlError(
            typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER',
          );
        }
        this.metrics.graphqlOperation(
          { operationType, rootField, ok: errors.length === 0 },
          Number(process.hrtime.bigint() - started) / 1e9,
        );
        if (span) {
          if (errors.length > 0) span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          requestTrace?.operations.delete(span);
        }
      },
    };
  }
}

/**
 * The operation's one root field (aliases and repeats count once), `(several)` when it asks for
 * more than one, so the label has one value per field of the schema and no combinations.
 */
export function rootFieldOf(operation: OperationDefinitionNode): string {
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
    else fields.add('(fragment)');
  }
  if (fields.size > 1) fields.delete('__typename');
  if (fields.size === 1) return [...fields][0];
  return fields.size === 0 ? '(none)' : '(several)';
}
