import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Starts the built service (`node dist/main.js`) as operators do. Builds it first when dist/ is
 * missing or older than the sources (CI builds before testing, so there it never rebuilds).
 */
export const ROOT = path.resolve(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'main.js');

function newestSource(directory: string): number {
  return fs.readdirSync(directory, { withFileTypes: true }).reduce((newest, entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return Math.max(newest, newestSource(full));
    return /\.tsx?$/.test(entry.name) ? Math.max(newest, fs.statSync(full).mtimeMs) : newest;
  }, 0);
}

/** Builds under a lock, so the process suites running in parallel do not both rebuild dist/. */
export async function ensureBuilt(): Promise<void> {
  const fresh = (): boolean =>
    fs.existsSync(MAIN) &&
    fs.statSync(MAIN).mtimeMs >=
      Math.max(newestSource(path.join(ROOT, 'src')), newestSource(path.join(ROOT, 'migrations')));
  const lock = path.join(
    os.tmpdir(),
    `kennissen-build-${Buffer.from(ROOT).toString('hex').slice(-16)}.lock`,
  );
  for (;;) {
    if (fresh()) return;
    try {
      fs.mkdirSync(lock);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500)); // another suite is building
      continue;
    }
    try {
      if (fresh()) return;
      const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0)
        throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
      return;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

export interface Run {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
}

export function run(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: os.tmpdir(),
      NO_COLOR: '1',
      NODE_ENV: 'test',
      METRICS_PORT: '0', // any free port: suites run in parallel
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result: Run = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk: Buffer) => (result.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
  return result;
}

export async function listening(service: Run): Promise<number> {
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    const match = /listens on http:\/\/localhost:(\d+)\//.exec(service.stdout);
    if (match) return Number(match[1]);
    if (service.child.exitCode !== null)
      throw new Error(`The service exited early:\n${service.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The service did not start within 60 s');
}

export function storesIn(dir: string): Record<string, string> {
  return {
    PORT: '0',
    KUZU_PATH: path.join(dir, 'graph'),
    KUZU_BUFFER_POOL_MB: '128',
    DATABASE_URL: `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
    ALLOW_ANONYMOUS_READ: 'true',
  };
}
