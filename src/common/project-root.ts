import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/** The repository root (the folder holding package.json), from src/ under ts and dist/src/ when built. */
export function projectRoot(): string {
  if (cached) return cached;
  let directory = __dirname;
  while (!fs.existsSync(path.join(directory, 'package.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`No package.json above ${__dirname}`);
    directory = parent;
  }
  cached = directory;
  return directory;
}
