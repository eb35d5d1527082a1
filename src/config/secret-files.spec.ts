import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from './app-config';
import { valuesFromFiles } from './secret-files';

describe('variables from files (*_FILE)', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-files-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const secretFile = (name: string, content: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('reads a value from its file, without the trailing line break', () => {
    const file = secretFile('admin-key', 'a-long-admin-key-from-a-mounted-secret\n');
    expect(valuesFromFiles(['ADMIN_API_KEY'], { ADMIN_API_KEY_FILE: file })).toEqual({
      values: { ADMIN_API_KEY: 'a-long-admin-key-from-a-mounted-secret' },
      problems: [],
    });
    expect(loadConfig({ ADMIN_API_KEY_FILE: file }).ADMIN_API_KEY).toBe(
      'a-long-admin-key-from-a-mounted-secret',
    );
  });

  it('refuses both ways at once, and a file it cannot read, naming neither content', () => {
    const file = secretFile('password', 'geheim-wachtwoord');
    const { problems } = valuesFromFiles(['NEO4J_PASSWORD', 'SMTP_URL'], {
      NEO4J_PASSWORD: 'direct',
      NEO4J_PASSWORD_FILE: file,
      SMTP_URL_FILE: path.join(dir, 'missing'),
    });
    expect(problems).toEqual([
      'NEO4J_PASSWORD and NEO4J_PASSWORD_FILE are both set; give the value one way only',
      `SMTP_URL_FILE names ${path.join(dir, 'missing')}, which cannot be read (ENOENT)`,
    ]);
    expect(() => loadConfig({ SMTP_URL_FILE: path.join(dir, 'missing') })).toThrow(
      /SMTP_URL_FILE names .*cannot be read/,
    );
    expect(JSON.stringify(problems)).not.toContain('geheim-wachtwoord');
  });

  it('validates a value from a file like any other', () => {
    const file = secretFile('port', 'not-a-port');
    expect(() => loadConfig({ PORT_FILE: file })).toThrow(/PORT/);
  });
});
