import { type IntroductionNotice } from './notification';

/** SENT: handed to the mail server (or the log). SKIPPED_NO_ADDRESS: nothing to do, nothing to retry. */
export type NotificationOutcome = 'SENT' | 'SKIPPED_NO_ADDRESS';

/**
 * The port through which people are told about introductions; NOTIFIER chooses the adapter.
 * `send` delivers once and throws a NotificationDeliveryError when it cannot: the outbox relay
 * that calls it retries with backoff, so an adapter never retries itself.
 */
export abstract class Notifier {
  abstract readonly kind: 'log' | 'smtp';

  abstract send(notice: IntroductionNotice): Promise<NotificationOutcome>;

  /** Releases what the adapter holds (the SMTP transport); called once, at shutdown. */
  close(): Promise<void> {
    return Promise.resolve();
  }
}
