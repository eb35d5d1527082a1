import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { CommonErrorCode } from '../common/errors/common.exception';
import { sendRefusal } from './http-error';
import { SecurityErrorCode, SecurityException } from './security.exception';

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> | null;
  return typeof candidate?.type === 'string' && typeof candidate.status === 'number';
}

/**
 * Answers the JSON body parser's refusals (too large, not JSON, unsupported charset) as GraphQL
 * errors with a code, instead of Express's default HTML page.
 */
export function bodyErrorHandler(maxBytes: number) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction): void => {
    if (!isBodyParserError(error)) {
      next(error);
      return;
    }
    if (error.type === 'entity.too.large') {
      sendRefusal(
        response,
        413,
        new SecurityException(
          SecurityErrorCode.BODY_TOO_LARGE,
          `The request body is larger than ${maxBytes} bytes. Send a smaller operation or fewer variables.`,
          { maxBytes },
        ),
      );
      return;
    }
    const message =
      error.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : 'The request body could not be read as JSON (UTF-8).';
    response
      .status(error.status >= 400 && error.status < 500 ? error.status : 400)
      .type('application/json')
      .send(
        JSON.stringify({
          errors: [
            {
              message,
              extensions: { code: 'BAD_USER_INPUT', reason: CommonErrorCode.INVALID_INPUT },
            },
          ],
        }),
      );
  };
}

/**
 * Refuses a batch (a JSON array of operations) longer than `maxBatch`; with 1, batching is off.
 * Checked before Apollo so that a refused batch costs nothing but its parsing.
 */
export function batchLimit(maxBatch: number): RequestHandler {
  return (request, response, next) => {
    const body: unknown = request.body;
    if (
      request.method !== 'POST' ||
      !Array.isArray(body) ||
      (maxBatch > 1 && body.length <= maxBatch)
    ) {
      next();
      return;
    }
    const message =
      maxBatch > 1
        ? `The request holds ${body.length} operations; at most ${maxBatch} may be sent in one request.`
        : 'Batched requests (an array of operations) are not accepted: send one operation per request.';
    sendRefusal(
      response,
      400,
      new SecurityException(SecurityErrorCode.TOO_MANY_OPERATIONS, message, {
        maxBatch,
        operations: body.length,
      }),
    );
  };
}
