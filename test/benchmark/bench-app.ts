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
import { type BenchParameters, pickParameters } from './bench-parameters';

/** What the benchmarked graph holds. */
export interface DataSize {
  readonly municipalities: number;
  readonly people: number;
  readonly skills: number;
  readonly challenges: number;
  /** Every relationship: WORKS_AT, MEMBER_OF, HAS_SKILL, FACES, REQUIRES, WORKED_ON, KNOWS. */
  readonly relationships: number;
}

/** Where the service keeps its data; the benchmark prepared (and removes) the directories. */
export interface ServiceJob {
  readonly store: GraphStoreKind;
  readonly kuzuPath: string;
  readonly databaseUrl: string;
  readonly neo4jUri?: string;
  /** The administrator key the clients call with (made for this run). */
  readonly token: string;
  /** true: the service loads the demo population itself (--scale demo); false: it is loaded. */
  readonly seedDemo: boolean;
}

export interface ServiceReady {
  readonly url: string;
  readonly size: DataSize;
  readonly parameters: BenchParameters;
}

export interface BenchApp {
  readonly ready: ServiceReady;
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
/** Rows read to pick the parameters from: the first ones by id, enough for PICKED's spread. */
const SAMPLE_ROWS = 5_000;

/**
 * The real service (createApp) over the given store, production mode as deployed (introspection
 * closed), the rate limits and the request log off: the load generator is one caller sending thousands of requests,
 * and the service is measured, not the limiter. The clients call with an administrator key: an
 * anonymous reader may not ask on behalf of people visible only within their municipality.
 */
export async function startBenchApp(job: ServiceJob): Promise<BenchApp> {
  const config = loadConfig({
    NODE_ENV: 'production',
    GRAPH_STORE: job.store,
    KUZU_PATH: job.kuzuPath,
    ...(job.neo4jUri ? { NEO4J_URI: job.neo4jUri } : {}),
    DATABASE_URL: job.databaseUrl,
    ADMIN_API_KEY: job.token,
    SEED_DEMO: String(job.seedDemo),
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_CLIENT: '0',
    // No request log lines: the numbers stay comparable with the runs before the request log,
    // and thousands of lines do not flood the output.
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(config, { logger: ['error'] });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const fields = app.get(GraphQLSchemaHost).schema.getQueryType()?.getFields() ?? {};
    if (!('recommendColleagues' in fields))
      throw new Error('this build has no recommendColleagues');
    const size = await storedSize(app, job.seedDemo);
    const parameters = await sampleParameters(app);
    return {
      ready: { url: `http://127.0.0.1:${port}/graphql`, size, parameters },
      close: () => app.close(),
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/** Counts what the store holds; with the demo seed, first waits until it is in. */
async function storedSize(app: NestExpressApplication, seeding: boolean): Promise<DataSize> {
  const importer = app.get(GraphImportRepository);
  const deadline = Date.now() + SEED_WAIT_MS;
  let counts = await importer.counts();
  while (seeding && (counts.people === 0 || counts.challenges === 0)) {
    if (Date.now() > deadline) throw new Error('the demo population did not load in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
    counts = await importer.counts();
  }
  if (counts.people === 0) throw new Error('the store holds no people: was the import run?');
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

async function sampleParameters(app: NestExpressApplication): Promise<BenchParameters> {
  const exporter = app.get(GraphExportRepository);
  const [people, personSkills, challenges] = await Promise.all([
    exporter.exportBatch('people', null, SAMPLE_ROWS),
    exporter.exportBatch('personSkills', null, SAMPLE_ROWS),
    exporter.exportBatch('challenges', null, SAMPLE_ROWS),
  ]);
  const parameters = pickParameters(people.rows, personSkills.rows, challenges.rows);
  if (parameters.challengeIds.length === 0 || parameters.skillInMunicipality.length === 0) {
    throw new Error('the store holds no challenges or no skills held by people');
  }
  return parameters;
}
