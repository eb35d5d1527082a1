import { type ApiClientRecord } from '../api-clients/api-client.record';
import { Scope } from '../common/request/caller';
import { createdText, listText, parseApiKeyArgs, UsageError } from './api-key-cli';

const record = (overrides: Partial<ApiClientRecord> = {}): ApiClientRecord => ({
  id: '0b9e3f3c-8a47-4d5e-9d0e-111111111111',
  name: 'Intranet Tilburg',
  municipalityCode: 'GM0855',
  scopes: [Scope.READ, Scope.WRITE],
  keyId: '0123456789abcdef',
  secretHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
  createdAt: new Date('2026-11-01T10:00:00.000Z'),
  createdBy: 'cli',
  lastUsedAt: null,
  revokedAt: null,
  expiresAt: null,
  ...overrides,
});

describe('parseApiKeyArgs', () => {
  it('reads create with its options', () => {
    expect(
      parseApiKeyArgs([
        'create',
        '--name',
        'Intranet Tilburg',
        '--municipality',
        'GM0855',
        '--scopes',
        'read, write',
        '--expires',
        '2027-01-01',
      ]),
    ).toEqual({
      kind: 'create',
      name: 'Intranet Tilburg',
      municipalityCode: 'GM0855',
      scopes: ['read', 'write'],
      expiresAt: new Date('2027-01-01T00:00:00.000Z'),
    });
  });

  it('reads list, revoke <id> and help', () => {
    expect(parseApiKeyArgs(['list'])).toEqual({ kind: 'list' });
    expect(parseApiKeyArgs(['revoke', 'abc'])).toEqual({ kind: 'revoke', id: 'abc' });
    expect(parseApiKeyArgs([])).toEqual({ kind: 'help' });
    expect(parseApiKeyArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['create', '--name', 'X'], /create needs --municipality, --scopes/],
    [
      ['create', '--name', 'X', '--municipality', 'GM0855', '--scopes', 'read', '--colour', 'red'],
      /colour/,
    ],
    [
      ['create', '--name', 'X', '--municipality', 'GM0855', '--scopes', 'read', 'extra'],
      /options only/,
    ],
    [
      [
        'create',
        '--name',
        'X',
        '--municipality',
        'GM0855',
        '--scopes',
        'read',
        '--expires',
        'soon',
      ],
      /--expires must be a date/,
    ],
    [['revoke'], /exactly one client id/],
    [['revoke', 'a', 'b'], /exactly one client id/],
    [['list', 'all'], /list takes no arguments/],
    [['delete', 'x'], /Unknown command "delete": use create, list or revoke/],
  ])('refuses %j with a message that says what to change', (argv, message) => {
    expect(() => parseApiKeyArgs(argv)).toThrow(UsageError);
    expect(() => parseApiKeyArgs(argv)).toThrow(message);
  });
});

describe('CLI output', () => {
  it('prints the key once at creation', () => {
    const key = `kn_0123456789abcdef_${'s'.repeat(43)}`;
    const text = createdText(record(), key);
    expect(text.split(key)).toHaveLength(2);
    expect(text).toMatch(/shown only now/);
  });

  it('lists clients with their prefix and status, and no hash or secret', () => {
    const now = new Date('2026-11-27T00:00:00.000Z');
    const text = listText(
      [
        record(),
        record({ id: 'r', revokedAt: new Date('2026-11-02T00:00:00.000Z') }),
        record({ id: 'e', expiresAt: new Date('2026-11-03T00:00:00.000Z') }),
      ],
      now,
    );
    expect(text).toContain('kn_0123456789abcdef_…');
    expect(text).toMatch(/0b9e3f3c\S+\s+Intranet Tilburg\s+GM0855\s+read,write\s.*\sactive\n/);
    expect(text).toMatch(/revoked 2026-11-02T00:00:00.000Z/);
    expect(text).toMatch(/expired 2026-11-03T00:00:00.000Z/);
    expect(text).not.toContain('argon2');
  });
});
