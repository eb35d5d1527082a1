import { parseArgs } from 'node:util';
import { type ApiClientRecord, inactiveReason } from '../api-clients/api-client.record';
import { keyPrefixOf } from '../api-clients/api-key';

/** `npm run apikey -- ...`: what was asked, before any database is opened. */
export type ApiKeyCommand =
  | {
      readonly kind: 'create';
      readonly name: string;
      readonly municipalityCode: string;
      readonly scopes: string[];
      readonly expiresAt: Date | null;
    }
  | { readonly kind: 'list' }
  | { readonly kind: 'revoke'; readonly id: string }
  | { readonly kind: 'help' };

export const USAGE = `Usage:
  npm run apikey -- create --name "Intranet Tilburg" --municipality GM0855 --scopes read,write [--expires 2027-01-01T00:00:00Z]
  npm run apikey -- list
  npm run apikey -- revoke <id>

Scopes: read, write (own municipality's people and challenges), hr (gap analytics), admin.
The key is printed once, at creation; only a hash is stored. Works on DATABASE_URL (and, for
create, the graph store, to check the municipality: with Kuzu, stop the service first).`;

/** A mistake the operator can fix (command line, input, set-up); the message says what to change. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseApiKeyArgs(argv: readonly string[]): ApiKeyCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { kind: 'help' };
  }
  if (command === 'create') return parseCreate(rest);
  if (command === 'list') {
    noPositionals(rest, 'list takes no arguments');
    return { kind: 'list' };
  }
  if (command === 'revoke') {
    if (rest.length !== 1 || rest[0].startsWith('-')) {
      throw new UsageError('revoke needs exactly one client id, e.g. revoke 3f2b...; see list');
    }
    return { kind: 'revoke', id: rest[0] };
  }
  throw new UsageError(`Unknown command "${command}": use create, list or revoke`);
}

function parseCreate(args: readonly string[]): ApiKeyCommand {
  const { values, positionals } = parseOrExplain(args);
  noPositionals(positionals, `create takes options only, not "${positionals.join(' ')}"`);
  const missing = (['name', 'municipality', 'scopes'] as const).filter(
    (option) => values[option] === undefined,
  );
  if (missing.length > 0) {
    throw new UsageError(`create needs ${missing.map((option) => `--${option}`).join(', ')}`);
  }
  return {
    kind: 'create',
    name: values.name!,
    municipalityCode: values.municipality!,
    scopes: values
      .scopes!.split(',')
      .map((scope) => scope.trim())
      .filter((scope) => scope !== ''),
    expiresAt: values.expires === undefined ? null : parseMoment(values.expires),
  };
}

function parseOrExplain(args: readonly string[]): {
  values: Partial<Record<'name' | 'municipality' | 'scopes' | 'expires', string>>;
  positionals: string[];
} {
  try {
    return parseArgs({
      args: [...args],
      options: {
        name: { type: 'string' },
        municipality: { type: 'string' },
        scopes: { type: 'string' },
        expires: { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function noPositionals(positionals: readonly string[], message: string): void {
  if (positionals.length > 0) throw new UsageError(message);
}

/** An ISO 8601 date or date and time; a bare date means midnight UTC. */
function parseMoment(text: string): Date {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
  const moment = new Date(text);
  if (!iso.test(text) || Number.isNaN(moment.getTime())) {
    throw new UsageError(
      `--expires must be a date (2027-01-01) or a date and time with zone (2027-01-01T08:00:00Z), not "${text}"`,
    );
  }
  return moment;
}

/** What `create` prints: the key once, with how to use it. */
export function createdText(record: ApiClientRecord, key: string): string {
  return [
    `Created API client ${record.id} "${record.name}" for ${record.municipalityCode} with scopes ${record.scopes.join(', ')}${record.expiresAt ? `, expiring ${record.expiresAt.toISOString()}` : ''}.`,
    '',
    "Its key, shown only now (only a hash is stored; keep it in the intranet's secret store):",
    '',
    `  ${key}`,
    '',
    'Call the API with the header: Authorization: Bearer <key>',
    '',
  ].join('\n');
}

/** What `list` prints: one line per client, never a secret. */
export function listText(records: readonly ApiClientRecord[], now = new Date()): string {
  if (records.length === 0)
    return 'No API clients yet. Create one with: npm run apikey -- create ...\n';
  const header = ['ID', 'NAME', 'MUNICIPALITY', 'SCOPES', 'KEY', 'CREATED', 'LAST USED', 'STATUS'];
  const rows = records.map((record) => [
    record.id,
    record.name,
    record.municipalityCode,
    record.scopes.join(','),
    `${keyPrefixOf(record.keyId)}_…`,
    record.createdAt.toISOString(),
    record.lastUsedAt?.toISOString() ?? '-',
    statusOf(record, now),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

function statusOf(record: ApiClientRecord, now: Date): string {
  const inactive = inactiveReason(record, now);
  if (inactive === 'revoked') return `revoked ${record.revokedAt!.toISOString()}`;
  if (inactive === 'expired') return `expired ${record.expiresAt!.toISOString()}`;
  return record.expiresAt ? `active until ${record.expiresAt.toISOString()}` : 'active';
}

export function revokedText(record: ApiClientRecord): string {
  return `Revoked API client ${record.id} "${record.name}" (${keyPrefixOf(record.keyId)}_…) at ${record.revokedAt!.toISOString()}. A running service refuses the key within a minute (its verification cache); a service started now refuses it at once.\n`;
}
