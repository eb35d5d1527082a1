import * as fs from 'node:fs';
import * as path from 'node:path';
import { configVariableNames, loadConfig } from './app-config';

/** .env.example's assignments (comments and blank lines left out). */
function exampleEnvironment(): Record<string, string> {
  const text = fs.readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
      .map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at), line.slice(at + 1)];
      }),
  );
}

describe('.env.example', () => {
  it('is a valid configuration once its secrets are filled in', () => {
    const example = exampleEnvironment();
    const secrets = Object.entries(example).filter(([, value]) => value === '');
    expect(secrets.map(([name]) => name).sort()).toEqual([
      'ADMIN_API_KEY',
      'NEO4J_PASSWORD',
      'SMTP_URL',
    ]);
    const config = loadConfig({
      ...example,
      ADMIN_API_KEY: 'an-admin-key-of-sixteen-or-more',
      NEO4J_PASSWORD: 'neo4j-password',
      SMTP_URL: 'smtps://kennissen:secret@mail.gemeente.nl:465',
    });
    expect(config.isProduction).toBe(true);
    expect(config.GRAPH_STORE).toBe('neo4j');
    expect(config.logFormat).toBe('json');
  });

  it('names only variables the service knows', () => {
    const known = new Set(configVariableNames());
    expect(Object.keys(exampleEnvironment()).filter((name) => !known.has(name))).toEqual([]);
  });
});
