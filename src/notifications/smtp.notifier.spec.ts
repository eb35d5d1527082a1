import * as net from 'node:net';
import { type AddressObject } from 'mailparser';
import { loadConfig } from '../config/app-config';
import { renderIntroductionMail } from './introduction-mail';
import { type IntroductionRequestedNotice } from './notification';
import {
  NotificationDeliveryError,
  NotificationDeliveryErrorCode,
} from './notification-delivery.error';
import { SmtpNotifier } from './smtp.notifier';
import { type SmtpSettings, smtpSettingsFrom } from './smtp-settings';
import {
  LocalSmtpServer,
  type Received,
  SMTP_TEST_PASSWORD as PASSWORD,
  SMTP_TEST_USER as USER,
} from '../../test/support/local-smtp-server';

const PUBLIC_URL = 'https://kennissen.tilburg.nl';

const notice = (
  overrides: Partial<IntroductionRequestedNotice> = {},
): IntroductionRequestedNotice => ({
  kind: 'INTRODUCTION_REQUESTED',
  introductionId: 'intro-91c2',
  recipient: { personId: 'person-4411', name: 'Fatima El Amrani', email: 'f.elamrani@breda.nl' },
  counterpart: { name: 'Jan de Vries', municipalityName: 'Tilburg' },
  challengeTitle: 'Minder papier bij de Wmo-aanvraag',
  message: 'Mag ik langskomen om te zien hoe jullie het doen?',
  ...overrides,
});

