import * as fs from 'node:fs';

/** What reading the `*_FILE` variables gave: the values, and the problems (never a file's content). */
export interface FileValues {
  readonly values: Record<string, string>;
  readonly problems: string[];
}

/**
 * Variables given as files, the way container platforms mount secrets: for each name, `NAME_FILE`
 * is the path of a file holding the value (one trailing line break is dropped). Setting both
 * `NAME` and `NAME_FILE` is a problem, as is a file that cannot be read; messages name the
 * variable and the path, never what the file holds.
 */
export function valuesFromFiles(
  names: readonly string[],
  environment: Readonly<Record<string, string | undefined>>,
  readFile: (path: string) => string = (path) => fs.readFileSync(path, 'utf8'),
): FileValues {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of names) {
    const path = environment[`${name}_FILE`];
    if (path === undefined || path === '') continue;
    if (environment[name] !== undefined && environment[name] !== '') {
      problems.push(`${name} and ${name}_FILE are both set; give the value one way only`);
      continue;
    }
    try {
      values[name] = readFile(path).replace(/\r?\n$/, '');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      problems.push(`${name}_FILE names ${path}, which cannot be read (${reason})`);
    }
  }
  return { values, problems };
}
