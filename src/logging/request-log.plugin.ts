import { Plugin } from '@nestjs/apollo';
import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { type GraphqlContext } from '../common/request/graphql-context';
import { callerLogId, requestLogFacts } from './request-log-facts';

/** Notes each operation's name and the caller for the request's log line (request-log-facts.ts). */
@Plugin()
export class RequestLogPlugin implements ApolloServerPlugin<GraphqlContext> {
  // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's hook signature is async
  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      // eslint-disable-next-line @typescript-eslint/require-await
      didResolveOperation: async ({ operation, operationName, contextValue }) => {
        const response = contextValue.req.res;
        if (!response) return;
        const facts = requestLogFacts(response);
        facts.operations.push(
          operationName ?? `(anonymous ${operation?.operation ?? 'operation'})`,
        );
        facts.callerKind = contextValue.caller.kind;
        facts.callerId = callerLogId(contextValue.caller);
      },
    };
  }
}
