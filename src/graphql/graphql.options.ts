import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type Request } from 'express';
import { type CredentialCheckers, identifyCaller } from '../auth/credentials';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { currentCorrelationId } from '../common/request/correlation-id';
import { type AppConfig } from '../config/app-config';
import { withExecutionDeadline } from '../security/execution-deadline';
import { graphqlLimits } from '../security/graphql-limits';
import { type RequestRateLimiter } from '../security/rate-limit';
import { formatError } from './format-error';
import { type GraphqlContext } from '../common/request/graphql-context';

/**
 * Apollo Server settings. The schema is generated in memory at every start; the committed
 * schema.gql is written only by `npm run schema:update`, and a test holds it to the code.
 * `rateLimiter` is the service's one limiter (RateLimitModule), shared with the REST exports.
 */
export function graphqlOptions(
  config: AppConfig,
  verifiers: Pick<CredentialCheckers, 'apiKeys' | 'personTokens'>,
  rateLimiter: RequestRateLimiter,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    ...graphqlLimits(config),
    transformSchema: withExecutionDeadline,
    formatError: (formatted, error) => formatError(formatted, error, currentCorrelationId),
    context: async ({ req }: { req: Request }): Promise<GraphqlContext> => {
      const caller = await identifyCaller(req, {
        adminApiKey: config.ADMIN_API_KEY,
        ...verifiers,
        // An address over its limit is refused before its key is hashed.
        beforeKeyCheck: (origin) => rateLimiter.refuseAddressOverLimit('graphql', origin),
      });
      // Before parsing: a refused request costs the service nothing more.
      await rateLimiter.consume('graphql', caller, Array.isArray(req.body) ? req.body.length : 1);
      return {
        req,
        caller,
        loaders: new RequestLoaders(),
        correlationId: currentCorrelationId(),
      };
    },
  };
}
