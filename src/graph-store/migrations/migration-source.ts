import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** One versioned schema migration file, e.g. graph/kuzu/migrations/0001_domain_schema.cypher. */
export interface GraphMigration {
  /** The file name without extension; also the id recorded in the store. */
  readonly id: string;
  readonly statements: string[];
  /** sha256 of the file, so an edited, already-applied migration is detected. */
  readonly checksum: string;
  /** False when the file starts with `// transaction: none` (DDL the store cannot run in a transaction). */
  readonly transactional: boolean;
}

const FILE_PATTERN = /^(\d{4})_[a-z0-9_]+\.cypher$/;

/** Reads every migration of one store directory in version order. */
export function readMigrations(directory: string): GraphMigration[] {
  const files = fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  return files.map((file) => {
    if (!FILE_PATTERN.test(file)) {
      throw new Error(
        `Graph migration ${file} in ${directory} must be named NNNN_snake_case.cypher`,
      );
    }
    const text = fs.readFileSync(path.join(directory, file), 'utf8');
    return {
      id: file.replace(/\.cypher$/, ''),
      statements: splitStatements(text),
      checksum: createHash('sha256').update(text).digest('hex'),
      transactional: !/^\/\/\s*transaction:\s*none\s*$/m.test(text.split('\n')[0] ?? ''),
    };
  });
}

/** Splits a script on semicolons that end a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
