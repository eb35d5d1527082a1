import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { makeTempDir } from './temp-dir';

/**
 * A real Neo4j Community 5.26 server for tests: the launcher in graph/neo4j/launcher, one JVM
 * per server, Bolt on 127.0.0.1 without authentication. See docs/neo4j-dev-server.md.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const BUILD_SCRIPT = path.join(ROOT, 'scripts', 'neo4j.js');
const LAUNCHER_JAR = path.join(
  ROOT,
  'graph',
  'neo4j',
  'launcher',
  'target',
  'neo4j-dev-launcher.jar',
);
const READY_LINE = /^Neo4j ready at (bolt:\/\/127\.0\.0\.1:(\d+))$/;
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 20_000;
const STDERR_KEPT = 16_384;

export interface Neo4jServerOptions {
  /** Store directory; kept after dispose(). Default: a fresh temporary directory, removed by dispose(). */
  dataDir?: string;
  /** Bolt port; default: any free port, then the same one on every start(). */
  port?: number;
  /** Java heap (-Xmx); default NEO4J_HEAP or 1g. */
  heap?: string;
}

export interface Neo4jServer {
  /** bolt://127.0.0.1:<port>; stays the same across stop() and start(). */
  readonly uri: string;
  readonly port: number;
  readonly dataDir: string;
  /** SIGTERM, then SIGKILL after 20 s; resolves when the JVM is gone. The data stay. */
  stop(): Promise<void>;
  /** Starts the server again on the same port and data directory. */
  start(): Promise<void>;
  /** stop() then start(): what a test of resilience during traffic wants. */
  restart(): Promise<void>;
  /** SIGKILL, like a crash: no checkpoint, connections reset. start() recovers the store. */
  kill(): Promise<void>;
  /**
   * SIGSTOP: the JVM keeps its sockets open but answers nothing, like a server behind a network
   * partition. resume() (SIGCONT) lets it carry on.
   */
  pause(): void;
  resume(): void;
  /** stop() and remove the data directory if this helper created it. */
  dispose(): Promise<void>;
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Whether a `java` runtime answers (JAVA_HOME first, then PATH). */
export function isJavaAvailable(): boolean {
  const result = spawnSync(javaCommand(), ['-version'], { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** Whether a server can be started here: Java, and the launcher built or Maven to build it. */
export function isLauncherBuildable(): boolean {
  if (!isJavaAvailable()) return false;
  if (fs.existsSync(LAUNCHER_JAR)) return true;
  const mvn = spawnSync('mvn', ['-v'], { stdio: 'ignore' });
  return !mvn.error && mvn.status === 0;
}

/**
 * Builds the launcher if it is missing or stale (synchronously, through scripts/neo4j.js, which
 * also serialises parallel Jest workers); throws with Maven's output when that fails.
 */
export function ensureNeo4jLauncherBuilt(): void {
  const result = spawnSync(process.execPath, [BUILD_SCRIPT, 'build'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim();
    throw new Error(`Could not build the Neo4j launcher: ${result.error?.message ?? output}`);
  }
}

/**
 * Runs another main class of the launcher (its jar and target/lib/ on the class path) with
 * `input` on standard input, building the launcher first if needed; returns standard output,
 * or throws with standard error when the class fails.
 */
export function runLauncherClass(
  mainClass: string,
  args: readonly string[],
  input: string,
): string {
  ensureNeo4jLauncherBuilt();
  const classPath = [LAUNCHER_JAR, path.join(path.dirname(LAUNCHER_JAR), 'lib', '*')];
  const result = spawnSync(
    javaCommand(),
    ['-cp', classPath.join(path.delimiter), mainClass, ...args],
    {
      input,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? `exit ${result.status}: ${result.stderr.trim()}`;
    throw new Error(`${mainClass} failed: ${why}`);
  }
  return result.stdout;
}

/** Starts a server and resolves once it accepts Bolt connections. */
export async function startNeo4jServer(options: Neo4jServerOptions = {}): Promise<Neo4jServer> {
  ensureNeo4jLauncherBuilt();
  const temp = options.dataDir === undefined ? makeTempDir('neo4j') : undefined;
  const dataDir = options.dataDir ?? temp?.dir ?? '';
  const heap = options.heap ?? process.env.NEO4J_HEAP ?? '1g';
  const server = new LauncherProcess(dataDir, heap, options.port ?? 0, temp?.remove);
  try {
    await server.start();
  } catch (e) {
    temp?.remove();
    throw e;
  }
  return server;
}

class LauncherProcess implements Neo4jServer {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly dataDir: string,
    private readonly heap: string,
    private boundPort: number,
    private readonly removeDataDir: (() => void) | undefined,
  ) {}

  get port(): number {
    return this.boundPort;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.boundPort}`;
  }

  async start(): Promise<void> {
    if (this.child) throw new Error(`Neo4j is already running at ${this.uri}`);
    const args = [`-Xmx${this.heap}`, '-jar', LAUNCHER_JAR];
    // --watch-stdin: if this process dies without stop(), the closed pipe stops the JVM.
    args.push('--port', String(this.boundPort), '--data-dir', this.dataDir, '--watch-stdin');
    const child = spawn(javaCommand(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    // 'error' alone (java not found) may come without 'exit'; either means no JVM any more.
    this.exited = new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
    void this.exited.then(() => {
      if (this.child === child) this.child = undefined;
    });

    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    const explain = (what: string): Error =>
      new Error(`Neo4j (${this.dataDir}) ${what}. Its standard error:\n${stderr || '(empty)'}`);

    const port = await new Promise<number>((resolve, reject) => {
      const lines = readline.createInterface({ input: child.stdout });
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(explain(`did not report ready within ${READY_TIMEOUT_MS / 1000} s`));
      }, READY_TIMEOUT_MS);
      const settle = (): void => {
        clearTimeout(timer);
        lines.close();
        child.stdout.resume(); // keep draining, so a chatty JVM never blocks on a full pipe
      };
      lines.on('line', (line) => {
        const ready = READY_LINE.exec(line);
        if (!ready) return;
        settle();
        resolve(Number(ready[2]));
      });
      child.once('error', (err) => {
        settle();
        reject(explain(`could not be started: ${err.message}`));
      });
      child.once('exit', (code, signal) => {
        settle();
        reject(explain(`exited before it was ready (${signal ?? `exit code ${code}`})`));
      });
    });
    this.boundPort = port;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.kill('SIGTERM');
    await this.exited;
    clearTimeout(killer);
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }

  async dispose(): Promise<void> {
    this.resume(); // a paused JVM would not act on SIGTERM
    await this.stop();
    this.removeDataDir?.();
  }
}
