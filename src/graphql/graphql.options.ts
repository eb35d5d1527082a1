import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type Request } from 'express';
import { type CredentialCheckers, identifyCaller } from '../auth/credentials';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { currentCorrelationId } from '../common/request/correlation-id';
import { type AppConfig } from '../config/app-config';
import { withExecutionDeadline } from '../security/execution-deadline';
import { graphqlLimits } from '../security/graphql-limits';
import { RequestRateLimiter } from '../security/rate-limit';
import { formatError } from './format-error';
import { type GraphqlContext } from '../common/request/graphql-context';

/**
 * Apollo Server settings. The schema is generated in memory at every start; the committed
 * schema.gql is written only by `npm run schema:update`, and a test holds it to the code.
 */
export function graphqlOptions(
  config: AppConfig,
  verifiers: Pick<CredentialCheckers, 'apiKeys' | 'personTokens'>,
): Omit<ApolloDriverConfig, 'driver'> {
  const rateLimiter = new RequestRateLimiter({
    perClient: config.RATE_LIMIT_PER_CLIENT,
    perIp: config.RATE_LIMIT_PER_IP,
    windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
  });
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
      });
      // Before parsing: a refused request costs the service nothing more.
      await rateLimiter.consume(caller, Array.isArray(req.body) ? req.body.length : 1);
      return {
        req,
        caller,
        loaders: new RequestLoaders(),
        correlationId: currentCorrelationId(),
      };
    },
  };
}