function settingsFor(port: number, password = PASSWORD): SmtpSettings {
  const settings = smtpSettingsFrom(
    loadConfig({
      NOTIFIER: 'smtp',
      SMTP_URL: `smtp://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
      SMTP_FROM: 'Kennissen Tilburg <kennissen@tilburg.nl>',
      PUBLIC_URL,
    }),
  );
  if (settings === null) throw new Error('NOTIFIER=smtp must give SMTP settings');
  return settings;
}

/** A port nothing listens on: opened, then closed again. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function failureOf(sending: Promise<unknown>): Promise<NotificationDeliveryError> {
  const error = await sending.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(NotificationDeliveryError);
  return error as NotificationDeliveryError;
}

const firstAddress = (header: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.value[0];

describe('SmtpNotifier, against a real SMTP server', () => {
  /** What each test started, stopped after it whether it passed or not. */
  const cleanups: (() => Promise<unknown>)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(refuseRecipients = false): Promise<LocalSmtpServer> {
    const server = await new LocalSmtpServer(refuseRecipients).start();
    cleanups.push(() => server.stop());
    return server;
  }

  function notifier(settings: SmtpSettings): SmtpNotifier {
    const sut = new SmtpNotifier(settings);
    cleanups.push(() => sut.close());
    return sut;
  }

  it('logs in and sends one plain-text mail from SMTP_FROM to the recipient', async () => {
    const server = await serve();
    const sut = notifier(settingsFor(server.port));

    await expect(sut.send(notice())).resolves.toBe('SENT');

    expect(server.received).toHaveLength(1);
    const [{ user, envelopeTo, mail }] = server.received as [Received];
    expect(user).toBe(USER);
    expect(envelopeTo).toEqual(['f.elamrani@breda.nl']);
    expect(firstAddress(mail.from)).toEqual({
      address: 'kennissen@tilburg.nl',
      name: 'Kennissen Tilburg',
    });
    expect(firstAddress(mail.to)).toEqual({
      address: 'f.elamrani@breda.nl',
      name: 'Fatima El Amrani',
    });
    expect(mail.subject).toBe('Verzoek om kennismaking van Jan de Vries (Tilburg)');
    const expected = renderIntroductionMail(notice(), { publicUrl: PUBLIC_URL }).text;
    expect(mail.text?.trimEnd()).toBe(expected.trimEnd());
    expect(mail.text).toContain(`${PUBLIC_URL}/#/introductions/intro-91c2`);
    expect(mail.html).toBe(false);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('sends nothing, and needs no server, for a recipient without an e-mail address', async () => {
    const server = await serve();
    const sut = notifier(settingsFor(server.port));
    const recipient = { personId: 'person-4411', name: 'Fatima El Amrani', email: null };

    await expect(sut.send(notice({ recipient }))).resolves.toBe('SKIPPED_NO_ADDRESS');

    expect(server.connections).toBe(0);
    expect(server.received).toEqual([]);
  });

  it('names server and user when the password is wrong, and never the password', async () => {
    const server = await serve();
    const sut = notifier(settingsFor(server.port, 'Fout-Wachtwoord-99'));

    const error = await failureOf(sut.send(notice()));

    expect(error.code).toBe(NotificationDeliveryErrorCode.LOGIN_REFUSED);
    expect(error.message).toBe(
      `SMTP server 127.0.0.1:${server.port} refused the login of user "${USER}": 535 Invalid username or password`,
    );
    expect(error.message).not.toContain('Fout-Wachtwoord-99');
    expect(error.message).not.toContain(PASSWORD);
    expect(error.permanent).toBe(false);
    expect(server.received).toEqual([]);
  });

  it('fails fast when no server listens', async () => {
    const port = await closedPort();
    const sut = notifier(settingsFor(port));
    const started = Date.now();

    const error = await failureOf(sut.send(notice()));

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.code).toBe(NotificationDeliveryErrorCode.UNREACHABLE);
    expect(error.message).toBe(
      `SMTP server 127.0.0.1:${port} refused the connection: ECONNREFUSED`,
    );
  });

  it('gives up on a server that accepts the connection but never answers', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => silent.close(resolve));
    });
    const { port } = silent.address() as net.AddressInfo;
    const sut = notifier({ ...settingsFor(port), timeoutMs: 300 });
    const started = Date.now();

    const error = await failureOf(sut.send(notice()));

    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.code).toBe(NotificationDeliveryErrorCode.UNREACHABLE);
    expect(error.message).toMatch(
      new RegExp(`^SMTP server 127\\.0\\.0\\.1:${port} did not answer within 300 ms`),
    );
  });

  it('reports a refused recipient as permanent, without the address', async () => {
    const server = await serve(true);
    const sut = notifier(settingsFor(server.port));

    const error = await failureOf(sut.send(notice()));

    expect(error.code).toBe(NotificationDeliveryErrorCode.REFUSED);
    expect(error.permanent).toBe(true);
    expect(error.message).toContain(`SMTP server 127.0.0.1:${server.port} refused the message`);
    expect(error.message).toContain('550');
    expect(error.message).not.toContain('f.elamrani@breda.nl');
  });

  it('refuses an address that is not one, without connecting or naming it', async () => {
    const server = await serve();
    const sut = notifier(settingsFor(server.port));
    const recipient = {
      personId: 'person-4411',
      name: 'Fatima El Amrani',
      email: 'f.elamrani@breda.nl\r\nBcc: stiekem@example.org',
    };

    const error = await failureOf(sut.send(notice({ recipient })));

    expect(error.code).toBe(NotificationDeliveryErrorCode.INVALID_ADDRESS);
    expect(error.permanent).toBe(true);
    expect(error.message).toContain('person-4411');
    expect(error.message).not.toContain('breda.nl');
    expect(server.connections).toBe(0);
  });

  it('adds no header and no recipient for line breaks in names', async () => {
    const server = await serve();
    const sut = notifier(settingsFor(server.port));
    const injected = 'Fatima\r\nBcc: stiekem@example.org\r\nX-Injected: ja';

    await sut.send(
      notice({
        recipient: { personId: 'person-4411', name: injected, email: 'f.elamrani@breda.nl' },
        counterpart: { name: `Jan${injected}`, municipalityName: 'Tilburg\r\nCc: ook@example.org' },
      }),
    );

    const [{ envelopeTo, mail }] = server.received as [Received];
    expect(envelopeTo).toEqual(['f.elamrani@breda.nl']);
    expect(mail.bcc).toBeUndefined();
    expect(mail.cc).toBeUndefined();
    expect(mail.headers.has('x-injected')).toBe(false);
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });
});
