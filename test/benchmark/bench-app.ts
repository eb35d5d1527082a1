import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from '../../src/app.factory';
import { type GraphStoreKind, loadConfig } from '../../src/config/app-config';
import {
  type ExportBatch,
  type ExportKind,
  GraphExportRepository,
} from '../../src/seed/graph-export.repository';
import { GraphImportRepository } from '../../src/seed/graph-import.repository';

/** What the benchmarked graph holds. */
export interface DataSize {
  readonly municipalities: number;
  readonly people: number;
  readonly skills: number;
  readonly challenges: number;
  /** Every relationship: WORKS_AT, MEMBER_OF, HAS_SKILL, FACES, REQUIRES, WORKED_ON, KNOWS. */
  readonly relationships: number;
}

export interface BenchApp {
  readonly url: string;
  /** The administrator key the clients call with (made for this run). */
  readonly token: string;
  readonly size: DataSize;
  /** Whether the schema has this root query field (recommendColleagues arrives separately). */
  hasQuery(name: string): boolean;
  close(): Promise<void>;
}

const SEED_WAIT_MS = 300_000;
const RELATIONSHIP_KINDS: readonly ExportKind[] = [
  'memberships',
  'personSkills',
  'challengeSkills',
  'experiences',
  'acquaintances',
];

/**
 * The real service (createApp) with the demo population on a fresh store: Kuzu in a temporary
 * directory, or the given (empty) Neo4j. SQLite holds the relational side. Production mode, as
 * deployed: introspection closed. The clients call with an administrator key made for the run:
 * an anonymous reader may not ask on behalf of people visible only within their municipality.
 */
export async function startBenchApp(store: GraphStoreKind, neo4jUri?: string): Promise<BenchApp> {
  const token = randomBytes(24).toString('base64url');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kennissen-bench-${store}-`));
  const config = loadConfig({
    NODE_ENV: 'production',
    GRAPH_STORE: store,
    KUZU_PATH: path.join(dir, 'graph'),
    ...(neo4jUri ? { NEO4J_URI: neo4jUri } : {}),
    DATABASE_URL: `sqlite:${path.join(dir, 'kennissen.sqlite')}`,
    ADMIN_API_KEY: token,
    SEED_DEMO: 'true',
    // The load generator is one caller sending thousands of requests: measure the service, not the limiter.
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_CLIENT: '0',
  });
  let app: NestExpressApplication | undefined;
  try {
    app = await createApp(config, { logger: ['error'] });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const size = await seededSize(app);
    const fields = app.get(GraphQLSchemaHost).schema.getQueryType()?.getFields() ?? {};
    const running = app;
    return {
      url: `http://127.0.0.1:${port}/graphql`,
      token,
      size,
      hasQuery: (name) => name in fields,
      close: async () => {
        await running.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Waits until the demo population is in (Neo4j prepares the store as soon as it answers). */
async function seededSize(app: NestExpressApplication): Promise<DataSize> {
  const importer = app.get(GraphImportRepository);
  const deadline = Date.now() + SEED_WAIT_MS;
  let counts = await importer.counts();
  while (counts.people === 0 || counts.challenges === 0) {
    if (Date.now() > deadline) throw new Error('the demo population did not load in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
    counts = await importer.counts();
  }
  const exporter = app.get(GraphExportRepository);
  let relationships = counts.people + counts.challenges; // WORKS_AT and FACES: one each
  for (const kind of RELATIONSHIP_KINDS) {
    let after: string | null = null;
    do {
      const batch: ExportBatch<ExportKind> = await exporter.exportBatch(kind, after, 5_000);
      relationships += batch.rows.length;
      after = batch.next;
    } while (after !== null);
  }
  return {
    municipalities: counts.municipalities,
    people: counts.people,
    skills: counts.skills,
    challenges: counts.challenges,
    relationships,
  };
}
