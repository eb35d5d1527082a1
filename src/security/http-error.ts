import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { type Response } from 'express';
import { ERROR_TABLE } from '../errors/error-table';
import { type SecurityException } from './security.exception';

/**
 * A refusal raised before execution (in the context or an Apollo hook) as the GraphQL error
 * Apollo answers with: `status` and `headers` become the HTTP response's (Apollo takes them
 * from `extensions.http`), the exception decides the `extensions.code` through formatError.
 */
export function refusal(
  exception: SecurityException,
  status: number,
  headers: Record<string, string> = {},
): GraphQLError {
  return new GraphQLError(exception.message, {
    originalError: exception,
    extensions: { http: { status, headers: new HeaderMap(Object.entries(headers)) } },
  });
}

/**
 * The same refusal written straight to an Express response, for limits enforced before Apollo
 * sees the request (body size, batch size): the body a GraphQL client expects, with the code the
 * error table gives.
 */
export function sendRefusal(
  response: Response,
  status: number,
  exception: SecurityException,
): void {
  response
    .status(status)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [
          {
            message: exception.message,
            extensions: {
              code: ERROR_TABLE[exception.code],
              reason: exception.code,
              ...exception.details,
            },
          },
        ],
      }),
    );
}
