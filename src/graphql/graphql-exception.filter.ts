import { Catch } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo unchanged, where formatError maps it by code (and logs
 * the unexpected ones once, with their correlation id). Without it Nest logs every expected
 * BAD_USER_INPUT with a stack trace.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
