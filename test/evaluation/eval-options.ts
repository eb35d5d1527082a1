import * as path from 'node:path';
import { projectRoot } from '../../src/common/project-root';

/** `npm run eval -- [options]`; every option has a default that works from a fresh clone. */
export interface EvalOptions {
  readonly store: 'kuzu' | 'neo4j';
  readonly neo4jUri: string | null;
  /** Folder with the Stack Exchange sets (default: the copy in test/fixtures/expert-eval). */
  readonly dataDir: string;
  /** Where the report goes; null with --no-write. */
  readonly out: string | null;
  /** Data set names to run (default all). */
  readonly only: readonly string[] | null;
  /** Search weights on held-out data instead of evaluating (slow; prints what it finds). */
  readonly tune: boolean;
}

export const DATASET_NAMES = ['synthetic', 'beer', 'quantumcomputing'] as const;

export const USAGE = `Usage: npm run eval -- [--store kuzu|neo4j] [--neo4j-uri bolt://host:7687]
                     [--data-dir DIR] [--out FILE | --no-write] [--only ${DATASET_NAMES.join(',')}]
                     [--tune]`;

export class EvalUsageError extends Error {}

export function parseEvalOptions(argv: readonly string[]): EvalOptions {
  const root = projectRoot();
  let store: EvalOptions['store'] = 'kuzu';
  let neo4jUri: string | null = null;
  let dataDir = path.join(root, 'test', 'fixtures', 'expert-eval');
  let out: string | null = path.join(root, 'docs', 'evaluation.md');
  let only: string[] | null = null;
  let tune = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new EvalUsageError(`${arg} needs a value\n${USAGE}`);
      i += 1;
      return next;
    };
    switch (arg) {
      case '--store': {
        const given = value();
        if (given !== 'kuzu' && given !== 'neo4j')
          throw new EvalUsageError(`--store must be kuzu or neo4j\n${USAGE}`);
        store = given;
        break;
      }
      case '--neo4j-uri':
        neo4jUri = value();
        break;
      case '--data-dir':
        dataDir = path.resolve(value());
        break;
      case '--out':
        out = path.resolve(value());
        break;
      case '--tune':
        tune = true;
        break;
      case '--no-write':
        out = null;
        break;
      case '--only':
        only = value().split(',');
        for (const name of only) {
          if (!(DATASET_NAMES as readonly string[]).includes(name))
            throw new EvalUsageError(`unknown data set "${name}"\n${USAGE}`);
        }
        break;
      default:
        throw new EvalUsageError(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (store === 'neo4j' && !neo4jUri)
    throw new EvalUsageError(`--store neo4j needs --neo4j-uri\n${USAGE}`);
  return { store, neo4jUri, dataDir, out, only, tune };
}
