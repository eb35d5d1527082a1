import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, ensureBuilt, listening, run, storesIn } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';

describe('starting the built service', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('refuses bad configuration with one message naming every bad variable, exit code 2', async () => {
    const secret = 'short-secret';
    const service = run({
      PORT: 'eighty',
      GRAPH_STORE: 'mysql',
      DATABASE_URL: 'mysql://x',
      SEED_DEMO: 'maybe',
      ADMIN_API_KEY: secret,
    });
    await expect(service.exited).resolves.toBe(2);
    expect(service.stderr.match(/Invalid configuration/g)).toHaveLength(1);
    for (const name of ['PORT', 'GRAPH_STORE', 'DATABASE_URL', 'SEED_DEMO', 'ADMIN_API_KEY']) {
      expect(service.stderr).toContain(name);
    }
    expect(service.stderr).not.toContain(secret);
    expect(service.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a second process on the same KUZU_PATH with a clear message, and the first keeps serving', async () => {
    const temp = makeTempDir('second-process');
    const first = run(storesIn(temp.dir));
    try {
      const port = await listening(first);
      const second = run(storesIn(temp.dir));
      await expect(second.exited).resolves.toBe(1);
      expect(second.stderr).toMatch(
        /Kennissen could not start: The graph database at .*graph is in use by another process/,
      );
      expect(second.stderr).toContain('KUZU_PATH');
      expect(second.stderr).not.toMatch(/\n\s+at /);

      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      first.child.kill('SIGTERM');
      await expect(first.exited).resolves.toBe(0);
    } finally {
      first.child.kill('SIGKILL');
      temp.remove();
    }
  });

  it('names the relational database it cannot open, exit code 1', async () => {
    const temp = makeTempDir('bad-sqlite');
    const blocker = path.join(temp.dir, 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    try {
      const service = run({
        ...storesIn(temp.dir),
        DATABASE_URL: `sqlite:${path.join(blocker, 'kennissen.sqlite')}`,
      });
      await expect(service.exited).resolves.toBe(1);
      expect(service.stderr).toMatch(
        /Could not open the relational database \(SQLite at .*a-file\/kennissen\.sqlite\)/,
      );
      expect(service.stderr).not.toMatch(/\n\s+at /);
    } finally {
      temp.remove();
    }
  });

  it('leaves the committed schema.gql untouched when it starts in development', async () => {
    const schemaFile = path.join(ROOT, 'schema.gql');
    const before = {
      text: fs.readFileSync(schemaFile, 'utf8'),
      mtimeMs: fs.statSync(schemaFile).mtimeMs,
    };
    const temp = makeTempDir('development-start');
    const service = run({ ...storesIn(temp.dir), NODE_ENV: 'development', SEED_DEMO: 'false' });
    try {
      await listening(service);
      service.child.kill('SIGTERM');
      await expect(service.exited).resolves.toBe(0);

      expect(fs.readFileSync(schemaFile, 'utf8')).toBe(before.text);
      expect(fs.statSync(schemaFile).mtimeMs).toBe(before.mtimeMs);
    } finally {
      service.child.kill('SIGKILL');
      temp.remove();
      // Should it fail here, it should not leave the working tree changed as well.
      if (fs.readFileSync(schemaFile, 'utf8') !== before.text)
        fs.writeFileSync(schemaFile, before.text);
    }
  });
});
