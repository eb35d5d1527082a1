import * as path from 'node:path';
import { describeTarget, parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it('reads a SQLite path, relative to the working directory', () => {
    expect(parseDatabaseUrl('sqlite:./data/k.sqlite')).toEqual({
      driver: 'sqlite',
      file: path.resolve('data/k.sqlite'),
    });
  });

  it('keeps a PostgreSQL URL whole', () => {
    const url = 'postgres://kennissen:secret@db.example.nl:5432/kennissen';
    expect(parseDatabaseUrl(url)).toEqual({ driver: 'postgres', url });
  });

  it('refuses anything else', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/DATABASE_URL must be/);
  });
});

describe('describeTarget', () => {
  it('never shows the password', () => {
    const sut = describeTarget(
      parseDatabaseUrl('postgresql://kennissen:s3cret@db.example.nl:5432/k'),
    );
    expect(sut).toBe('PostgreSQL at db.example.nl:5432/k');
    expect(sut).not.toContain('s3cret');
  });
});
