import { parseArgs } from 'node:util';
import {
  type GenerateOptions,
  type GenerateSummary,
  GenerateOptionsError,
  SCALES,
  type Scale,
} from '../seed/generate/generate-import-files';
import { IMPORT_FILE_FORMATS, type ImportFileFormat } from '../seed/generate/import-format';

export const GENERATE_USAGE = `Usage: npm run generate -- --scale demo|regional|national --out <folder>
         [--seed N] [--format csv|jsonl] [--province <name>]
         [--people N] [--skills N] [--challenges N]`;

function wholeNumber(option: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min) {
    throw new GenerateOptionsError(
      `--${option} must be a whole number of at least ${min}, not "${text}"`,
    );
  }
  return Number(text);
}

/** Reads the command line of `npm run generate`; a mistake is a GenerateOptionsError. */
export function parseGenerateArgs(args: readonly string[]): GenerateOptions {
  let values: Partial<Record<string, string>>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        scale: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        format: { type: 'string' },
        province: { type: 'string' },
        people: { type: 'string' },
        skills: { type: 'string' },
        challenges: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new GenerateOptionsError(error instanceof Error ? error.message : String(error));
  }
  const scale = values.scale;
  if (scale === undefined || !(SCALES as readonly string[]).includes(scale)) {
    throw new GenerateOptionsError(`--scale must be one of ${SCALES.join(', ')}`);
  }
  if (values.out === undefined || values.out === '') {
    throw new GenerateOptionsError('--out <folder> is required');
  }
  const format = values.format;
  if (format !== undefined && !(IMPORT_FILE_FORMATS as readonly string[]).includes(format)) {
    throw new GenerateOptionsError(`--format must be csv or jsonl, not "${format}"`);
  }
  return {
    scale: scale as Scale,
    out: values.out,
    seed: wholeNumber('seed', values.seed, Number.MIN_SAFE_INTEGER),
    format: format as ImportFileFormat | undefined,
    province: values.province,
    people: wholeNumber('people', values.people, 1),
    skills: wholeNumber('skills', values.skills, 1),
    challenges: wholeNumber('challenges', values.challenges, 0),
  };
}

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;
const thousands = (n: number): string => n.toLocaleString('en-US');

/** What the command prints when it is done. */
export function summaryText(
  summary: GenerateSummary,
  seconds: number,
  peakRssBytes: number,
): string {
  const { counts } = summary;
  const relationships = Object.entries(counts.relationships);
  const total = relationships.reduce((sum, [, n]) => sum + n, 0);
  const width = Math.max(...summary.files.map((f) => f.file.length));
  return [
    `Generated the ${summary.scale} population (seed ${summary.seed}, ${summary.municipalities} municipalities) into ${summary.out} in ${seconds.toFixed(1)} s, peak RSS ${megabytes(peakRssBytes)}:`,
    ...summary.files.map(
      (f) =>
        `  ${f.file.padEnd(width)}  ${thousands(f.records).padStart(10)} records  ${megabytes(f.bytes).padStart(9)}`,
    ),
    `  nodes: ${thousands(counts.skills)} skills, ${thousands(counts.people)} people, ${thousands(counts.challenges)} challenges`,
    `  relationships: ${relationships.map(([kind, n]) => `${kind} ${thousands(n)}`).join(', ')}; total ${thousands(total)}`,
  ].join('\n');
}
