/** The `extensions.code` values clients may rely on (design brief, GraphQL API contract). */
export enum ApiErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many requests from one client or address; retry after `extensions.retryAfterSeconds`. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The operation exceeds a depth, alias, cost or batch limit; `extensions.reason` says which. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The request body exceeds HTTP_MAX_BODY_BYTES. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The operation ran longer than GRAPHQL_TIMEOUT_MS; fields not resolved by then are null. */
  TIMEOUT = 'TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
