import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { LogNotifier } from './log.notifier';
import { NotificationsModule } from './notifications.module';
import { Notifier } from './notifier';
import { SmtpNotifier } from './smtp.notifier';

async function notifierFor(environment: Record<string, string>) {
  const testing = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(loadConfig(environment)), NotificationsModule],
  }).compile();
  return { testing, notifier: testing.get(Notifier) };
}

describe('NotificationsModule', () => {
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('provides the log notifier by default', async () => {
    const { testing, notifier } = await notifierFor({});

    expect(notifier).toBeInstanceOf(LogNotifier);
    expect(logged).toHaveBeenCalledWith('Notices are logged, not e-mailed (NOTIFIER=log)');
    await testing.close();
  });

  it('provides the SMTP notifier for NOTIFIER=smtp, says so without the password, and closes it at shutdown', async () => {
    const { testing, notifier } = await notifierFor({
      NOTIFIER: 'smtp',
      SMTP_URL: 'smtps://relay:Geheim-Wachtwoord@smtp.gemeente.nl',
      SMTP_FROM: 'kennissen@gemeente.nl',
    });
    const closed = jest.spyOn(notifier, 'close');

    expect(notifier).toBeInstanceOf(SmtpNotifier);
    expect(notifier.kind).toBe('smtp');
    expect(logged).toHaveBeenCalledWith(
      'Notices are e-mailed through SMTP server smtp.gemeente.nl:465 from kennissen@gemeente.nl',
    );
    expect(JSON.stringify(logged.mock.calls)).not.toContain('Geheim-Wachtwoord');

    await testing.close();
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
