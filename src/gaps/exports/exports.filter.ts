import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ApiErrorCode } from '../../common/errors/api-error-code';
import { DomainException } from '../../common/errors/domain.exception';
import { type DomainErrorCode, ERROR_TABLE } from '../../errors/error-table';

const STATUS: Partial<Record<ApiErrorCode, number>> = {
  [ApiErrorCode.BAD_USER_INPUT]: 400,
  [ApiErrorCode.UNAUTHENTICATED]: 401,
  [ApiErrorCode.FORBIDDEN]: 403,
  [ApiErrorCode.NOT_FOUND]: 404,
  [ApiErrorCode.RATE_LIMITED]: 429,
  [ApiErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * The exports answer errors as the GraphQL API does — `{ errors: [{ message, extensions: { code,
 * reason } }] }` with the code of the error table — and with the matching HTTP status; anything
 * unexpected is a masked 500 with a correlation id that is logged with the error.
 */
@Catch()
export class ExportsExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exports');

  catch(thrown: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // The rate limiter's refusal is a GraphQL error around the security exception.
    const exception = thrown instanceof GraphQLError ? (thrown.originalError ?? thrown) : thrown;
    const retryAfter = (exception as { details?: { retryAfterSeconds?: unknown } }).details
      ?.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    const code =
      exception instanceof DomainException
        ? (ERROR_TABLE[exception.code as DomainErrorCode] ?? ApiErrorCode.INTERNAL_SERVER_ERROR)
        : ApiErrorCode.INTERNAL_SERVER_ERROR;
    const status = STATUS[code];
    if (exception instanceof DomainException && status !== undefined) {
      response.status(status).json({
        errors: [
          { message: exception.message, extensions: { code, reason: String(exception.code) } },
        ],
      });
      return;
    }
    const correlationId = randomUUID();
    this.logger.error(`Unexpected error (correlation id ${correlationId})`, exception);
    response.status(500).json({
      errors: [
        {
          message: `Something went wrong on our side. If it keeps happening, report correlation id ${correlationId}.`,
          extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, correlationId },
        },
      ],
    });
  }
}
