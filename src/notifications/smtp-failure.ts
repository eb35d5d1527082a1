import { type NodemailerError } from 'nodemailer';
import { oneLine } from './mail-text';
import {
  NotificationDeliveryError,
  NotificationDeliveryErrorCode as Code,
} from './notification-delivery.error';
import { type SmtpSettings } from './smtp-settings';

type Where = Pick<SmtpSettings, 'server' | 'user' | 'password' | 'timeoutMs'>;

interface Explanation {
  readonly code: Code;
  readonly message: string;
  readonly permanent?: boolean;
}

const CONNECTION_CODES = ['ECONNECTION', 'ESOCKET', 'EDNS', 'EPROXY'];
const REFUSAL_CODES = ['EENVELOPE', 'EMESSAGE', 'EPROTOCOL'];
/** A server's reply may name the recipient; the message goes to the log, the address must not. */
const MAIL_ADDRESS = /[^\s<>@"'()[\],;:]+@[^\s<>@"'()[\],;:]+/g;

/** A failed send as the relay should log it: which server, what it said, never the password. */
export function deliveryFailure(error: unknown, where: Where): NotificationDeliveryError {
  // Not `instanceof Error`: socket errors come from Node's own realm, which a sandbox does not share.
  const failure = (
    typeof error === 'object' && error !== null ? error : { message: String(error) }
  ) as NodemailerError;
  const { code, message, permanent = false } = explain(failure, where);
  return new NotificationDeliveryError(code, scrubbed(message, where.password), permanent);
}

function explain(failure: NodemailerError, where: Where): Explanation {
  const server = `SMTP server ${where.server}`;
  const reply = failure.response ? `: ${failure.response}` : '';
  const code = failure.code ?? 'unknown';
  if (code === 'EAUTH') {
    const user = where.user === null ? '' : ` of user "${where.user}"`;
    // Not permanent for the relay: once the operator corrects SMTP_URL, the notice can go.
    return { code: Code.LOGIN_REFUSED, message: `${server} refused the login${user}${reply}` };
  }
  if (code === 'ENOAUTH') {
    return {
      code: Code.LOGIN_REFUSED,
      message: `${server} wants a login: put user and password in SMTP_URL`,
    };
  }
  if (code === 'ETIMEDOUT') {
    const wait = failure.timeoutType ? `, ${failure.timeoutType}` : '';
    return {
      code: Code.UNREACHABLE,
      message: `${server} did not answer within ${where.timeoutMs} ms (ETIMEDOUT${wait})`,
    };
  }
  if (code === 'ETLS') {
    return { code: Code.UNREACHABLE, message: `TLS with ${server} failed: ${failure.message}` };
  }
  if (CONNECTION_CODES.includes(code)) {
    const cause = failure.originalCode ?? code;
    return cause === 'ECONNREFUSED'
      ? { code: Code.UNREACHABLE, message: `${server} refused the connection: ECONNREFUSED` }
      : {
          code: Code.UNREACHABLE,
          message: `${server} could not be reached: ${cause} (${failure.message})`,
        };
  }
  if (REFUSAL_CODES.includes(code)) {
    const at = failure.command ? ` at ${failure.command}` : '';
    return {
      code: Code.REFUSED,
      message: `${server} refused the message${at}${reply || `: ${failure.message}`}`,
      // Nodemailer's reading of the reply: 5xx (but 503) will be refused again, 4xx may pass later.
      permanent: failure.permanent === true,
    };
  }
  return {
    code: Code.FAILED,
    message: `Sending through ${server} failed: ${code}: ${failure.message}`,
  };
}

function scrubbed(message: string, password: string | null): string {
  const text = oneLine(message, 500).replace(MAIL_ADDRESS, '<address>');
  return password ? text.split(password).join('***') : text;
}
