import { generateImportFiles, GenerateOptionsError } from '../seed/generate/generate-import-files';
import { GENERATE_USAGE, parseGenerateArgs, summaryText } from './generate-cli';

/**
 * `npm run generate -- --scale demo|regional|national --out <folder> [--seed N] [--format csv|jsonl]`:
 * writes a fictitious population in the bulk import format (see docs/generate.md). Needs no
 * store and no configuration, so unlike the other commands it does not load Nest (command.ts):
 * that would add half a second and some 60 MB to every run. Exit codes: 0 done, 1 failed,
 * 2 wrong arguments; the same arguments give the same bytes.
 */
async function main(): Promise<number> {
  const options = parseGenerateArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const summary = await generateImportFiles(options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // maxRSS is the peak resident set size of the process, in kilobytes.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${summaryText(summary, seconds, peakRss)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof GenerateOptionsError) {
      process.stderr.write(`${error.message}\n${GENERATE_USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(
      `Generating failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
