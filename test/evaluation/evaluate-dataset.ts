import { type ReferenceData } from '../../src/seed/reference/reference-data';
import { type DatasetSpec } from './datasets';
import { type EvalOptions } from './eval-options';
import { openEvalStore } from './eval-store';
import { loadEvalGraph } from './load-graph';
import { type DatasetRun } from './report';
import { type EvalDataset } from './eval-types';
import { TUNED_WEIGHTS } from './tuned-weights';
import { describeWeights } from './tune';
import { MatchingService } from '../../src/matching/matching.service';
import { type ConfigResult, type Recommender, runConfig, standardConfigs } from './runner';
import { IntroductionsRepository } from '../../src/introductions/introductions.repository';
import { runLoadSpreading } from './load-spreading';
import { hasLookAlikes, summariseLookAlikes, withoutSkills } from './look-alike-summary';
import { loadSpreadingLine } from './report';

const seconds = (since: number): number => (Date.now() - since) / 1000;

/** Each query asked three times over, against the service's default open-request cap. */
const LOAD_BURST = { rounds: 3, cap: 5 };

/** Builds one data set, loads it into a fresh store, runs every ranker over its queries. */
export async function evaluateDataset(
  spec: DatasetSpec,
  reference: ReferenceData,
  options: EvalOptions,
  log: (line: string) => void,
): Promise<DatasetRun> {
  const loadStarted = Date.now();
  const dataset = spec.build(reference);
  const store = await openEvalStore(options);
  try {
    await loadEvalGraph(store.importer, reference, dataset.graph);
    const loadSeconds = seconds(loadStarted);
    log(
      `${dataset.name}: loaded in ${loadSeconds.toFixed(1)} s; ${dataset.queries.length} queries`,
    );

    const runStarted = Date.now();
    // The service under test, exactly as the GraphQL resolver calls it.
    const recommender: Recommender = store.app.get(MatchingService);
    const results: ConfigResult[] = [];
    for (const config of standardConfigs(TUNED_WEIGHTS?.weights ?? null)) {
      const result = await runConfig(
        recommender,
        dataset.queries,
        config,
        { referenceYear: dataset.referenceYear },
        dataset.probes,
      );
      log(
        `${dataset.name}: ${config.name}: MRR ${result.metrics.mrr.toFixed(3)}, nDCG@10 ${result.metrics.ndcg10.toFixed(3)}, violations ${result.violations.length}`,
      );
      results.push(result);
    }
    const full = results[0];
    // With look-alike queries, every query once more without its skills: the words alone must
    // then tell the two problems apart.
    const descriptionOnly = hasLookAlikes(dataset.queries)
      ? await runConfig(
          recommender,
          dataset.queries.map(withoutSkills),
          { ...full.config, name: `${full.config.name}, description only (no skillIds)` },
          { referenceYear: dataset.referenceYear },
        )
      : null;
    if (descriptionOnly) {
      log(
        `${dataset.name}: ${descriptionOnly.config.name}: MRR ${descriptionOnly.metrics.mrr.toFixed(3)}, nDCG@10 ${descriptionOnly.metrics.ndcg10.toFixed(3)}, violations ${descriptionOnly.violations.length}`,
      );
    }
    const loadSpreading = spec.loadSpreading
      ? await runLoadSpreading(
          recommender,
          store.app.get(IntroductionsRepository),
          dataset.queries,
          { ...LOAD_BURST, referenceYear: dataset.referenceYear },
        )
      : null;
    if (loadSpreading) log(`${dataset.name}: ${loadSpreadingLine(loadSpreading)}`);
    return {
      name: dataset.name,
      title: dataset.title,
      notes: dataset.notes,
      queryCount: dataset.queries.length,
      baselines: dataset.baselines,
      results,
      target: spec.target(full.metrics, dataset.baselines),
      topTenOthers: topTenOthers(dataset, full),
      lookAlike: summariseLookAlikes(dataset.queries, results, descriptionOnly),
      hasTraps: [...dataset.queries, ...dataset.probes].some(
        (q) => q.forbidden.size > 0 || q.unavailable.size > 0,
      ),
      probeCount: dataset.probes.length,
      loadSeconds,
      runSeconds: seconds(runStarted),
      loadSpreading,
      remarks: TUNED_WEIGHTS
        ? [
            `The row "tuned weights" uses ${describeWeights(TUNED_WEIGHTS.weights)}: ${TUNED_WEIGHTS.found} It was never tuned on these queries, and the target is judged on DEFAULT_WEIGHTS only.`,
          ]
        : [],
    };
  } finally {
    await store.close();
  }
}

/** Counts, over all queries, what the non-relevant people in the full ranker's top 10 are. */
function topTenOthers(dataset: EvalDataset, full: ConfigResult): [string, number][] | null {
  const describe = dataset.describeOther;
  if (!describe) return null;
  const counts = new Map<string, number>();
  dataset.queries.forEach((query, index) => {
    for (const id of full.perQuery[index].top10) {
      if (query.relevant.has(id)) continue;
      const kind = describe(query, id);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  });
  return [...counts].sort((a, b) => b[1] - a[1]);
}
