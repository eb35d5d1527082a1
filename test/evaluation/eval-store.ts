import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type INestApplicationContext } from '@nestjs/common';
import { openCommandContext } from '../../src/cli/command';
import { loadConfig } from '../../src/config/app-config';
import { MatchingModule } from '../../src/matching/matching.module';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';
import { type EvalOptions } from './eval-options';

export interface EvalStore {
  readonly app: INestApplicationContext;
  readonly importer: GraphImportRepository;
  /** Closes the context; removes the Kuzu directory, or the data set from Neo4j. */
  close(): Promise<void>;
}

/**
 * A fresh, migrated graph store for one data set. Kuzu lives in a new temporary directory that
 * is removed afterwards. Neo4j is the server the caller named: it must hold no people, skills
 * or challenges (the evaluation will not mix its data with anything else, nor delete anything
 * it did not load), and the data set is removed again at the end; the reference municipalities
 * and collaborations stay, as they would in any Kennissen graph.
 */
export async function openEvalStore(options: EvalOptions): Promise<EvalStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kennissen-eval-'));
  const removeDir = (): void => fs.rmSync(dir, { recursive: true, force: true });
  let app: INestApplicationContext | null = null;
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      GRAPH_STORE: options.store,
      KUZU_PATH: path.join(dir, 'graph'),
      KUZU_BUFFER_POOL_MB: '512',
      NEO4J_URI: options.neo4jUri ?? undefined,
      NEO4J_USER: process.env.NEO4J_USER,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD,
      NEO4J_DATABASE: process.env.NEO4J_DATABASE,
      DATABASE_URL: `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
    });
    // The stores and matching, as the service wires them (no HTTP). The relational store, in the
    // temporary directory, holds the introductions of the load-spreading case.
    const context = await openCommandContext(config, {
      graph: true,
      relational: true,
      imports: [MatchingModule],
    });
    app = context;
    const importer = context.get(GraphImportRepository);
    const counts = await importer.counts();
    if (counts.people + counts.skills + counts.challenges > 0) {
      throw new Error(
        `the ${options.store} graph already holds people, skills or challenges; the evaluation needs an empty graph`,
      );
    }
    return {
      app: context,
      importer,
      close: async () => {
        try {
          if (options.store === 'neo4j') await importer.removeNonReferenceData();
        } finally {
          await context.close();
          removeDir();
        }
      },
    };
  } catch (error) {
    await app?.close();
    removeDir();
    throw error;
  }
}
