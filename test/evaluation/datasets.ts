import * as path from 'node:path';
import { type ReferenceData } from '../../src/seed/reference/reference-data';
import { type BaselineScore, type EvalDataset, type MetricValues } from './eval-types';
import { buildSeDataset } from './stack-exchange/se-dataset';
import { readSeFiles } from './stack-exchange/se-files';
import { buildSyntheticDataset } from './synthetic/synthetic-dataset';
import { stackExchangeTarget, syntheticTarget, type TargetOutcome } from './targets';

/** How to build and judge one data set (built only when it runs: the files are large). */
export interface DatasetSpec {
  readonly name: string;
  build(reference: ReferenceData): EvalDataset;
  target(full: MetricValues, baselines: readonly BaselineScore[]): TargetOutcome;
  /** Whether to run the load-spreading case (load-spreading.ts) on it. */
  readonly loadSpreading?: boolean;
}

export const SE_SETS = [
  {
    name: 'beer',
    folder: 'beer_stackexchange_2017',
    title: 'Stack Exchange: Beer, Wine & Spirits (beer.stackexchange.com)',
  },
  {
    name: 'quantumcomputing',
    folder: 'quantumcomputing_stackexchange_2018',
    title: 'Stack Exchange: Quantum Computing (quantumcomputing.stackexchange.com)',
  },
] as const;

export function datasetSpecs(dataDir: string): DatasetSpec[] {
  return [
    {
      name: 'synthetic',
      build: (reference) => buildSyntheticDataset(reference),
      target: (full) => syntheticTarget(full),
      loadSpreading: true,
    },
    ...SE_SETS.map((set): DatasetSpec => ({
      name: set.name,
      build: () =>
        buildSeDataset(readSeFiles(path.join(dataDir, set.folder)), {
          name: set.name,
          title: set.title,
        }),
      target: (full, baselines) => stackExchangeTarget(full, baselines),
    })),
  ];
}
