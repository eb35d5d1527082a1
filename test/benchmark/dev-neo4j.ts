import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { projectRoot } from '../../src/common/project-root';
import { type Scale } from './bench-args';

/**
 * A throw-away development Neo4j for the benchmark, started the way `npm run neo4j` starts one:
 * scripts/neo4j.js builds the launcher when needed, then the launcher's jar runs on a free
 * loopback port with its own data directory. `--watch-stdin` stops the JVM when this process
 * ends, however it ends.
 */
export interface DevNeo4j {
  readonly uri: string;
  /** The JVM's process id (its CPU time is the benchmark's own). */
  readonly pid: number | undefined;
  /** Where the server keeps its store (removed by stop()): its size on disk is the store's. */
  readonly dataDir: string;
  stop(): Promise<void>;
}

const READY_LINE = /^Neo4j ready at (bolt:\/\/127\.0\.0\.1:\d+)$/;
const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 20_000;

const javaCommand = (): string =>
  process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

/**
 * Heap and page cache per data set, unless NEO4J_HEAP / NEO4J_PAGECACHE say otherwise. The
 * national store is about 1.1 GB on disk: with the launcher's 256 MB page cache every read of it
 * goes to disk, and its import needs more than a 1 GB heap.
 */
const MEMORY_BY_SCALE: Record<Scale, { heap: string; pageCache: string }> = {
  demo: { heap: '1g', pageCache: '256m' },
  regional: { heap: '1g', pageCache: '512m' },
  national: { heap: '4g', pageCache: '2g' },
};

/** Starts a server, or explains in one sentence why it cannot (no Java, no Maven, a failed build). */
export async function startDevNeo4j(scale: Scale): Promise<DevNeo4j> {
  const root = projectRoot();
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'neo4j.js'), 'build'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.error || build.status !== 0) {
    const output = `${build.stderr ?? ''}${build.stdout ?? ''}`.trim().split('\n').at(-1) ?? '';
    throw new Error(build.error?.message ?? output);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennissen-bench-neo4j-'));
  const jar = path.join(root, 'graph', 'neo4j', 'launcher', 'target', 'neo4j-dev-launcher.jar');
  const memory = MEMORY_BY_SCALE[scale];
  const heap = process.env.NEO4J_HEAP ?? memory.heap;
  const child = spawn(
    javaCommand(),
    [`-Xmx${heap}`, '-jar', jar, '--port', '0', '--data-dir', dataDir, '--watch-stdin'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? memory.pageCache },
    },
  );
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const remove = (): void => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    const uri = await readyUri(child, () => stderr);
    return {
      uri,
      pid: child.pid,
      dataDir,
      stop: async () => {
        const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(killer);
        remove();
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    remove();
    throw error;
  }
}

function readyUri(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) return reject(new Error('the launcher has no standard output'));
    const lines = readline.createInterface({ input: child.stdout });
    const fail = (why: string): void => {
      settle();
      reject(new Error(`Neo4j ${why}: ${stderr().trim().split('\n').at(-1) ?? ''}`));
    };
    const timer = setTimeout(
      () => fail(`not ready within ${READY_TIMEOUT_MS / 1000} s`),
      READY_TIMEOUT_MS,
    );
    const settle = (): void => {
      clearTimeout(timer);
      lines.close();
      child.stdout?.resume(); // keep draining, so the JVM never blocks on a full pipe
    };
    lines.on('line', (line) => {
      const ready = READY_LINE.exec(line);
      if (!ready) return;
      settle();
      resolve(ready[1]);
    });
    child.once('error', (error) => fail(`could not start (${error.message})`));
    child.once('exit', (code) => fail(`exited before it was ready (code ${code})`));
  });
}
