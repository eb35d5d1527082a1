/** Why a notice was not delivered; the relay decides by code, never by message text. */
export enum NotificationDeliveryErrorCode {
  /** The mail server could not be reached, or did not answer in time. */
  UNREACHABLE = 'UNREACHABLE',
  /** The mail server refused the login (SMTP_URL's user or password). */
  LOGIN_REFUSED = 'LOGIN_REFUSED',
  /** The mail server refused the sender, the recipient or the message. */
  REFUSED = 'REFUSED',
  /** The recipient's address is not one a mail can be sent to. */
  INVALID_ADDRESS = 'INVALID_ADDRESS',
  FAILED = 'FAILED',
}

/**
 * A notice could not be delivered. The message says what failed and where, for the operator;
 * it never holds a password, and no e-mail address. Not a DomainException: it never reaches an
 * API answer. `permanent` says that sending the same notice again will fail the same way (a 5xx
 * refusal, an invalid address); the relay retries the others with backoff.
 */
export class NotificationDeliveryError extends Error {
  constructor(
    readonly code: NotificationDeliveryErrorCode,
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'NotificationDeliveryError';
  }
}
