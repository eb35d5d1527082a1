/**
 * One `npm test` runs every suite: unit specs next to the code, the tooling's specs
 * (test/evaluation, test/benchmark), the graph contract suite and the end-to-end suite once per
 * graph store (Kuzu always; Neo4j when Java can run the project's development server), and the
 * relational suite on SQLite and (with TEST_POSTGRES_URL) PostgreSQL.
 * CI sets REQUIRE_NEO4J / REQUIRE_POSTGRES so that a store which cannot run fails the run.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));

function commandWorks(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

const java = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
const launcherBuilt = fs.existsSync(
  `${__dirname}/graph/neo4j/launcher/target/neo4j-dev-launcher.jar`,
);
const neo4jRunnable =
  !!process.env.TEST_NEO4J_URI ||
  (commandWorks(java, ['-version']) && (launcherBuilt || commandWorks('mvn', ['-v'])));
const withNeo4j = neo4jRunnable || !!process.env.REQUIRE_NEO4J;
if (withNeo4j) process.env.KENNISSEN_TEST_NEO4J = '1';

const skipped = [];
if (!withNeo4j) {
  skipped.push(
    'the graph contract and end-to-end suites on Neo4j (no Java 17 with Maven found; install them, or set TEST_NEO4J_URI to a disposable Neo4j 5.26)',
  );
}
if (!process.env.TEST_POSTGRES_URL) {
  skipped.push(
    'the relational suite on PostgreSQL (set TEST_POSTGRES_URL=postgres://user:password@127.0.0.1:5432/db; the run creates <db>_w1, <db>_w2 beside it)',
  );
}
if (skipped.length > 0 && !process.env.JEST_WORKER_ID) {
  process.stdout.write(`\nSkipped: ${skipped.join('; ')}.\n\n`);
}

const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.(ts|js|mjs)$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  // NestJS 12 and jose 6 ship ES modules only; Jest on Node 20 cannot require() them, so swc compiles them too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@apollo|@as-integrations|jose)/)'],
};

const graphStores = withNeo4j ? ['kuzu', 'neo4j'] : ['kuzu'];

/** @type {import('jest').Config} */
module.exports = {
  // Kuzu databases are native and memory-mapped, and each worker has its own Neo4j server:
  // one worker per core keeps a 2-core machine usable.
  maxWorkers: process.env.TEST_NEO4J_URI ? 1 : 2,
  testTimeout: 60_000,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'tooling',
      testMatch: [
        '<rootDir>/test/evaluation/**/*.spec.ts',
        '<rootDir>/test/benchmark/**/*.spec.ts',
      ],
    },
    {
      ...base,
      // Its own PostgreSQL server, stopped and started during traffic; the graph on Kuzu.
      displayName: 'resilience:postgres',
      testMatch: ['<rootDir>/test/resilience/postgres-*.spec.ts'],
      globals: { TEST_GRAPH_STORE: 'kuzu' },
    },
    {
      ...base,
      displayName: 'relational',
      testMatch: ['<rootDir>/test/relational/**/*.contract-spec.ts'],
    },
    ...(withNeo4j
      ? [
          {
            ...base,
            displayName: 'neo4j-server',
            testMatch: ['<rootDir>/test/neo4j/**/*.spec.ts'],
          },
          {
            ...base,
            displayName: 'transfer',
            testMatch: ['<rootDir>/test/transfer/**/*.spec.ts'],
            globals: { TEST_GRAPH_STORE: 'neo4j' },
          },
          {
            ...base,
            displayName: 'resilience:neo4j',
            testMatch: ['<rootDir>/test/resilience/neo4j-*.spec.ts'],
            globals: { TEST_GRAPH_STORE: 'neo4j' },
          },
        ]
      : []),
    ...graphStores.flatMap((store) => {
      const perStore = {
        ...base,
        globals: { TEST_GRAPH_STORE: store },
        setupFilesAfterEnv: store === 'neo4j' ? ['<rootDir>/test/support/setup-neo4j-file.ts'] : [],
      };
      return [
        {
          ...perStore,
          displayName: `contract:${store}`,
          testMatch: ['<rootDir>/test/contract/**/*.contract-spec.ts'],
        },
        {
          ...perStore,
          displayName: `e2e:${store}`,
          testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
          // The built service's own start and stop are tested as processes on the embedded store.
          testPathIgnorePatterns:
            store === 'kuzu' ? [] : ['/startup\\.', '/shutdown\\.', '/tracing\\.', '/web-page\\.'],
        },
      ];
    }),
  ],
};
