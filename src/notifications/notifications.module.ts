import { Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { LogNotifier } from './log.notifier';
import { Notifier } from './notifier';
import { SmtpNotifier } from './smtp.notifier';
import { smtpSettingsFrom } from './smtp-settings';

/** The notifier NOTIFIER selects; said once at start, without the password. */
function notifierFor(config: AppConfig): Notifier {
  const logger = new Logger('Notifications');
  const smtp = smtpSettingsFrom(config);
  if (smtp === null) {
    logger.log('Notices are logged, not e-mailed (NOTIFIER=log)');
    return new LogNotifier();
  }
  logger.log(`Notices are e-mailed through SMTP server ${smtp.server} from ${smtp.from.address}`);
  return new SmtpNotifier(smtp);
}

/** Tells people about introductions: provides the Notifier port, closes it at shutdown. */
@Module({
  providers: [{ provide: Notifier, inject: [AppConfig], useFactory: notifierFor }],
  exports: [Notifier],
})
export class NotificationsModule implements OnApplicationShutdown {
  constructor(private readonly notifier: Notifier) {}

  async onApplicationShutdown(): Promise<void> {
    await this.notifier.close();
  }
}
