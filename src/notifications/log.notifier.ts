import { Logger } from '@nestjs/common';
import { oneLine } from './mail-text';
import { addressOf, type IntroductionNotice } from './notification';
import { type NotificationOutcome, Notifier } from './notifier';

/**
 * The default notifier (NOTIFIER=log): one log line per notice instead of a mail. The line holds
 * ids only; names, e-mail addresses and messages are personal data and stay out of the log.
 */
export class LogNotifier extends Notifier {
  readonly kind = 'log';
  private readonly logger = new Logger('Notifications');

  send(notice: IntroductionNotice): Promise<NotificationOutcome> {
    const outcome: NotificationOutcome =
      addressOf(notice.recipient) === null ? 'SKIPPED_NO_ADDRESS' : 'SENT';
    const introduction = oneLine(notice.introductionId, 100);
    const person = oneLine(notice.recipient.personId, 100);
    const what =
      outcome === 'SENT'
        ? 'logged, not e-mailed (NOTIFIER=log)'
        : 'skipped, the person has no e-mail address';
    this.logger.log(`${notice.kind} for introduction ${introduction} to person ${person}: ${what}`);
    return Promise.resolve(outcome);
  }
}
