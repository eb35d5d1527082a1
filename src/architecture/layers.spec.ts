import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * The layers of src/, lowest first. A file may import files of its own layer and of the layers
 * its layer `uses`, all declared before it: nothing low knows what is built on it. Stores and
 * features both build on the ports and never on each other (adapters implement ports; services
 * call ports). The evaluation and the benchmark (test/evaluation, test/benchmark) stand above all
 * of this and src/ never imports them.
 */
const LAYERS = [
  // src/common, src/config: configuration and what every layer may know (pagination, errors,
  // validation, the request: its caller, scopes, GraphQL context and correlation id)
  { name: 'foundation', uses: [] },
  // each feature's repository port, its records, exception and the enums they are written in;
  // the stores' lifecycle ports (GraphStore, RelationalStore)
  { name: 'ports', uses: ['foundation'] },
  // the adapters that implement the ports: src/graph-store, src/relational, the notifiers of
  // src/notifications
  { name: 'stores', uses: ['foundation', 'ports'] },
  // the features' rules: services and their helpers
  { name: 'features', uses: ['foundation', 'ports'] },
  // where requests come in: resolvers, DTOs, GraphQL models and mappers, src/auth, src/security,
  // src/errors (the error table), src/health, src/graphiql, src/shutdown
  { name: 'edges', uses: ['foundation', 'ports', 'features'] },
  // src/graphql: the Apollo settings, the context it builds per request, error formatting
  { name: 'server', uses: ['foundation', 'ports', 'features', 'edges'] },
  // the Nest modules wiring it all, the app module and factory, start-up
  { name: 'modules', uses: ['foundation', 'ports', 'stores', 'features', 'edges', 'server'] },
  // src/main.ts and the commands in src/cli
  {
    name: 'entry points',
    uses: ['foundation', 'ports', 'stores', 'features', 'edges', 'server', 'modules'],
  },
] as const;

type LayerName = (typeof LAYERS)[number]['name'];

const FEATURES = [
  'api-clients',
  'audit',
  'challenges',
  'collaborations',
  'experiences',
  'gaps',
  'learning',
  'introductions',
  'matching',
  'municipalities',
  'outbox',
  'people',
  'privacy',
  'search',
  'seed',
  'skills',
  'viewpoint',
];
const EDGE_FOLDERS = [
  'auth',
  'errors',
  'graphiql',
  'health',
  'import',
  'logging',
  'observability',
  'security',
  'shutdown',
  'web',
];
/** Value types a port is written in, beside the `*.enum.ts` files under models/. */
const PORT_VALUES = [
  'src/outbox/outbox-event.ts',
  'src/challenges/challenge-status.ts',
  'src/collaborations/collaboration-kind.ts',
  'src/experiences/experience-role.ts',
  'src/learning/programme-status.ts',
  'src/people/visibility.ts',
];
const STORE_PORTS = [
  'src/graph-store/graph-store.ts',
  'src/graph-store/graph-store.exception.ts',
  'src/relational/database-url.ts',
  'src/relational/relational-store.ts',
  'src/relational/relational-store.error.ts',
  'src/relational/relational-store.exception.ts',
];
/** The notifications port (and the values it is written in); the notifiers are its adapters. */
const NOTIFICATION_PORTS = [
  'src/notifications/notification.ts',
  'src/notifications/notifier.ts',
  'src/notifications/notification-delivery.error.ts',
];
const STORE_DRIVERS = [
  'kuzu',
  'neo4j-driver',
  'typeorm',
  '@nestjs/typeorm',
  'pg',
  'better-sqlite3',
];

/** The layer of a file under src/ (a path relative to the repository root), or null. */
function layerOf(file: string): LayerName | null {
  const [, folder = '', ...rest] = file.split('/');
  const inFolder = rest.join('/');
  // src/text: words, Dutch stop words, the stemmer and the query-word rules; they know nothing
  // of the rest.
  if (['common', 'config', 'text'].includes(folder)) return 'foundation';
  if (file === 'src/main.ts' || folder === 'cli') return 'entry points';
  if (STORE_PORTS.includes(file) || NOTIFICATION_PORTS.includes(file)) return 'ports';
  if (folder === 'graph-store' || folder === 'relational') return 'stores';
  if (['src/app.module.ts', 'src/app.factory.ts'].includes(file) || folder === 'startup') {
    return 'modules';
  }
  if (/\.module(\.spec)?\.ts$/.test(file)) return 'modules';
  if (folder === 'notifications') return 'stores';
  if (folder === 'graphql') return 'server';
  if (EDGE_FOLDERS.includes(folder)) return 'edges';
  if (!FEATURES.includes(folder)) return null;
  if (
    /\.(repository|records?|exception)\.ts$/.test(file) ||
    /^models\/[^/]+\.enum\.ts$/.test(inFolder) ||
    PORT_VALUES.includes(file)
  ) {
    return 'ports';
  }
  if (
    /\.(resolver|controller|filter|mapper|plugin)\.ts$/.test(file) ||
    /^(dto|models)\//.test(inFolder)
  ) {
    return 'edges';
  }
  return 'features';
}

const ROOT = path.resolve(__dirname, '..', '..');
const THIS_FOLDER = path.relative(ROOT, __dirname);

