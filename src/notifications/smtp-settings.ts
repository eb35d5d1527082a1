import { type AppConfig } from '../config/app-config';

/** Connecting, the greeting and each reply: a server that hangs fails the send, not the relay. */
export const SMTP_TIMEOUT_MS = 10_000;

export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

/** What the SMTP notifier needs, taken once from the validated configuration. */
export interface SmtpSettings {
  /** SMTP_URL as given: it holds the password, so it is handed to the transport and nowhere else. */
  readonly url: string;
  /** host:port, to say in messages which server failed. */
  readonly server: string;
  /** The login name, or null when the server is used without one. */
  readonly user: string | null;
  /** The password, only so that no message ever shows it. */
  readonly password: string | null;
  readonly from: MailAddress;
  readonly publicUrl: string | undefined;
  readonly timeoutMs: number;
}

/** The settings, or null unless NOTIFIER=smtp. */
export function smtpSettingsFrom(config: AppConfig): SmtpSettings | null {
  if (config.NOTIFIER !== 'smtp' || !config.SMTP_URL || !config.SMTP_FROM) return null;
  const url = new URL(config.SMTP_URL);
  // Nodemailer's defaults when the URL names no port.
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return {
    url: config.SMTP_URL,
    server: `${url.hostname}:${port}`,
    user: url.username ? decodeURIComponent(url.username) : null,
    password: url.password ? decodeURIComponent(url.password) : null,
    from: parseFrom(config.SMTP_FROM),
    publicUrl: config.PUBLIC_URL,
    timeoutMs: SMTP_TIMEOUT_MS,
  };
}

/** "Name <address>", "\"Name\" <address>" or a bare address (SMTP_FROM, validated already). */
function parseFrom(from: string): MailAddress {
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(from.trim());
  if (!named) return { name: '', address: from.trim() };
  const [, name = '', address = ''] = named;
  return { name: name.trim().replace(/^"(.*)"$/, '$1'), address };
}
