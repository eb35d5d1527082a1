import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/common/project-root';
import { type Scale } from './bench-args';

/**
 * The data sets of --scale regional|national: written by the project's generator and loaded by
 * its bulk import, both run as the commands an operator runs (child processes of the built
 * service, dist/src/cli), so that the load time measured is the import's own.
 *
 *   node dist/src/cli/generate.command.js --scale <scale> --out <folder> --seed <seed>
 *   node dist/src/cli/import.command.js <folder>      (GRAPH_STORE, KUZU_PATH, NEO4J_URI, DATABASE_URL)
 */
type Cli = 'generate' | 'import';

const cliPath = (name: Cli): string =>
  path.join(projectRoot(), 'dist', 'src', 'cli', `${name}.command.js`);

export class MissingCliError extends Error {}

/** Fails before anything starts when this build lacks a command the scale needs. */
export function requireClis(names: readonly Cli[]): void {
  const missing = names.filter((name) => !fs.existsSync(cliPath(name)));
  if (missing.length === 0) return;
  throw new MissingCliError(
    `${missing.map((name) => path.relative(projectRoot(), cliPath(name))).join(' and ')} ` +
      `${missing.length === 1 ? 'is' : 'are'} missing: this build has no ${missing.join('/')} command ` +
      '(npm run bench builds first; does this branch have src/cli/generate.command.ts and ' +
      'src/cli/import.command.ts?). Use --scale demo to benchmark the demo population instead.',
  );
}

export interface Dataset {
  readonly folder: string;
  /** Seconds the generator took; null when the folder was already cached. */
  readonly generatedSeconds: number | null;
}

/**
 * The generated folder data/bench/<scale>-<seed>/, generated when absent. The generator writes
 * into a `.partial` folder that is renamed when it succeeded, so that an interrupted run is never
 * taken for a cached data set.
 */
export async function ensureDataset(
  scale: Scale,
  seed: number,
  log: (message: string) => void,
): Promise<Dataset> {
  const folder = path.join(projectRoot(), 'data', 'bench', `${scale}-${seed}`);
  if (fs.existsSync(folder)) {
    log(`using the cached data set ${path.relative(projectRoot(), folder)}`);
    return { folder, generatedSeconds: null };
  }
  const partial = `${folder}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  log(
    `generating the ${scale} data set (seed ${seed}) into ${path.relative(projectRoot(), folder)}...`,
  );
  const seconds = await runCli(
    'generate',
    ['--scale', scale, '--out', partial, '--seed', String(seed)],
    {},
  );
  fs.renameSync(partial, folder);
  return { folder, generatedSeconds: seconds };
}

/** Runs the bulk import of `folder` into the store `env` names; answers its wall time (s). */
export function importDataset(folder: string, env: Record<string, string>): Promise<number> {
  return runCli('import', [folder], env);
}

function runCli(name: Cli, args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Their output is the operator's view of the step (progress, summary): passed through as is.
    const child = spawn(process.execPath, [cliPath(name), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    // The run's time limit ends this process with exit(): the command must not outlive it.
    const orphaned = (): void => void child.kill('SIGKILL');
    process.once('exit', orphaned);
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      process.off('exit', orphaned);
      if (code === 0) return resolve((performance.now() - started) / 1000);
      reject(new Error(`${name} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
