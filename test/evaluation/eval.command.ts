import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCommand } from '../../src/cli/command';
import { loadReferenceData } from '../../src/seed/reference/reference-data';
import { datasetSpecs } from './datasets';
import { EvalUsageError, parseEvalOptions } from './eval-options';
import { evaluateDataset } from './evaluate-dataset';
import { formatMarkdown } from './format-markdown';
import { type DatasetRun, renderConsole, renderReport } from './report';
import { FIXED_SECTIONS } from './report-texts';
import { describeWeights, tune } from './tune';

/**
 * `npm run eval` — the quality of recommendColleagues, measured: the synthetic benchmark with
 * planted ground truth and both Stack Exchange sets, each in its own fresh graph store (Kuzu in
 * a temporary directory by default), with MRR, P@1, nDCG@10 and R@10 for the full ranker, each
 * signal alone and the sets' baselines; writes docs/evaluation.md. No network is needed.
 */
async function main(): Promise<void> {
  const options = parseEvalOptions(process.argv.slice(2));
  const started = Date.now();
  const log = (line: string): void => {
    process.stdout.write(
      `[eval ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`,
    );
  };
  const reference = loadReferenceData();
  if (options.tune) {
    const found = await tune(reference, options, log);
    process.stdout.write(
      `\nStart (DEFAULT_WEIGHTS): ${describeWeights(found.start.weights)} → ${found.start.score.toFixed(3)}\n` +
        `Best on held-out data:   ${describeWeights(found.best.weights)} → ${found.best.score.toFixed(3)}\n` +
        `(${found.steps.length} weight sets tried; record the best in test/evaluation/tuned-weights.ts)\n`,
    );
    return;
  }
  const runs: DatasetRun[] = [];
  for (const spec of datasetSpecs(options.dataDir)) {
    if (options.only && !options.only.includes(spec.name)) continue;
    runs.push(await evaluateDataset(spec, reference, options, log));
  }
  process.stdout.write(`${renderConsole(runs)}\n`);

  if (options.out) {
    const cpus = os.cpus();
    const report = renderReport(
      {
        command: [
          'npm run eval',
          ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
        ].join(' '),
        date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        machine: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()} (${os.arch()})`,
        node: process.version,
        store:
          options.store === 'kuzu'
            ? 'Kuzu (embedded, a fresh temporary directory per data set)'
            : `Neo4j at ${options.neo4jUri ?? ''}`,
        totalSeconds: (Date.now() - started) / 1000,
      },
      runs,
      FIXED_SECTIONS,
    );
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, await formatMarkdown(report, options.out));
    log(`wrote ${path.relative(process.cwd(), options.out)}`);
  }
}

runCommand('Evaluation failed', main, {
  showStack: (error) => !(error instanceof EvalUsageError),
});
