import { spawn } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt, ROOT } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';
import { startTestApp, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

const COMMAND = path.join(ROOT, 'dist', 'src', 'cli', 'api-key.command.js');
const READ = '{ municipalities(first: 1) { totalCount } }';
/** Each case starts the command (and the service) as processes: slow on a busy machine. */
const PROCESS_TIMEOUT = 180_000;
const KEY = /kn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}/g;

interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run apikey -- ...` as operators run it (the built command), on the given stores. */
function apikey(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [COMMAND, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The CLI as a child process, on the same stores as the service (both graph stores). */
describe('npm run apikey', () => {
  const temp = makeTempDir('apikey-cli');
  let env: Record<string, string>;
  let app: TestApp | null = null;
  const serve = async (): Promise<TestApp> =>
    (app = await startTestApp({ ALLOW_ANONYMOUS_READ: 'false' }, temp.dir));
  const stop = async (): Promise<void> => {
    await app?.close();
    app = null;
  };

  beforeAll(async () => {
    await ensureBuilt();
    const config = testConfig(temp.dir);
    env = {
      NODE_ENV: 'test',
      GRAPH_STORE: config.GRAPH_STORE,
      KUZU_PATH: config.KUZU_PATH,
      KUZU_BUFFER_POOL_MB: String(config.KUZU_BUFFER_POOL_MB),
      DATABASE_URL: config.DATABASE_URL,
      ...(config.NEO4J_URI ? { NEO4J_URI: config.NEO4J_URI } : {}),
    };
    // A first start loads the reference municipalities; Kuzu then wants the service stopped.
    await serve();
    await stop();
  }, 300_000); // may build dist/ first
  afterAll(async () => {
    await stop();
    temp.remove();
  });

  it(
    'creates keys that the service accepts, printing each secret once; list never prints one; revoke works while the service runs',
    async () => {
      const created = [];
      for (const name of ['Intranet Tilburg', 'Intranet Breda']) {
        const result = await apikey(
          ['create', '--name', name, '--municipality', 'GM0855', '--scopes', 'read,write'],
          env,
        );
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const keys = result.stdout.match(KEY) ?? [];
        expect(keys).toHaveLength(1);
        const id = /Created API client (\S+) /.exec(result.stdout)?.[1];
        expect(id).toBeDefined();
        created.push({ id: id!, key: String(keys[0]) });
      }
      const [tilburg, breda] = created;

      await serve();
      const read = await app!.gql(READ, undefined, { token: tilburg.key });
      expect(read.errors).toBeUndefined();

      // list and revoke do not open the graph, so they run beside a service on embedded Kuzu.
      const revoked = await apikey(['revoke', breda.id], env);
      expect(revoked.status).toBe(0);
      expect(revoked.stdout).toMatch(new RegExp(`Revoked API client ${breda.id}`));
      const refused = await app!.gql(READ, undefined, { token: breda.key });
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0].message).toMatch(/revoked/);

      const listed = await apikey(['list'], env);
      expect(listed.status).toBe(0);
      expect(listed.stdout.match(KEY)).toBeNull();
      for (const { key } of created) expect(listed.stdout).not.toContain(key.slice(20));
      expect(listed.stdout).toMatch(
        new RegExp(`${tilburg.id}\\s+Intranet Tilburg\\s+GM0855\\s+read,write\\s.*\\sactive`),
      );
      expect(listed.stdout).toMatch(new RegExp(`${breda.id}\\s+Intranet Breda\\s.*\\srevoked `));

      const log = await app!.admin<{
        auditLog: {
          edges: Array<{
            node: {
              action: string;
              objectId: string;
              actor: string;
              origin: string;
              result: string;
            };
          }>;
        };
      }>(
        '{ auditLog(objectType: "ApiClient", first: 10) { edges { node { action objectId actor origin result } } } }',
      );
      const entries = log.data!.auditLog.edges.map((edge) => edge.node);
      expect(entries).toEqual(
        expect.arrayContaining([
          {
            action: 'createApiClient',
            objectId: tilburg.id,
            actor: 'cli',
            origin: 'cli',
            result: 'SUCCESS',
          },
          {
            action: 'createApiClient',
            objectId: breda.id,
            actor: 'cli',
            origin: 'cli',
            result: 'SUCCESS',
          },
          {
            action: 'revokeApiClient',
            objectId: breda.id,
            actor: 'cli',
            origin: 'cli',
            result: 'SUCCESS',
          },
        ]),
      );
      await stop();
    },
    PROCESS_TIMEOUT,
  );

  it.each([
    [['revoke'], 2, /revoke needs exactly one client id[\s\S]*Usage:/],
    [['create', '--name', 'Intranet'], 2, /create needs --municipality, --scopes/],
    [
      ['create', '--name', 'Intranet', '--municipality', 'GM0855', '--scopes', 'read,fly'],
      2,
      /scopes must list one or more of read, write, hr, admin/,
    ],
    [
      ['create', '--name', 'Intranet', '--municipality', '0855', '--scopes', 'read'],
      2,
      /municipalityCode: municipality codes are CBS codes/,
    ],
    [['revoke', 'not-an-id'], 2, /id must be the id of an API client/],
    [['frobnicate'], 2, /Unknown command "frobnicate"/],
  ])(
    'explains %j on stderr (exit %i) without touching a store',
    async (args, status, message) => {
      const result = await apikey(args, {
        ...env,
        DATABASE_URL: 'sqlite:/nonexistent/dir/k.sqlite',
      });
      expect(result.status).toBe(status);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    },
    PROCESS_TIMEOUT,
  );

  it(
    'refuses an unknown municipality and a missing client, and audits the refusals',
    async () => {
      const unknown = await apikey(
        ['create', '--name', 'Intranet Nergens', '--municipality', 'GM9999', '--scopes', 'read'],
        env,
      );
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toMatch(/There is no municipality with CBS code GM9999/);
      expect(unknown.stdout.match(KEY)).toBeNull();

      const missing = await apikey(['revoke', '00000000-0000-4000-8000-000000000000'], env);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toMatch(
        /There is no API client with id 00000000-0000-4000-8000-000000000000/,
      );

      await serve();
      const log = await app!.admin<{
        auditLog: { edges: Array<{ node: { action: string; result: string } }> };
      }>(
        '{ auditLog(objectType: "ApiClient", first: 20) { edges { node { action result actor } } } }',
      );
      expect(log.data!.auditLog.edges.map((edge) => edge.node)).toEqual(
        expect.arrayContaining([
          { action: 'createApiClient', result: 'NOT_FOUND', actor: 'cli' },
          { action: 'revokeApiClient', result: 'NOT_FOUND', actor: 'cli' },
        ]),
      );
      await stop();
    },
    PROCESS_TIMEOUT,
  );
});
