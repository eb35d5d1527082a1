import { type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { SecurityErrorCode, SecurityException } from './security.exception';

/**
 * graphql-js's message when `parseOptions.maxTokens` stops the parser (it has no code of its
 * own); graphql 16 spells it "more that", a later version may fix the typo.
 */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\./;

/**
 * The parser's refusal of a document over GRAPHQL_MAX_TOKENS as the limit it is (so clients
 * see QUERY_TOO_COMPLEX like the other size limits), or undefined for any other error.
 */
export function tokenLimitRefusal(formatted: GraphQLFormattedError): SecurityException | undefined {
  if (formatted.extensions?.code !== ApolloServerErrorCode.GRAPHQL_PARSE_FAILED) return undefined;
  const match = TOKEN_LIMIT.exec(formatted.message);
  if (!match) return undefined;
  const maxTokens = Number(match[1]);
  return new SecurityException(
    SecurityErrorCode.TOO_MANY_TOKENS,
    `The document has more than ${maxTokens} tokens; send a shorter operation.`,
    { maxTokens },
  );
}
