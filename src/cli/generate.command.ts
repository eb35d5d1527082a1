import { generateImportFiles, GenerateOptionsError } from '../seed/generate/generate-import-files';
import { GENERATE_USAGE, parseGenerateArgs, summaryText } from './generate-cli';
import { runCommand } from './command';

/**
 * `npm run generate -- --scale demo|regional|national --out <folder> [--seed N] [--format csv|jsonl]`:
 * writes a fictitious population in the bulk import format (see docs/generate.md). Needs no
 * store and no configuration; the same arguments give the same bytes.
 */
runCommand('Generating failed', async () => {
  let options;
  try {
    options = parseGenerateArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof GenerateOptionsError) {
      process.stderr.write(`${error.message}\n${GENERATE_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const started = process.hrtime.bigint();
  const summary = await generateImportFiles(options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // maxRSS is the peak resident set size of the process, in kilobytes.
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${summaryText(summary, seconds, peakRss)}\n`);
  return 0;
});
