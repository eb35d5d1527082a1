import * as fs from 'node:fs';
import * as path from 'node:path';

/** Bytes a file or directory tree takes (file sizes, links not followed); 0 when absent. */
export function diskBytes(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.isFile() ? stat.size : 0;
  return fs.readdirSync(target).reduce((sum, name) => sum + diskBytes(path.join(target, name)), 0);
}
