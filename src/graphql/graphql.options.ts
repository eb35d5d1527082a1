import * as path from 'node:path';
import { type ApolloDriverConfig } from '@nestjs/apollo';
import { type Request } from 'express';
import { type CredentialCheckers, identifyCaller } from '../auth/credentials';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { projectRoot } from '../common/project-root';
import { currentCorrelationId } from '../common/request-context';
import { type AppConfig } from '../config/app-config';
import { formatError } from './format-error';
import { type GraphqlContext } from './graphql-context';

/** Apollo Server settings; the schema file is (re)written only in development, where it is committed. */
export function graphqlOptions(
  config: AppConfig,
  verifiers: Pick<CredentialCheckers, 'apiKeys' | 'personTokens'>,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile:
      config.NODE_ENV === 'development' ? path.join(projectRoot(), 'schema.gql') : true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: !config.isProduction,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: (formatted, error) => formatError(formatted, error, currentCorrelationId),
    context: async ({ req }: { req: Request }): Promise<GraphqlContext> => ({
      req,
      caller: await identifyCaller(req, { adminApiKey: config.ADMIN_API_KEY, ...verifiers }),
      loaders: new RequestLoaders(),
      correlationId: currentCorrelationId(),
    }),
  };
}