interface Import {
  readonly file: string;
  readonly line: number;
  /** As written. */
  readonly specifier: string;
  /** For a relative import: the file it names, relative to the repository root. */
  readonly target: string | null;
}

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return relative === THIS_FOLDER ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function resolved(file: string, specifier: string): string {
  const base = path.join(path.dirname(file), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  return (
    candidates.find((candidate) =>
      fs.statSync(path.join(ROOT, candidate), { throwIfNoEntry: false })?.isFile(),
    ) ?? base
  );
}

/** Every import, export-from, import() and require() of a file (comments and strings ignored). */
function importsOf(file: string): Import[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName, pos }) => ({
    file,
    line: text.slice(0, pos).split('\n').length,
    specifier: fileName,
    target: fileName.startsWith('.') ? resolved(file, fileName) : null,
  }));
}

/** Why an import breaks the layering, or null when it does not. */
function violation(from: string, to: string): string | null {
  const isSpec = from.endsWith('.spec.ts');
  if (!to.startsWith('src/')) {
    if (to.startsWith('migrations/') && layerOf(from) === 'stores') return null;
    if (isSpec && to.startsWith('test/support/')) return null;
    return 'src/ imports nothing outside it (only the relational store its migrations/, only specs test/support/)';
  }
  const own = layerOf(from);
  const other = layerOf(to);
  if (own === null || other === null) return null; // reported by the layer-membership case
  if (own === other) return null;
  const uses: readonly string[] = LAYERS.find((layer) => layer.name === own)!.uses;
  if (uses.includes(other)) return null;
  const rank = (name: LayerName): number => LAYERS.findIndex((layer) => layer.name === name);
  return rank(other) > rank(own)
    ? `${own} may not import ${other}, a layer above it (${own} uses ${uses.join(', ') || 'nothing'})`
    : `${own} may not import ${other} (${own} uses ${uses.join(', ') || 'nothing'})`;
}

const FILES = sourceFiles('src');
const IMPORTS = FILES.flatMap(importsOf);

describe('the layers of src/', () => {
  it('declares each layer above the layers it uses', () => {
    const misplaced = LAYERS.flatMap((layer, index) =>
      layer.uses
        .filter((used) => !LAYERS.slice(0, index).some((below) => below.name === used))
        .map((used) => `${layer.name} uses ${used}, which is not declared below it`),
    );
    expect(misplaced).toEqual([]);
  });

  it('places every file of src/ in a layer', () => {
    const unplaced = FILES.filter((file) => layerOf(file) === null).map(
      (file) =>
        `${file}: in no layer; add its folder to the layers in ${THIS_FOLDER}/layers.spec.ts`,
    );
    expect(unplaced).toEqual([]);
  });

  it('lets no file import a layer above its own, nor one its layer does not use', () => {
    const broken = IMPORTS.flatMap(({ file, line, specifier, target }) => {
      const reason = target === null ? null : violation(file, target);
      return reason ? [`${file}:${line} imports '${specifier}' (${target}): ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('leaves the database drivers to the stores', () => {
    const drivers = IMPORTS.filter(
      ({ file, specifier }) => STORE_DRIVERS.includes(specifier) && layerOf(file) !== 'stores',
    ).map(
      ({ file, line, specifier }) =>
        `${file}:${line} imports '${specifier}': only the stores talk to a database`,
    );
    expect(drivers).toEqual([]);
  });

  describe('the check itself', () => {
    it.each([
      ['src/people/people.repository.ts', 'ports'],
      ['src/people/models/visibility.enum.ts', 'ports'],
      ['src/graph-store/graph-store.ts', 'ports'],
      ['src/graph-store/kuzu/people.kuzu-repository.ts', 'stores'],
      ['src/notifications/notifier.ts', 'ports'],
      ['src/notifications/smtp.notifier.ts', 'stores'],
      ['src/people/people.service.ts', 'features'],
      ['src/people/people.resolver.ts', 'edges'],
      ['src/people/dto/people.args.ts', 'edges'],
      ['src/security/http-error.ts', 'edges'],
      ['src/graphql/graphql.options.ts', 'server'],
      ['src/people/people.module.ts', 'modules'],
      ['src/cli/seed.command.ts', 'entry points'],
    ])('places %s in %s', (file, layer) => {
      expect(layerOf(file)).toBe(layer);
    });

    it.each([
      [
        'src/common/request/caller.ts',
        'src/auth/access.guard.ts',
        /foundation may not import edges, a layer above it/,
      ],
      [
        'src/security/http-error.ts',
        'src/graphql/format-error.ts',
        /edges may not import server, a layer above it/,
      ],
      [
        'src/people/people.service.ts',
        'src/graph-store/kuzu/people.kuzu-repository.ts',
        /features may not import stores \(/,
      ],
      [
        'src/graph-store/kuzu/people.kuzu-repository.ts',
        'src/people/people.service.ts',
        /stores may not import features, a layer above it/,
      ],
      ['src/people/people.service.ts', 'test/evaluation/metrics.ts', /imports nothing outside it/],
    ])('refuses %s importing %s', (from, to, reason) => {
      expect(violation(from, to)).toMatch(reason);
    });

    it('allows adapters to import the ports they implement, and resolvers the services they call', () => {
      expect(
        violation(
          'src/graph-store/kuzu/people.kuzu-repository.ts',
          'src/people/people.repository.ts',
        ),
      ).toBeNull();
      expect(violation('src/people/people.resolver.ts', 'src/people/people.service.ts')).toBeNull();
    });
  });
});
