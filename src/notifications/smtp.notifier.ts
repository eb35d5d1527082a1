import { createTransport, type SMTPSentMessageInfo, type Transporter } from 'nodemailer';
import { renderIntroductionMail } from './introduction-mail';
import { oneLine } from './mail-text';
import { addressOf, type IntroductionNotice } from './notification';
import {
  NotificationDeliveryError,
  NotificationDeliveryErrorCode,
} from './notification-delivery.error';
import { type NotificationOutcome, Notifier } from './notifier';
import { deliveryFailure } from './smtp-failure';
import { type SmtpSettings } from './smtp-settings';

/** An address nodemailer can put in To as it is: no spaces, brackets, quotes or separators. */
const SENDABLE_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/u;

/** NOTIFIER=smtp: each notice one plain-text mail through the server at SMTP_URL. */
export class SmtpNotifier extends Notifier {
  readonly kind = 'smtp';
  /**
   * One transport for the life of the service. It is not pooled: it opens a connection per mail,
   * which suits a relay sending a few mails a minute and leaves no idle connection to go stale.
   */
  private readonly transport: Transporter<SMTPSentMessageInfo>;

  constructor(private readonly settings: SmtpSettings) {
    super();
    this.transport = createTransport({
      url: settings.url,
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
      dnsTimeout: settings.timeoutMs,
    });
  }

  async send(notice: IntroductionNotice): Promise<NotificationOutcome> {
    const address = addressOf(notice.recipient);
    if (address === null) return 'SKIPPED_NO_ADDRESS';
    if (!SENDABLE_ADDRESS.test(address)) {
      throw new NotificationDeliveryError(
        NotificationDeliveryErrorCode.INVALID_ADDRESS,
        `The e-mail address of person ${notice.recipient.personId} is not one a mail can be sent to; correct it in their profile`,
        true,
      );
    }
    const mail = renderIntroductionMail(notice, { publicUrl: this.settings.publicUrl });
    try {
      await this.transport.sendMail({
        from: this.settings.from,
        to: { name: oneLine(notice.recipient.name, 80), address },
        subject: mail.subject,
        text: mail.text,
        // RFC 3834: tells mail servers not to answer with out-of-office replies.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      throw deliveryFailure(error, this.settings);
    }
    return 'SENT';
  }

  override close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}
