import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../../src/common/project-root';
import { lowerCaseWords } from '../../src/text/words';

/** Where the corpus comes from, each folder with the files of it that hold text. */
const SOURCES: readonly { folder: string; holdsText: (file: string) => boolean }[] = [
  // The demo population: its texts, skill catalogue, names and themes.
  {
    folder: 'src/seed/demo',
    holdsText: (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  },
  // The reference data: municipalities, collaborations and the ESCO skills.
  { folder: 'graph/seed', holdsText: (file) => file.endsWith('.csv') },
  // The Stack Exchange evaluation sets (English).
  {
    folder: 'test/fixtures/expert-eval',
    holdsText: (file) => /(questions|answers)\.jsonl$/.test(file),
  },
];

/**
 * The distinct words (lower-cased, see src/text/words.ts) of the project's own text: the demo
 * population, the reference data and the Stack Exchange fixtures' questions and answers, about
 * 32,000 words in Dutch and English. The text rules are checked on it word for word.
 */
export function corpusWords(): string[] {
  const found = new Set<string>();
  for (const { folder, holdsText } of SOURCES) {
    const root = path.join(projectRoot(), folder);
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(holdsText);
    for (const file of files.sort()) {
      for (const text of textsOf(path.join(root, file))) {
        for (const word of lowerCaseWords(text)) found.add(word);
      }
    }
  }
  return [...found].sort();
}

/** A file's text; for JSON Lines, the strings in its records (so escapes such as \n are decoded). */
function textsOf(file: string): string[] {
  const content = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.jsonl')) return [content];
  return content
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => stringsIn(JSON.parse(line)));
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
