import type * as net from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

export const SMTP_TEST_USER = 'kennissen-relay';
export const SMTP_TEST_PASSWORD = 'Juist-Wachtwoord-2024';

export interface Received {
  readonly user: unknown;
  readonly envelopeTo: string[];
  readonly mail: ParsedMail;
}

/**
 * A real SMTP server on a free local port that wants SMTP_TEST_USER / SMTP_TEST_PASSWORD (no
 * TLS: loopback only), keeping every message it receives, parsed.
 */
export class LocalSmtpServer {
  readonly received: Received[] = [];
  connections = 0;
  port = 0;
  private readonly server: SMTPServer;

  constructor(refuseRecipients = false) {
    this.server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      onConnect: (_session, callback) => {
        this.connections += 1;
        callback();
      },
      onAuth: (auth, _session, callback) => {
        if (auth.username === SMTP_TEST_USER && auth.password === SMTP_TEST_PASSWORD) {
          callback(null, { user: SMTP_TEST_USER });
        } else {
          callback(new Error('Invalid username or password'));
        }
      },
      onRcptTo: (address, _session, callback) => {
        if (!refuseRecipients) return callback();
        const refusal: SMTPServerError = new Error(`<${address.address}>: mailbox unknown`);
        refusal.responseCode = 550;
        callback(refusal);
      },
      onData: (stream, session, callback) => {
        void simpleParser(stream).then((mail) => {
          const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
          this.received.push({ user: session.user, envelopeTo, mail });
          callback();
        }, callback);
      },
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as net.AddressInfo).port;
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
