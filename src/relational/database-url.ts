import * as path from 'node:path';

export type RelationalDriver = 'sqlite' | 'postgres';

export type DatabaseTarget =
  | { readonly driver: 'sqlite'; readonly file: string }
  | { readonly driver: 'postgres'; readonly url: string };

/** Reads DATABASE_URL (already validated by AppConfig): `sqlite:<path>` or `postgres://...`. */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  if (databaseUrl.startsWith('sqlite:')) {
    return { driver: 'sqlite', file: path.resolve(databaseUrl.slice('sqlite:'.length)) };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return { driver: 'postgres', url: databaseUrl };
  throw new Error(
    'DATABASE_URL must be sqlite:<path> or postgres://user:password@host:port/database',
  );
}

/** Where the database is, for messages and logs: never the password (DATABASE_URL is a secret). */
export function describeTarget(target: DatabaseTarget): string {
  if (target.driver === 'sqlite') return `SQLite at ${target.file}`;
  try {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL could not be parsed)';
  }
}
