#!/usr/bin/env node
/**
 * The development Neo4j: a real Neo4j Community 5.26 server (graph/neo4j/launcher), on
 * 127.0.0.1 without authentication. Not for production.
 *
 *   npm run neo4j                 build the launcher if needed, then run it in the foreground
 *   node scripts/neo4j.js build   only build it if needed (used by test/support/neo4j-server.ts)
 *
 * Environment: NEO4J_PORT (7687; 0 = any free port), NEO4J_DATA_DIR (./data/neo4j),
 * NEO4J_HEAP (1g), and for the launcher itself NEO4J_PAGECACHE (256m), NEO4J_TX_MEMORY (512m).
 * SIGINT or SIGTERM stops Java and then this script; if this script or its parent is killed
 * outright, Java stops too (docs/neo4j-dev-server.md, "Stop").
 * Plain CommonJS so that it runs without a TypeScript build.
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const ROOT = path.resolve(__dirname, '..');
const LAUNCHER_DIR = path.join(ROOT, 'graph', 'neo4j', 'launcher');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const JAR = path.join(LAUNCHER_DIR, 'target', 'neo4j-dev-launcher.jar');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const BUILD_LOCK = path.join(LAUNCHER_DIR, 'target', '.build-lock');
const BUILD_TIMEOUT_MS = 15 * 60_000;
/** How long a stopping JVM may take before it is killed; a clean stop takes about 2 s. */
const STOP_GRACE_MS = 30_000;
const PARENT_POLL_MS = 1_000;

class SetupError extends Error {}

function javaCommand() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Throws a SetupError unless a Java 17+ runtime answers (Neo4j 5.26 needs 17 or 21). */
function checkJava() {
  const java = javaCommand();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new SetupError(
      `The development Neo4j needs Java 17 or newer, but '${java} -version' failed` +
        ` (${result.error ? result.error.message : `exit ${result.status}`}).` +
        ' Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set JAVA_HOME.',
    );
  }
  // `java -version` writes to stderr, e.g. openjdk version "17.0.15" 2025-04-15
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : NaN;
  if (!(major >= 17)) {
    throw new SetupError(
      `Neo4j 5.26 needs Java 17 or newer; '${java}' is: ${result.stderr.split('\n')[0]}`,
    );
  }
}

function isBuilt() {
  return fs.existsSync(JAR) && fs.existsSync(LIB) && fs.readdirSync(LIB).length > 0;
}

/** Newest modification time of the launcher's inputs: the pom and the Java sources. */
function newestInput(dir = path.join(LAUNCHER_DIR, 'src'), newest = fs.statSync(POM).mtimeMs) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = entry.isDirectory()
      ? newestInput(full, newest)
      : Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  return !isBuilt() || newestInput() > fs.statSync(JAR).mtimeMs;
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the launcher with Maven when its jar is missing or older than its sources. Parallel
 * test workers may all ask at once: a lock directory lets one build while the others wait.
 */
function ensureBuilt() {
  if (!needsBuild()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    if (isBuilt()) {
      console.error('neo4j: launcher sources changed but mvn is missing; using the existing build');
      return;
    }
    throw new SetupError(
      'The development Neo4j launcher is not built and Maven (mvn) was not found.' +
        ' Install Maven 3.8+ (Debian: apt-get install maven), or build it elsewhere with' +
        ` 'mvn -q -f graph/neo4j/launcher/pom.xml package -DskipTests'.`,
    );
  }
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const age = Date.now() - fs.statSync(BUILD_LOCK).mtimeMs;
      if (age > BUILD_TIMEOUT_MS) fs.rmSync(BUILD_LOCK, { recursive: true, force: true }); // a crashed build
      if (Date.now() > deadline)
        throw new SetupError(`Timed out waiting for another launcher build (${BUILD_LOCK})`);
      sleepSync(500);
    }
  }
  try {
    if (!needsBuild()) return; // another process built it while we waited
    console.error(
      'neo4j: building the launcher (first time downloads Neo4j from Maven Central)...',
    );
    const build = spawnSync('mvn', ['-q', '-B', '-f', POM, 'package', '-DskipTests'], {
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (build.error || build.status !== 0 || !isBuilt()) {
      const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.trim().slice(-8000);
      throw new SetupError(
        `Building the Neo4j launcher failed (mvn -f ${path.relative(ROOT, POM)} package -DskipTests,` +
          ` ${build.error ? build.error.message : `exit ${build.status}`}):\n${output}`,
      );
    }
    // Maven leaves an up-to-date jar untouched; mark it as checked against today's sources.
    const now = new Date();
    fs.utimesSync(JAR, now, now);
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function run() {
  checkJava();
  ensureBuilt();
  const port = process.env.NEO4J_PORT || '7687';
  const dataDir = path.resolve(process.env.NEO4J_DATA_DIR || path.join('data', 'neo4j'));
  const heap = process.env.NEO4J_HEAP || '1g';
  console.error(`neo4j: data in ${dataDir}, heap ${heap}; starting...`);

  // --watch-stdin: the launcher stops when this pipe closes, so even if this process is killed
  // outright (SIGKILL) the JVM does not outlive it holding the port and the store lock.
  const args = [`-Xmx${heap}`, '-jar', JAR, '--port', port, '--data-dir', dataDir, '--watch-stdin'];
  const child = spawn(javaCommand(), args, { stdio: ['pipe', 'pipe', 'inherit'] });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    const ready = /^Neo4j ready at (bolt:\/\/\S+)$/.exec(line);
    if (ready) {
      console.error(
        `neo4j: no authentication; point the service at it with GRAPH_STORE=neo4j NEO4J_URI=${ready[1]}` +
          ' (any NEO4J_USER/NEO4J_PASSWORD is accepted). Ctrl+C stops it.',
      );
    }
  });

  let killer;
  const stop = (reason) => {
    if (killer) return;
    console.error(`neo4j: ${reason}; stopping`);
    child.kill('SIGTERM');
    killer = setTimeout(() => {
      console.error(`neo4j: still running after ${STOP_GRACE_MS / 1000} s; killing it`);
      child.kill('SIGKILL');
    }, STOP_GRACE_MS);
  };
  // Ctrl+C in a terminal signals the whole process group, Java included; handling the signals
  // here as well covers `kill <pid>` of this script or of `npm run neo4j` (npm passes SIGINT
  // and SIGTERM on to its child, which the package script makes this process through `exec`).
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => stop(`received ${signal}`));
  }
  // A parent killed outright (npm by SIGKILL) cannot pass anything on; this process is then
  // adopted by another, which it notices within a second.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop(`parent process ${parent} exited`);
  }, PARENT_POLL_MS).unref();

  child.on('error', (err) => {
    console.error(`neo4j: could not start java: ${err.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) console.error(`neo4j: stopped by ${signal}`);
    process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
  });
}

function main() {
  try {
    if (process.argv[2] === 'build') {
      checkJava();
      ensureBuilt();
      return;
    }
    if (process.argv[2] !== undefined) {
      throw new SetupError(
        `unknown argument '${process.argv[2]}' (usage: node scripts/neo4j.js [build])`,
      );
    }
    run();
  } catch (e) {
    if (!(e instanceof SetupError)) throw e;
    console.error(`neo4j: ${e.message}`);
    process.exit(1);
  }
}

main();
