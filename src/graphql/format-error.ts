import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ApiErrorCode } from '../common/errors/api-error-code';
import { DomainException } from '../common/errors/domain.exception';
import { tokenLimitRefusal } from '../security/token-limit';
import { ERROR_TABLE, type DomainErrorCode } from '../errors/error-table';

const logger = new Logger('GraphQL');

/** Apollo's own request-level failures: the client sent something that is not a valid operation. */
const CLIENT_MISTAKES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/**
 * Turns every error into an answer a person can act on: domain errors by their code through the
 * error table, client mistakes as BAD_USER_INPUT, and anything else as INTERNAL_SERVER_ERROR with a
 * correlation id that is also logged with the full error. Never a stack trace or store message.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  correlationIdOf: () => string,
): GraphQLFormattedError {
  const original = tokenLimitRefusal(formatted) ?? domainCause(unwrapResolverError(error));
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) {
    const code =
      ERROR_TABLE[original.code as DomainErrorCode] ?? ApiErrorCode.INTERNAL_SERVER_ERROR;
    if (code === ApiErrorCode.INTERNAL_SERVER_ERROR)
      return internal(formatted, original, correlationIdOf());
    const details = original.details ?? {};
    return {
      ...base,
      message: original.message,
      extensions: { code, reason: original.code, ...details },
    };
  }

  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string' && CLIENT_MISTAKES.has(apolloCode)) {
    return {
      ...base,
      message: formatted.message,
      extensions: { code: ApiErrorCode.BAD_USER_INPUT },
    };
  }
  return internal(formatted, original, correlationIdOf());
}

/**
 * The domain exception behind a GraphQL error raised outside a resolver (a validation rule,
 * a plugin hook, the context), which Apollo wraps without a path; otherwise the error itself.
 */
function domainCause(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError instanceof DomainException
    ? error.originalError
    : error;
}

function internal(
  formatted: GraphQLFormattedError,
  error: unknown,
  correlationId: string,
): GraphQLFormattedError {
  logger.error(
    `Unexpected error (correlation id ${correlationId}) at ${formatted.path?.join('.') ?? 'request'}`,
    error instanceof Error ? error.stack : String(error),
  );
  return {
    message: `Something went wrong on our side. If it keeps happening, report correlation id ${correlationId}.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, correlationId },
  };
}
