import * as path from 'node:path';
import { MatchingService } from '../../src/matching/matching.service';
import { DEFAULT_WEIGHTS, SIGNALS, type ScoringWeights } from '../../src/matching/scoring-weights';
import { type ReferenceData } from '../../src/seed/reference/reference-data';
import { SE_SETS } from './datasets';
import { type EvalOptions } from './eval-options';
import { type EvalStore, openEvalStore } from './eval-store';
import { type EvalDataset, type MetricValues } from './eval-types';
import { loadEvalGraph } from './load-graph';
import { runConfig } from './runner';
import { buildSeDataset } from './stack-exchange/se-dataset';
import { readSeFiles } from './stack-exchange/se-files';
import { validationSplit } from './stack-exchange/se-validation';
import { buildSyntheticDataset } from './synthetic/synthetic-dataset';
import { DEFAULT_SYNTHETIC_OPTIONS } from './synthetic/synthetic-world';
import { searchWeights, type SearchResult } from './weight-search';

/** The synthetic world tuning may look at: same recipe, another seed, so other queries. */
export const TUNING_SYNTHETIC_SEED = 977;

interface HeldOut {
  readonly dataset: EvalDataset;
  /** The number that counts for this set's target: nDCG@10 (synthetic) or MRR (Stack Exchange). */
  readonly metric: (m: MetricValues) => number;
}

/** The held-out data: a synthetic world of another seed, and each Stack Exchange validation split. */
export function heldOutSets(reference: ReferenceData, dataDir: string): HeldOut[] {
  return [
    {
      dataset: buildSyntheticDataset(reference, {
        ...DEFAULT_SYNTHETIC_OPTIONS,
        seed: TUNING_SYNTHETIC_SEED,
      }),
      metric: (m) => m.ndcg10,
    },
    ...SE_SETS.map((set) => ({
      dataset: buildSeDataset(validationSplit(readSeFiles(path.join(dataDir, set.folder))), {
        name: `${set.name}-validation`,
        title: `${set.title}, validation split`,
      }),
      metric: (m: MetricValues) => m.mrr,
    })),
  ];
}

/**
 * `npm run eval -- --tune`: searches weights on held-out data only (never the test queries) and
 * prints what it found. The objective is the mean of each held-out set's target metric, so one
 * weight set has to serve all three kinds of question, as DEFAULT_WEIGHTS must in production.
 */
export async function tune(
  reference: ReferenceData,
  options: EvalOptions,
  log: (line: string) => void,
): Promise<SearchResult> {
  const sets = heldOutSets(reference, options.dataDir);
  const stores: EvalStore[] = [];
  try {
    for (const set of sets) {
      const store = await openEvalStore(options);
      stores.push(store);
      await loadEvalGraph(store.importer, reference, set.dataset.graph);
      log(
        `tuning on ${set.dataset.name}: ${set.dataset.queries.length} queries (${set.dataset.notes.join('; ')})`,
      );
    }
    const objective = async (weights: ScoringWeights): Promise<number> => {
      const values: number[] = [];
      for (const [index, set] of sets.entries()) {
        const result = await runConfig(
          stores[index].app.get(MatchingService),
          set.dataset.queries,
          { name: 'candidate', weights, kind: 'tuned' },
          { referenceYear: set.dataset.referenceYear },
        );
        values.push(set.metric(result.metrics));
      }
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      log(
        `${describeWeights(weights)} → ${values.map((v) => v.toFixed(3)).join(' / ')} (mean ${mean.toFixed(3)})`,
      );
      return mean;
    };
    return await searchWeights(DEFAULT_WEIGHTS, objective);
  } finally {
    for (const store of stores) await store.close();
  }
}

export function describeWeights(weights: ScoringWeights): string {
  return SIGNALS.map((s) => `${s} ${weights[s].toFixed(3)}`).join(', ');
}
