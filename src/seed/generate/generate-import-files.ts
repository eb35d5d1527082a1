import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_DEMO_SEED, generateDemoPopulation } from '../demo/generate-demo-population';
import { loadReferenceData, type ReferenceMunicipality } from '../reference/reference-data';
import { writeDemoPopulation } from './demo-export';
import { loadEscoSkills } from './esco-skills';
import {
  IMPORT_FILE_FORMATS,
  type ImportFileFormat,
  type WrittenKind,
  fileName,
} from './import-format';
import { type ImportWriters, openImportWriters } from './import-writer';
import {
  type PopulationCounts,
  type ScaledSizes,
  domainLabel,
  writeScaledPopulation,
} from './scaled-population';

export const SCALES = ['demo', 'regional', 'national'] as const;
export type Scale = (typeof SCALES)[number];

export const DEFAULT_FORMAT: ImportFileFormat = 'csv';
export const DEFAULT_PROVINCE = 'Noord-Brabant';
export const DEFAULT_SEED = DEFAULT_DEMO_SEED;

/** The sizes of the generated scales (the demo scale is the demo population's own). */
export const SCALE_SIZES: Readonly<Record<Exclude<Scale, 'demo'>, ScaledSizes>> = {
  regional: { people: 20_000, skills: 2_000, challenges: 5_000, acquaintancesPerPerson: 4 },
  national: { people: 200_000, skills: 5_000, challenges: 50_000, acquaintancesPerPerson: 4 },
};

export interface GenerateOptions {
  scale: Scale;
  /** The folder to write into; created when missing. */
  out: string;
  seed?: number;
  format?: ImportFileFormat;
  /** Regional scale: the province whose municipalities are used. */
  province?: string;
  /** Size overrides (tests, experiments); skills does not apply to the demo scale. */
  people?: number;
  skills?: number;
  challenges?: number;
  /** Where the reference data and graph/seed/esco are read from (tests). */
  seedDir?: string;
}

export interface WrittenFile {
  kind: WrittenKind;
  file: string;
  records: number;
  bytes: number;
}

export interface GenerateSummary {
  scale: Scale;
  seed: number;
  format: ImportFileFormat;
  out: string;
  municipalities: number;
  counts: PopulationCounts;
  files: WrittenFile[];
}

export class GenerateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerateOptionsError';
  }
}

/**
 * Writes a fictitious population in the bulk import format into a folder: skills, people,
 * challenges, experiences and acquaintances (one file each). Collaborations are reference data
 * already in every store, so none are written. Same options, same bytes.
 */
export async function generateImportFiles(options: GenerateOptions): Promise<GenerateSummary> {
  const format = options.format ?? DEFAULT_FORMAT;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!IMPORT_FILE_FORMATS.includes(format)) {
    throw new GenerateOptionsError(`format must be csv or jsonl, got ${String(format)}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new GenerateOptionsError(`seed must be an integer, got ${seed}`);
  }
  if (options.scale === 'demo' && options.skills !== undefined) {
    throw new GenerateOptionsError(
      '--skills does not apply to the demo scale (its catalogue is fixed)',
    );
  }
  const reference = loadReferenceData(options.seedDir);
  const municipalities = municipalitiesOf(options, reference.municipalities);

  fs.mkdirSync(options.out, { recursive: true });
  removeOtherFormat(options.out, format);
  const writers = openImportWriters(options.out, format);
  const counts =
    options.scale === 'demo'
      ? await writeDemoPopulation(
          generateDemoPopulation(municipalities, {
            seed,
            people: options.people,
            challenges: options.challenges,
          }),
          writers,
        )
      : await writeScaledPopulation(
          {
            municipalities,
            sizes: sizesOf(options.scale, options),
            seed,
            idPrefix: idPrefixOf(options),
            esco: loadEscoSkills(
              options.seedDir === undefined ? undefined : path.join(options.seedDir, 'esco'),
            ),
          },
          writers,
        );
  const files = await closeAll(writers);
  return {
    scale: options.scale,
    seed,
    format,
    out: options.out,
    municipalities: municipalities.length,
    counts,
    files,
  };
}

function municipalitiesOf(
  options: GenerateOptions,
  all: readonly ReferenceMunicipality[],
): ReferenceMunicipality[] {
  if (options.scale !== 'regional') {
    if (options.province !== undefined) {
      throw new GenerateOptionsError('--province applies to the regional scale only');
    }
    return [...all];
  }
  const wanted = (options.province ?? DEFAULT_PROVINCE).toLowerCase();
  const chosen = all.filter((m) => m.province.toLowerCase() === wanted);
  if (chosen.length === 0) {
    const provinces = [...new Set(all.map((m) => m.province))].sort().join(', ');
    throw new GenerateOptionsError(`unknown province "${options.province}"; one of ${provinces}`);
  }
  return chosen;
}

function sizesOf(scale: Exclude<Scale, 'demo'>, options: GenerateOptions): ScaledSizes {
  const defaults = SCALE_SIZES[scale];
  return {
    ...defaults,
    people: options.people ?? defaults.people,
    skills: options.skills ?? defaults.skills,
    challenges: options.challenges ?? defaults.challenges,
  };
}

/** Ids per scale, so that populations of different scales can share a store: gen-nl-person-… */
function idPrefixOf(options: GenerateOptions): string {
  if (options.scale === 'national') return 'gen-nl';
  return `gen-${domainLabel(options.province ?? DEFAULT_PROVINCE)}`;
}

/** A folder must hold one format only: the import reads every kind file it finds. */
function removeOtherFormat(folder: string, format: ImportFileFormat): void {
  for (const other of IMPORT_FILE_FORMATS) {
    if (other === format) continue;
    for (const kind of [
      'skills',
      'people',
      'challenges',
      'experiences',
      'acquaintances',
    ] as const) {
      fs.rmSync(path.join(folder, fileName(kind, other)), { force: true });
    }
  }
}

async function closeAll(writers: ImportWriters): Promise<WrittenFile[]> {
  const all = [
    writers.skills,
    writers.people,
    writers.challenges,
    writers.experiences,
    writers.acquaintances,
  ];
  const files: WrittenFile[] = [];
  for (const writer of all) {
    const bytes = await writer.close();
    files.push({
      kind: writer.kind,
      file: fileName(writer.kind, writer.format),
      records: writer.records,
      bytes,
    });
  }
  return files;
}
