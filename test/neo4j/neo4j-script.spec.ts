import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { ensureNeo4jLauncherBuilt, isLauncherBuildable } from '../support/neo4j-server';
import { makeTempDir } from '../support/temp-dir';

// `npm run neo4j` as a developer or a process manager runs it: however it is stopped, no JVM
// may stay behind holding the port and the store lock. See docs/neo4j-dev-server.md, "Stop".

const canRun = isLauncherBuildable() || process.env.REQUIRE_NEO4J !== undefined;
const describeNeo4j = canRun ? describe : describe.skip;

const ROOT = path.resolve(__dirname, '..', '..');
const READY_LINE = /^Neo4j ready at bolt:\/\/127\.0\.0\.1:(\d+)$/;
const READY_TIMEOUT_MS = 60_000;
const GONE_TIMEOUT_MS = 15_000;

interface ScriptRun {
  /** The process this test started: npm, or node running the script. */
  readonly root: ChildProcess;
  readonly dataDir: string;
  /** The Bolt port, once the server reports ready. */
  readonly ready: Promise<number>;
  /** The root process has exited. */
  readonly exited: Promise<void>;
  /** Every process writing to the root's output has exited, and the output is read to the end. */
  readonly closed: Promise<void>;
  /** Standard output and standard error so far. */
  output(): string;
}

interface ProcessRow {
  pid: number;
  args: string;
}

/**
 * Starts the command in a process group of its own, so that the run's processes can be told
 * apart from everyone else's, even from those of the same command in another worktree.
 */
function startScript(command: string, args: string[], dataDir: string): ScriptRun {
  const root = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_PORT: '0',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '32m',
    },
  });
  let output = '';
  root.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const lines = readline.createInterface({ input: root.stdout });
  lines.on('line', (line) => (output += `${line}\n`));
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)),
      READY_TIMEOUT_MS,
    );
    lines.on('line', (line) => {
      const match = READY_LINE.exec(line);
      if (!match) return;
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    root.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`exited before it was ready (${signal ?? code}):\n${output}`));
    });
  });
  return {
    root,
    dataDir,
    ready,
    exited: new Promise((resolve) => root.once('exit', () => resolve())),
    closed: new Promise((resolve) => root.once('close', () => resolve())),
    output: () => output,
  };
}

/** Live processes of the run: in its process group, or naming its data directory. */
function processesOf(run: ScriptRun): ProcessRow[] {
  const table = execFileSync('ps', ['-eo', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return table.split('\n').flatMap((line) => {
    const row = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (!row || row[3].startsWith('Z')) return []; // a zombie holds no port and no lock
    const [pid, pgid, args] = [Number(row[1]), Number(row[2]), row[4]];
    return pgid === run.root.pid || args.includes(run.dataDir) ? [{ pid, args }] : [];
  });
}

const javaOf = (run: ScriptRun): ProcessRow[] =>
  processesOf(run).filter((p) => /\bjava\b/.test(p.args));

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describeNeo4j('npm run neo4j', () => {
  let temp: { dir: string; remove: () => void };
  let run: ScriptRun | undefined;

  beforeAll(() => ensureNeo4jLauncherBuilt(), 15 * 60_000);

  beforeEach(() => {
    temp = makeTempDir('neo4j-script');
    run = undefined;
  });

  afterEach(() => {
    // Whatever the test did, leave nothing running.
    for (const { pid } of run ? processesOf(run) : []) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    temp.remove();
  });

  async function start(
    command: string,
    args: string[],
  ): Promise<{ script: ScriptRun; port: number }> {
    run = startScript(command, args, path.join(temp.dir, 'data'));
    const port = await run.ready;
    expect(javaOf(run)).toHaveLength(1);
    await expect(portAccepts(port)).resolves.toBe(true);
    return { script: run, port };
  }

  /** Expects every process of the run gone (npm, node, the JVM), the port closed, a clean stop. */
  async function expectStopped(script: ScriptRun, port: number): Promise<void> {
    const gone = await waitUntil(() => processesOf(script).length === 0, GONE_TIMEOUT_MS);
    expect(gone ? [] : processesOf(script)).toEqual([]);
    await expect(portAccepts(port)).resolves.toBe(false);
    await script.closed;
    expect(script.output()).toContain('Neo4j stopped'); // the store checkpointed, not killed
  }

  // SIGINT takes the same path through npm and the script as SIGTERM.
  it('stops the server, then exits, when npm gets SIGTERM', async () => {
    const { script, port } = await start('npm', ['run', 'neo4j']);

    script.root.kill('SIGTERM');

    await script.exited;
    expect(processesOf(script)).toEqual([]); // npm returns only after Java is gone
    expect(script.root.exitCode).toBe(0);
    await expectStopped(script, port);
  }, 90_000);

  it('stops the server when the script is killed outright', async () => {
    const { script, port } = await start(process.execPath, ['scripts/neo4j.js']);

    script.root.kill('SIGKILL');

    await expectStopped(script, port);
  }, 90_000);

  it('stops the server when npm is killed outright', async () => {
    const { script, port } = await start('npm', ['run', 'neo4j']);

    script.root.kill('SIGKILL');

    await expectStopped(script, port);
  }, 90_000);
});
