import { type ReactNode, useMemo } from 'react';
import {
  Client,
  type CombinedError,
  fetchExchange,
  Provider,
  type AnyVariables,
  useMutation,
  useQuery,
} from 'urql';

/**
 * The public GraphQL API at /graphql, with the signed-in person's access token as a bearer token
 * (from memory). No cookies are sent: a bearer token in a header cannot be forged by another
 * site, so the calls are safe from cross-site request forgery.
 */
export function ApiProvider({
  accessToken,
  children,
}: {
  accessToken: string | null;
  children: ReactNode;
}) {
  const client = useMemo(
    () =>
      new Client({
        url: '/graphql',
        exchanges: [fetchExchange],
        requestPolicy: 'network-only',
        preferGetMethod: false,
        fetchOptions: (): RequestInit => {
          const headers: Record<string, string> = {};
          if (accessToken) headers.authorization = `Bearer ${accessToken}`;
          return { credentials: 'omit', headers };
        },
      }),
    [accessToken],
  );
  return <Provider value={client}>{children}</Provider>;
}

/** An error as the page shows it: the API's message, and its code to choose how. */
export interface ApiProblem {
  readonly code: string;
  readonly message: string;
}

/** The first error of an answer, in the API's own words where it gave some. */
export function problemOf(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) {
    const code = first.extensions?.code;
    return { code: typeof code === 'string' ? code : 'ERROR', message: first.message };
  }
  return {
    code: 'NETWORK',
    message: 'Kennissen is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  };
}

/** Whether the API refused because of who is asking (sign in, or ask for the right role). */
export function isRefusal(problem: ApiProblem | null): boolean {
  return problem?.code === 'UNAUTHENTICATED' || problem?.code === 'FORBIDDEN';
}

export { useMutation, useQuery, type AnyVariables };
