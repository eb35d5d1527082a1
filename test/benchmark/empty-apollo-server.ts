import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { serveUntilStopped } from './serve-until-stopped';

/**
 * An Apollo Server 5 that knows nothing but `{ __typename }`: the floor of a GraphQL server on
 * this machine. The service's own floor minus this one is what the service adds to every request
 * (Nest, authentication, limits, complexity checks, logging).
 */
serveUntilStopped(async () => {
  const server = new ApolloServer({ typeDefs: 'type Query { ping: Boolean }' });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, close: () => server.stop() };
});
