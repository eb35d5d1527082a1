import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from './free-port';

/**
 * A PostgreSQL server of its own for a test that stops and starts it (the shared one of
 * TEST_POSTGRES_URL must stay up for the other suites): a new cluster in a temporary directory,
 * from the binaries of Debian's package, on a free loopback port, trusting local connections.
 * As root it runs as the `postgres` user, since PostgreSQL refuses to run as root.
 */
export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres; the same across stop() and start(). */
  readonly url: string;
  /** Fast shutdown: sessions end, the port closes. The data stay. */
  stop(): void;
  start(): void;
  /** SIGSTOP to the postmaster and its children: sockets stay open, nothing answers. */
  pause(): void;
  resume(): void;
  /** Stops the server and removes its directory. */
  dispose(): void;
}

/** The newest installed PostgreSQL's bin directory, or undefined. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((version) => fs.existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(a) - Number(b));
  return versions.length ? path.join(root, versions[versions.length - 1], 'bin') : undefined;
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBinaries();
  if (!bin)
    throw new Error(
      'No PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)',
    );
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennissen-pg-'));
  const dataDir = path.join(dir, 'data');
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (tool: string, args: string[]): void => {
    const command = path.join(bin, tool);
    const result = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
    }
  };
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const postmasterPid = (): number =>
    Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const signalAll = (signal: NodeJS.Signals): void => {
    const pid = postmasterPid();
    // The backends are the postmaster's children; stop them all, or one would still answer.
    const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    for (const each of [pid, ...children]) process.kill(each, signal);
  };
  let running = false;
  const server: PostgresServer = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      run('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
      running = true;
    },
    stop: () => {
      if (!running) return;
      run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    pause: () => signalAll('SIGSTOP'),
    resume: () => signalAll('SIGCONT'),
    dispose: () => {
      if (running) {
        server.resume();
        server.stop();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  server.start();
  return server;
}
