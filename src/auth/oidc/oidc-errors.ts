/** The token is not acceptable (answered UNAUTHENTICATED); the message tells the caller what to fix. */
export class TokenRejected extends Error {
  override readonly name = 'TokenRejected';
}

/**
 * The token could not be checked now: the identity provider or the graph store did not answer
 * in time, or answered nonsense (answered SERVICE_UNAVAILABLE: the token may well be good).
 */
export class CheckUnavailable extends Error {
  override readonly name = 'CheckUnavailable';
}
