import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from '@balena/dockerignore';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { Cmd, Copy, DockerfileParser, Env, From, type Instruction } from 'dockerfile-ast';
import { validate as lintDockerfile } from 'dockerfile-utils';
import {
  Deployment,
  type IDeployment,
  type IStatefulSet,
  StatefulSet,
} from 'kubernetes-models/apps/v1';
import { type INetworkPolicy, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { type IPodDisruptionBudget, PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import {
  ConfigMap,
  type IConfigMap,
  type IContainer,
  type IPodSpec,
  type IProbe,
  type ISecret,
  type IService,
  type IVolumeMount,
  Secret,
  Service,
} from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { AppConfig, configVariableNames } from '../config/app-config';
import { HealthController } from '../health/health.controller';

/**
 * The deployment files held to their schemas and to the service, without Docker or a cluster:
 * the Dockerfile (dockerfile-utils' diagnostics, then the rules below) and every manifest under
 * deploy/kubernetes (kubernetes-models' schema of its kind, then the rules below). Every rule is
 * also shown to fail on a broken copy, in "the checks themselves".
 */

const ROOT = path.join(__dirname, '..', '..');
const KUBERNETES = path.join(ROOT, 'deploy', 'kubernetes');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

// ---------------------------------------------------------------------------------------------
// What the service says about itself

/** The variables holding credentials: never a literal value in a manifest. */
const SECRET_VARIABLES = ['DATABASE_URL', 'NEO4J_PASSWORD', 'ADMIN_API_KEY', 'SMTP_URL'];

interface Facts {
  readonly configNames: ReadonlySet<string>;
  readonly defaults: AppConfig;
  readonly liveRoute: string;
  readonly readyRoute: string;
  /** How long the service gives its stores to close after the grace period. */
  readonly closeMarginMs: number;
  /** How long /health/ready waits for a store before calling it down. */
  readonly storeProbeTimeoutMs: number;
  readonly version: string;
  readonly engine: { readonly major: number; readonly minor: number };
  readonly startCommand: string[];
  /** The top folders that src/ reads through projectRoot() at run time. */
  readonly rootFolders: string[];
  /** What the built service reads from the project root. */
  readonly runtimePaths: string[];
}

/** The GET route of a HealthController handler, from Nest's own metadata. */
function routeOf(handler: 'live' | 'ready'): string {
  const base = Reflect.getMetadata(PATH_METADATA, HealthController) as string;
  const method: unknown = Object.getOwnPropertyDescriptor(
    HealthController.prototype,
    handler,
  )?.value;
  if (typeof method !== 'function') throw new Error(`HealthController has no ${handler}()`);
  if (Reflect.getMetadata(METHOD_METADATA, method) !== RequestMethod.GET) {
    throw new Error(`HealthController.${handler} is not a GET route`);
  }
  const own = Reflect.getMetadata(PATH_METADATA, method) as string;
  return `/${base}/${own}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}

/** A constant's value from a source file, where it is not exported. */
function constantIn(file: string, name: string): number {
  const match = new RegExp(`const ${name} = ([\\d_]+);`).exec(read(file));
  if (!match) throw new Error(`${file} no longer declares ${name}`);
  return Number(match[1].replace(/_/g, ''));
}

function filesUnder(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function serviceFacts(): Facts {
  const pkg = JSON.parse(read('package.json')) as {
    version: string;
    engines: { node: string };
    scripts: Record<string, string>;
  };
  const engine = /^>=\s*(\d+)\.(\d+)/.exec(pkg.engines.node);
  if (!engine) throw new Error(`package.json engines.node is not ">=major.minor"`);
  const rootFolders = new Set<string>();
  for (const file of filesUnder(path.join(ROOT, 'src'))) {
    if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/projectRoot\(\),\s*'([^']+)'/g)) {
      rootFolders.add(match[1].split('/')[0]);
    }
  }
  const storeMigrations = fs
    .readdirSync(path.join(ROOT, 'graph'))
    .filter((store) => fs.existsSync(path.join(ROOT, 'graph', store, 'migrations')))
    .map((store) => `graph/${store}/migrations`);
  return {
    configNames: new Set(configVariableNames()),
    defaults: new AppConfig(),
    liveRoute: routeOf('live'),
    readyRoute: routeOf('ready'),
    closeMarginMs: constantIn('src/shutdown/graceful-shutdown.ts', 'CLOSE_MARGIN_MS'),
    storeProbeTimeoutMs: constantIn('src/health/health.service.ts', 'PROBE_TIMEOUT_MS'),
    version: pkg.version,
    engine: { major: Number(engine[1]), minor: Number(engine[2]) },
    startCommand: pkg.scripts['start:prod'].split(' '),
    rootFolders: [...rootFolders].sort(),
    // package.json marks the project root (src/common/project-root.ts).
    runtimePaths: ['package.json', 'node_modules', 'dist', 'graph/seed', ...storeMigrations],
  };
}

// ---------------------------------------------------------------------------------------------
// The Dockerfile

interface Stage {
  readonly name: string | null;
  readonly image: string;
  readonly instructions: Instruction[];
}

function stagesOf(dockerfile: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of DockerfileParser.parse(dockerfile).getInstructions()) {
    if (instruction instanceof From) {
      stages.push({
        name: instruction.getBuildStage(),
        image: instruction.getImage() ?? '',
        instructions: [],
      });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

const argumentsOf = (instruction: Instruction): string[] =>
  instruction.getArguments().map((argument) => argument.getValue());
const withKeyword = (stage: Stage, keyword: string): Instruction[] =>
  stage.instructions.filter((instruction) => instruction.getKeyword() === keyword);

/** The numeric user the image runs as, or null when it runs as root or by name. */
function imageUser(dockerfile: string): number | null {
  const final = stagesOf(dockerfile).at(-1);
  const user = final ? withKeyword(final, 'USER').at(-1) : undefined;
  const match = user ? /^(\d+)(:\d+)?$/.exec(argumentsOf(user).join(' ')) : null;
  return match && Number(match[1]) !== 0 ? Number(match[1]) : null;
}

/** Where each COPY of a stage puts its sources, relative to the stage's WORKDIR. */
function copiedPaths(stage: Stage): { copy: Copy; target: string }[] {
  let workdir = '/';
  const copied: { copy: Copy; target: string }[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.getKeyword() === 'WORKDIR') {
      workdir = path.posix.resolve(workdir, argumentsOf(instruction).join(' '));
    }
    if (!(instruction instanceof Copy)) continue;
    const [destination, ...sources] = argumentsOf(instruction).reverse();
    const into = path.posix.resolve(workdir, destination);
    const intoFolder = destination.endsWith('/') || sources.length > 1;
    for (const source of sources) {
      const target = intoFolder ? path.posix.join(into, path.posix.basename(source)) : into;
      copied.push({ copy: instruction, target: path.posix.relative(workdir, target) });
    }
  }
  return copied;
}

function dockerfileProblems(dockerfile: string, dockerignore: string, facts: Facts): string[] {
  const problems = lintDockerfile(dockerfile).map(
    ({ range, message }) =>
      `Dockerfile:${range.start.line + 1}: ${typeof message === 'string' ? message : message.value}`,
  );
  const stages = stagesOf(dockerfile);
  const final = stages.at(-1);
  const builds = stages.slice(0, -1);
  if (!final || builds.length === 0) {
    return [...problems, 'the Dockerfile must be multi-stage: a build stage, then the runtime'];
  }
  return [
    ...problems,
    ...baseImageProblems(final, builds, facts),
    ...buildProblems(builds),
    ...runtimeProblems(dockerfile, final, facts),
    ...imageContentProblems(final, builds, facts),
    ...buildContextProblems(stages, dockerignore),
  ];
}

/** Node of package.json's engines, slim at run time, one Debian release for both stages. */
function baseImageProblems(final: Stage, builds: Stage[], facts: Facts): string[] {
  const runtime = /^node:(\d+)\.(\d+)(\.\d+)?-([a-z]+)-slim(@sha256:[0-9a-f]{64})?$/.exec(
    final.image,
  );
  if (!runtime) {
    return [
      `the runtime stage must be a pinned node:<major>.<minor>-<debian>-slim image, not ${final.image}`,
    ];
  }
  const problems: string[] = [];
  const [major, minor, debian] = [Number(runtime[1]), Number(runtime[2]), runtime[4]];
  const { engine } = facts;
  if (major !== engine.major || minor < engine.minor) {
    problems.push(
      `${final.image} runs Node ${major}.${minor}, outside package.json engines (>=${engine.major}.${engine.minor}, same major)`,
    );
  }
  for (const build of builds.filter((stage) => stage.image.startsWith('node:'))) {
    if (!build.image.startsWith(`node:${major}.${minor}`) || !build.image.includes(`-${debian}`)) {
      problems.push(
        `the build stage ${build.image} must be Node ${major}.${minor} on Debian ${debian} like the runtime, so native modules fit`,
      );
    }
  }
  return problems;
}

/** The build installs from the lock file, builds, and keeps only production dependencies. */
function buildProblems(builds: Stage[]): string[] {
  const commands = builds
    .flatMap((stage) => withKeyword(stage, 'RUN'))
    .map((run) => run.getArgumentsContent() ?? '')
    .join('\n');
  const steps: [RegExp, string][] = [
    [/\bnpm ci\b/, 'installs with npm ci (the lock file)'],
    [/\bnpm run build\b/, 'runs npm run build'],
    [/\bnpm (prune|ci)\b[^\n&]*--omit=dev/, 'keeps only production dependencies (--omit=dev)'],
  ];
  return steps
    .filter(([pattern]) => !pattern.test(commands))
    .map(([, what]) => `the build stage never ${what}`);
}

/** How the image runs: production mode, a numeric user, its port, health check, signal, command. */
function runtimeProblems(dockerfile: string, final: Stage, facts: Facts): string[] {
  const problems: string[] = [];
  const env = new Map(
    withKeyword(final, 'ENV')
      .filter((instruction): instruction is Env => instruction instanceof Env)
      .flatMap((instruction) => instruction.getProperties())
      .map((property) => [property.getName(), property.getValue()]),
  );
  if (env.get('NODE_ENV') !== 'production') {
    problems.push('the runtime stage must set NODE_ENV=production');
  }
  if (imageUser(dockerfile) === null) {
    problems.push(
      'the runtime stage must end with USER <uid>[:<gid>], a numeric non-root user (Kubernetes checks runAsNonRoot by number)',
    );
  }
  const port = env.get('PORT') ?? String(facts.defaults.PORT);
  if (!withKeyword(final, 'EXPOSE').some((expose) => argumentsOf(expose).includes(port))) {
    problems.push(`the runtime stage must EXPOSE ${port}, the service's PORT`);
  }
  const healthchecks = withKeyword(final, 'HEALTHCHECK');
  if (healthchecks.length !== 1) {
    problems.push('the runtime stage must have one HEALTHCHECK');
  } else {
    const exec = /^CMD\s+(\[[\s\S]*\])$/.exec(healthchecks[0].getArgumentsContent() ?? '');
    const command = exec ? (JSON.parse(exec[1]) as string[]) : [];
    const route = /\/health[\w/-]*/.exec(command.join(' '))?.[0];
    if (command[0] !== 'node') {
      problems.push(
        'the HEALTHCHECK must run node in exec form, CMD ["node", ...] (no curl in slim)',
      );
    }
    if (route !== facts.liveRoute) {
      problems.push(`the HEALTHCHECK must ask ${facts.liveRoute} (HealthController), not ${route}`);
    }
  }
  const stopSignal = withKeyword(final, 'STOPSIGNAL').at(-1);
  if (!stopSignal || argumentsOf(stopSignal).join(' ') !== 'SIGTERM') {
    problems.push('the runtime stage must say STOPSIGNAL SIGTERM, on which the service drains');
  }
  const command = withKeyword(final, 'CMD').at(-1);
  const argv =
    command instanceof Cmd ? command.getJSONStrings().map((value) => value.getJSONValue()) : [];
  if (argv.join(' ') !== facts.startCommand.join(' ')) {
    problems.push(
      `the runtime stage must run CMD ${JSON.stringify(facts.startCommand)} (package.json start:prod) in exec form`,
    );
  }
  return problems;
}

/** What the service reads at run time is in the image, the build output from a build stage. */
function imageContentProblems(final: Stage, builds: Stage[], facts: Facts): string[] {
  const problems: string[] = [];
  const copied = copiedPaths(final);
  for (const needed of facts.runtimePaths) {
    const copy = copied.find(({ target }) => needed === target || needed.startsWith(`${target}/`));
    if (!copy) {
      problems.push(`the runtime stage does not copy ${needed}, which the service reads`);
    } else if (['node_modules', 'dist'].includes(needed) && !copy.copy.getFromFlag()) {
      problems.push(`the runtime stage must take ${needed} from the build stage (COPY --from=...)`);
    }
  }
  for (const folder of facts.rootFolders) {
    if (!facts.runtimePaths.some((needed) => needed.split('/')[0] === folder)) {
      problems.push(`src/ reads ${folder}/ through projectRoot(); add it to runtimePaths here`);
    }
  }
  const stageNames = builds.map((stage) => stage.name);
  for (const { copy } of copied) {
    const from = copy.getFromFlag()?.getValue();
    if (from && !stageNames.includes(from)) {
      problems.push(`COPY --from=${from} names no build stage`);
    }
  }
  return problems;
}

/** What COPY takes from the build context is let through, and nothing that must stay out. */
function buildContextProblems(stages: Stage[], dockerignore: string): string[] {
  const problems: string[] = [];
  const ignored = ignore({ ignorecase: false }).add(
    dockerignore.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')),
  );
  const sources = stages.flatMap((stage) =>
    stage.instructions
      .filter((instruction): instruction is Copy => instruction instanceof Copy)
      .filter((copy) => !copy.getFromFlag())
      .flatMap((copy) => argumentsOf(copy).slice(0, -1)),
  );
  for (const source of sources) {
    const full = path.join(ROOT, source);
    if (!fs.existsSync(full)) {
      problems.push(`COPY ${source}: no such file in the repository`);
      continue;
    }
    const files = fs.statSync(full).isDirectory()
      ? filesUnder(full).map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
      : [source];
    const excluded = files.filter((file) => !file.endsWith('.spec.ts') && ignored.ignores(file));
    if (excluded.length > 0) {
      problems.push(`COPY ${source}: .dockerignore excludes ${excluded.slice(0, 3).join(', ')}`);
    }
  }
  const outside = ['node_modules/x', 'dist/main.js', 'data/kennissen.sqlite', '.git/HEAD', '.env'];
  for (const kept of [...outside, 'coverage/index.html', 'test/e2e/x.e2e-spec.ts']) {
    if (!ignored.ignores(kept)) problems.push(`.dockerignore lets ${kept} into the build context`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The Kubernetes manifests

interface Kustomization {
  readonly apiVersion?: unknown;
  readonly kind?: unknown;
  resources?: string[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

interface Manifest {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: { name?: string; namespace?: string };
}

/** deploy/kubernetes as read: kustomizations by folder, manifests by file (paths relative to it). */
interface Tree {
  kustomizations: Record<string, Kustomization>;
  documents: Record<string, Manifest[]>;
}

interface Applied {
  readonly file: string;
  readonly manifest: Manifest;
}

/** Parses as Kubernetes does (YAML 1.1: 0440 is octal, yes is true); problems name the file. */
function parseYaml(text: string, file: string): { documents: unknown[]; problems: string[] } {
  const all = parseAllDocuments(text, { version: '1.1' });
  const problems = all.flatMap((document) =>
    document.errors.map((error) => `${file}: ${error.message.split('\n')[0]}`),
  );
  const documents = all
    .map((document) => document.toJS() as unknown)
    .filter((document) => document !== null);
  return { documents, problems };
}

function readTree(): { tree: Tree; problems: string[] } {
  const tree: Tree = { kustomizations: {}, documents: {} };
  const problems: string[] = [];
  for (const full of filesUnder(KUBERNETES)) {
    if (!/\.ya?ml$/.test(full)) continue;
    const file = path.relative(KUBERNETES, full).split(path.sep).join('/');
    const parsed = parseYaml(fs.readFileSync(full, 'utf8'), file);
    problems.push(...parsed.problems);
    if (path.basename(file) === 'kustomization.yaml') {
      tree.kustomizations[path.posix.dirname(file)] = parsed.documents[0] as Kustomization;
    } else {
      tree.documents[file] = parsed.documents as Manifest[];
    }
  }
  return { tree, problems };
}

/** What `kubectl apply -k deploy/kubernetes` applies: the resources, folder by folder. */
function applied(tree: Tree, folder = '.', problems: string[] = []): Applied[] {
  const kustomization = tree.kustomizations[folder];
  if (!kustomization) {
    problems.push(`${folder}: no kustomization.yaml`);
    return [];
  }
  if (
    kustomization.apiVersion !== 'kustomize.config.k8s.io/v1beta1' ||
    kustomization.kind !== 'Kustomization'
  ) {
    problems.push(
      `${folder}/kustomization.yaml: not a kustomize.config.k8s.io/v1beta1 Kustomization`,
    );
  }
  return (kustomization.resources ?? []).flatMap((resource) => {
    const target = path.posix.normalize(path.posix.join(folder, resource));
    if (tree.kustomizations[target]) return applied(tree, target, problems);
    const documents = tree.documents[target];
    if (!documents) {
      problems.push(`${folder}/kustomization.yaml names ${resource}, which does not exist`);
      return [];
    }
    return documents.map((manifest) => ({ file: target, manifest }));
  });
}

type ModelClass = new (data: never) => { validate(): void };
const MODELS: Record<string, ModelClass> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

/** Every manifest, applied or example, against its kind's schema. */
function schemaProblems(tree: Tree): string[] {
  return Object.entries(tree.documents).flatMap(([file, manifests]) =>
    manifests.flatMap((manifest) => {
      const kind = `${String(manifest.apiVersion)}/${String(manifest.kind)}`;
      const Model = MODELS[kind];
      if (!Model) return [`${file}: no schema for ${kind}; add its kubernetes-models class here`];
      const problems = manifest.metadata?.name ? [] : [`${file}: ${kind} without metadata.name`];
      if (manifest.metadata?.namespace) {
        problems.push(
          `${file}: sets namespace ${manifest.metadata.namespace}; the manifests leave it to kubectl -n or an overlay`,
        );
      }
      try {
        new Model(manifest as never).validate();
      } catch (error) {
        problems.push(`${file}: ${kind} ${manifest.metadata?.name}: ${(error as Error).message}`);
      }
      return problems;
    }),
  );
}

const ofKind = <T>(all: Applied[], kind: string): T[] =>
  all.filter(({ manifest }) => manifest.kind === kind).map(({ manifest }) => manifest as T);
const named = <T extends Manifest>(items: T[], name: string): T | undefined =>
  items.find((item) => item.metadata?.name === name);
const selects = (
  selector: Record<string, string> | undefined,
  labels: Record<string, string> = {},
): boolean =>
  !!selector &&
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([key, value]) => labels[key] === value);

/** A probe's or Service's port, named or numbered, as the container's number. */
function portNumber(container: IContainer, port: string | number | undefined): number | undefined {
  if (typeof port === 'number') return port;
  return container.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

/** Kubernetes memory (Mi, Gi, ...) or Neo4j's sizes (512m, 1G: both binary) in bytes. */
function bytes(quantity: string, binaryLetters = false): number {
  const match = /^(\d+(?:\.\d+)?)([KMGT]i|[KMGTkmgt])?$/.exec(quantity.trim());
  if (!match) return Number.NaN;
  const unit = match[2] ?? '';
  const power = 'KMGT'.indexOf(unit[0]?.toUpperCase() ?? '') + 1;
  const base = unit.endsWith('i') || binaryLetters ? 1024 : 1000;
  return Number(match[1]) * base ** power;
}

/** The service's pod as applied, with the variables it gets from env and its ConfigMap. */
interface ServiceView {
  readonly all: Applied[];
  readonly pod: IPodSpec;
  readonly container: IContainer;
  readonly podLabels: Record<string, string> | undefined;
  readonly replicas: number;
  /** Literal values, from env and the ConfigMaps of envFrom. */
  readonly settings: Map<string, string>;
  /** Every variable name given, with or without a value. */
  readonly names: Set<string>;
  readonly port: number;
  readonly podAnnotations: Record<string, string>;
}

/** The Kennissen Deployment (and the Neo4j StatefulSet, when applied) against the rules. */
function serviceProblems(tree: Tree, facts: Facts, imageUid: number | null): string[] {
  const problems: string[] = [];
  const all = applied(tree, '.', problems);
  problems.push(...appliedFileProblems(tree, all));
  const deployment = named(ofKind<IDeployment>(all, 'Deployment'), 'kennissen');
  const pod = deployment?.spec?.template.spec;
  const container = pod?.containers.find((candidate) => candidate.name === 'kennissen');
  if (!deployment?.spec || !pod || !container) {
    return [...problems, 'no Deployment kennissen with a container kennissen'];
  }
  const settings = new Map<string, string>();
  const names = new Set<string>();
  for (const source of container.envFrom ?? []) {
    const configMap = named(ofKind<IConfigMap>(all, 'ConfigMap'), source.configMapRef?.name ?? '');
    if (source.configMapRef && !configMap) {
      problems.push(`envFrom names ConfigMap ${source.configMapRef.name}, which is not applied`);
    }
    for (const [name, value] of Object.entries(configMap?.data ?? {})) {
      settings.set(name, value);
      names.add(name);
    }
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) settings.set(variable.name, variable.value);
    names.add(variable.name);
  }
  const view: ServiceView = {
    all,
    pod,
    container,
    podLabels: deployment.spec.template.metadata?.labels,
    replicas: deployment.spec.replicas ?? 1,
    settings,
    names,
    port: Number(settings.get('PORT') ?? facts.defaults.PORT),
    podAnnotations: deployment.spec.template.metadata?.annotations ?? {},
  };
  if (view.replicas < 2) {
    problems.push(`the Deployment runs ${view.replicas} replica(s); 2 or more keep it answering`);
  }
  if (settings.get('GRAPH_STORE') !== 'neo4j') {
    problems.push(
      `GRAPH_STORE must be neo4j with ${view.replicas} replicas (Kuzu is one process's)`,
    );
  }
  return [
    ...problems,
    ...imageProblems(tree, view, facts),
    ...variableProblems(view, facts),
    ...secretProblems(tree, view),
    ...probeProblems(view, facts),
    ...resourceProblems(view, imageUid),
    ...shutdownProblems(view, facts),
    ...reachProblems(view),
    ...metricsProblems(view, facts),
    ...neo4jProblems(view),
  ];
}

/** Every manifest applied, but the examples; no Secret among them. */
function appliedFileProblems(tree: Tree, all: Applied[]): string[] {
  const problems: string[] = [];
  const files = new Set(all.map(({ file }) => file));
  for (const file of Object.keys(tree.documents)) {
    const example = file.endsWith('.example.yaml');
    if (!example && !files.has(file)) problems.push(`${file} is not applied by a kustomization`);
    if (example && files.has(file)) problems.push(`${file} is an example and must not be applied`);
  }
  for (const { file, manifest } of all) {
    if (manifest.kind === 'Secret') {
      problems.push(`${file}: a Secret in git; create it outside (deploy/README.md)`);
    }
  }
  return problems;
}

/** The tag kustomize gives the image is package.json's version. */
function imageProblems(tree: Tree, { container }: ServiceView, facts: Facts): string[] {
  const image = container.image?.split(':')[0];
  const entry = Object.values(tree.kustomizations)
    .flatMap((kustomization) => kustomization.images ?? [])
    .find((candidate) => candidate.name === image);
  return entry?.newTag === facts.version
    ? []
    : [`the images entry for ${image} must set newTag ${facts.version} (package.json version)`];
}

/** Each variable is one the service reads (src/config/app-config.ts), or its NAME_FILE. */
function variableProblems({ names }: ServiceView, facts: Facts): string[] {
  return [...names]
    .filter((name) => !facts.configNames.has(name.replace(/_FILE$/, '')))
    .map((name) => `${name} is not a configuration variable of src/config/app-config.ts`);
}

/** Secrets only as files of the mounted Secret, whose every key the example shows. */
function secretProblems(tree: Tree, view: ServiceView): string[] {
  const { container, pod, settings, names } = view;
  const problems: string[] = [];
  if (container.envFrom?.some((source) => source.secretRef)) {
    problems.push('envFrom secretRef puts secrets into the environment; mount them, use NAME_FILE');
  }
  for (const configMap of ofKind<IConfigMap>(view.all, 'ConfigMap')) {
    for (const name of Object.keys(configMap.data ?? {}).filter(isSecret)) {
      problems.push(
        `ConfigMap ${configMap.metadata?.name} holds the secret ${name}; use ${name}_FILE`,
      );
    }
  }
  for (const variable of container.env ?? []) {
    if (isSecret(variable.name) && variable.value !== undefined) {
      problems.push(`env ${variable.name} holds a secret as a value; use ${variable.name}_FILE`);
    }
  }
  const mounts = secretMounts(pod, container);
  const files = [...settings].filter(
    ([name]) => isSecret(name.replace(/_FILE$/, '')) && name.endsWith('_FILE'),
  );
  for (const [name, file] of files) {
    if (!mounts.some((mount) => file.startsWith(`${mount.mountPath}/`))) {
      problems.push(`env ${name} names ${file}, not a file of a mounted secret volume`);
    }
  }
  const fromSecret = (name: string): boolean =>
    names.has(`${name}_FILE`) ||
    !!container.env?.some((variable) => variable.name === name && variable.valueFrom?.secretKeyRef);
  if (!fromSecret('DATABASE_URL')) {
    problems.push('DATABASE_URL (the PostgreSQL) must come from the secret, as DATABASE_URL_FILE');
  }
  if (settings.get('NEO4J_USER') && !fromSecret('NEO4J_PASSWORD')) {
    problems.push('NEO4J_PASSWORD must come from the secret, as NEO4J_PASSWORD_FILE');
  }

  const secretName = pod.volumes?.find((volume) => volume.secret)?.secret?.secretName;
  const example = Object.entries(tree.documents)
    .filter(([file]) => file.endsWith('.example.yaml'))
    .flatMap(([, manifests]) => manifests as ISecret[])
    .find((manifest) => manifest.kind === 'Secret' && manifest.metadata?.name === secretName);
  const shown = { ...example?.data, ...example?.stringData };
  for (const [name, file] of files) {
    const key = path.posix.basename(file);
    if (!(key in shown)) problems.push(`${name} reads key ${key}, which secret.example.yaml lacks`);
  }
  for (const [key, value] of Object.entries(shown)) {
    if (!value.includes('change-me')) {
      problems.push(`secret.example.yaml: ${key} must be a change-me placeholder`);
    }
  }
  return problems;
}

const isSecret = (name: string): boolean => SECRET_VARIABLES.includes(name);
const secretMounts = (pod: IPodSpec, container: IContainer): IVolumeMount[] =>
  (container.volumeMounts ?? []).filter((mount) =>
    pod.volumes?.some((volume) => volume.name === mount.name && volume.secret),
  );

/** Probes on the routes of HealthController, at the service's port. */
function probeProblems({ container, port }: ServiceView, facts: Facts): string[] {
  const problems: string[] = [];
  const probes: [string, IProbe | undefined, string][] = [
    ['readinessProbe', container.readinessProbe, facts.readyRoute],
    ['livenessProbe', container.livenessProbe, facts.liveRoute],
    ['startupProbe', container.startupProbe, facts.liveRoute],
  ];
  for (const [name, probe, route] of probes) {
    const httpGet = probe?.httpGet;
    if (httpGet?.path !== route) problems.push(`${name} must GET ${route}, not ${httpGet?.path}`);
    if (httpGet && portNumber(container, httpGet.port) !== port) {
      problems.push(`${name} asks port ${httpGet.port}, not the service's PORT ${port}`);
    }
  }
  if ((container.readinessProbe?.timeoutSeconds ?? 1) * 1000 <= facts.storeProbeTimeoutMs) {
    problems.push(
      `readinessProbe timeoutSeconds must exceed the service's own store probe (${facts.storeProbeTimeoutMs} ms)`,
    );
  }
  return problems;
}

/** Requests and limits; the hardening; the image's user; writable /tmp only. */
function resourceProblems({ pod, container }: ServiceView, imageUid: number | null): string[] {
  const problems = hardeningProblems('the Deployment', pod, container, true);
  for (const kind of ['requests', 'limits'] as const) {
    for (const resource of ['cpu', 'memory']) {
      if (container.resources?.[kind]?.[resource] === undefined) {
        problems.push(`resources.${kind}.${resource} is not set`);
      }
    }
  }
  const runAsUser = container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser;
  if (runAsUser !== undefined && runAsUser !== imageUid) {
    problems.push(`runAsUser ${runAsUser} is not the image's USER ${imageUid}`);
  }
  const tmp = container.volumeMounts?.find((mount) => mount.mountPath === '/tmp');
  if (!pod.volumes?.some((volume) => volume.name === tmp?.name && volume.emptyDir)) {
    problems.push('with a read-only root filesystem, /tmp must be an emptyDir');
  }
  if (pod.automountServiceAccountToken !== false) {
    problems.push('automountServiceAccountToken must be false: the service never calls the API');
  }
  return problems;
}

/** The Kubernetes hardening of every pod here; the service's root filesystem is read-only too. */
function hardeningProblems(
  owner: string,
  pod: IPodSpec,
  container: IContainer,
  readOnly: boolean,
): string[] {
  const problems: string[] = [];
  const context = { ...pod.securityContext, ...container.securityContext };
  if (context.runAsNonRoot !== true) problems.push(`${owner}: runAsNonRoot must be true`);
  if (context.seccompProfile?.type !== 'RuntimeDefault') {
    problems.push(`${owner}: seccompProfile must be RuntimeDefault`);
  }
  const own = container.securityContext;
  if (own?.allowPrivilegeEscalation !== false) {
    problems.push(`${owner}: allowPrivilegeEscalation must be false`);
  }
  if (!own?.capabilities?.drop?.includes('ALL')) {
    problems.push(`${owner}: capabilities must drop ALL`);
  }
  if (readOnly && own?.readOnlyRootFilesystem !== true) {
    problems.push(`${owner}: readOnlyRootFilesystem must be true`);
  }
  return problems;
}

/** docs/operations.md, Health and shutdown: out of the load balancer first, then drained. */
function shutdownProblems({ pod, container, settings }: ServiceView, facts: Facts): string[] {
  const problems: string[] = [];
  const delay = Number(settings.get('SHUTDOWN_DELAY_MS') ?? facts.defaults.SHUTDOWN_DELAY_MS);
  const grace = Number(settings.get('SHUTDOWN_GRACE_MS') ?? facts.defaults.SHUTDOWN_GRACE_MS);
  const readiness = container.readinessProbe;
  const noticed = (readiness?.periodSeconds ?? 10) * (readiness?.failureThreshold ?? 3) * 1000;
  if (delay <= noticed) {
    problems.push(
      `SHUTDOWN_DELAY_MS ${delay} must exceed the ${noticed} ms readiness takes to notice (period x failureThreshold)`,
    );
  }
  const terminationMs = (pod.terminationGracePeriodSeconds ?? 30) * 1000;
  if (terminationMs < delay + grace + facts.closeMarginMs) {
    problems.push(
      `terminationGracePeriodSeconds ${terminationMs / 1000} must cover SHUTDOWN_DELAY_MS + SHUTDOWN_GRACE_MS + ${facts.closeMarginMs} ms to close the stores`,
    );
  }
  if (container.lifecycle?.preStop) {
    problems.push('no preStop hook: SHUTDOWN_DELAY_MS is the wait, and a preStop adds to it');
  }
  return problems;
}

/** The Service, the disruption budget and any network policy find the pods and their port. */
function reachProblems(view: ServiceView): string[] {
  const { all, container, podLabels, replicas, port } = view;
  const problems: string[] = [];
  const service = ofKind<IService>(all, 'Service').find((candidate) =>
    selects(candidate.spec?.selector, podLabels),
  );
  if (!service) problems.push("no Service selects the Deployment's pods");
  for (const { targetPort } of service?.spec?.ports ?? []) {
    if (portNumber(container, targetPort) !== port) {
      problems.push(`Service ${service?.metadata?.name} targets ${targetPort}, not PORT ${port}`);
    }
  }
  const budget = ofKind<IPodDisruptionBudget>(all, 'PodDisruptionBudget').find((candidate) =>
    selects(candidate.spec?.selector?.matchLabels, podLabels),
  );
  const minAvailable = budget?.spec?.minAvailable;
  if (typeof minAvailable !== 'number' || minAvailable >= replicas) {
    problems.push(`a PodDisruptionBudget must select the pods with minAvailable below ${replicas}`);
  }
  for (const policy of policiesShutting(view, port)) {
    problems.push(`NetworkPolicy ${policy} shuts port ${port}`);
  }
  return problems;
}

/** The names of the network policies on the service's pods that let no traffic reach `port`. */
function policiesShutting({ all, container, podLabels }: ServiceView, port: number): string[] {
  return ofKind<INetworkPolicy>(all, 'NetworkPolicy')
    .filter((policy) => selects(policy.spec?.podSelector.matchLabels, podLabels))
    .filter(
      (policy) =>
        !policy.spec?.ingress?.some((rule) =>
          rule.ports?.some((allowed) => portNumber(container, allowed.port) === port),
        ),
    )
    .map((policy) => policy.metadata?.name ?? '(unnamed)');
}

/**
 * The metrics listener (METRICS_PORT) is a port of the container that Prometheus may reach (the
 * scrape annotation and a network policy agree on it), and no Service puts it behind the ingress.
 */
function metricsProblems(view: ServiceView, facts: Facts): string[] {
  const { all, container, podLabels, podAnnotations, settings } = view;
  const setting = settings.get('METRICS_PORT') ?? String(facts.defaults.METRICS_PORT);
  if (setting === 'off') return [];
  const port = Number(setting);
  const problems: string[] = [];
  if (!container.ports?.some((declared) => declared.containerPort === port)) {
    problems.push(`the container declares no port ${port} for METRICS_PORT`);
  }
  const annotated = podAnnotations['prometheus.io/port'];
  if (annotated !== undefined && Number(annotated) !== port) {
    problems.push(`the prometheus.io/port annotation says ${annotated}, METRICS_PORT ${port}`);
  }
  for (const service of ofKind<IService>(all, 'Service')) {
    if (!selects(service.spec?.selector, podLabels)) continue;
    for (const { targetPort } of service.spec?.ports ?? []) {
      if (portNumber(container, targetPort) === port) {
        problems.push(`Service ${service.metadata?.name} exposes the metrics port ${port}`);
      }
    }
  }
  for (const policy of policiesShutting(view, port)) {
    problems.push(`NetworkPolicy ${policy} shuts the metrics port ${port}`);
  }
  return problems;
}

/** The in-cluster Neo4j, when applied: the password the service uses, reachable as NEO4J_URI says. */
function neo4jProblems(view: ServiceView): string[] {
  const statefulSet = named(ofKind<IStatefulSet>(view.all, 'StatefulSet'), 'neo4j');
  if (!statefulSet) return [];
  const pod = statefulSet.spec?.template.spec;
  const container = pod?.containers.find((candidate) => candidate.name === 'neo4j');
  if (!statefulSet.spec || !pod || !container) return ['StatefulSet neo4j has no container neo4j'];
  const problems = hardeningProblems('StatefulSet neo4j', pod, container, false);
  if (!container.image?.startsWith('neo4j:5.26')) {
    problems.push(`StatefulSet neo4j runs ${container.image}; the service is built for Neo4j 5.26`);
  }
  if (pod.enableServiceLinks !== false) {
    problems.push('StatefulSet neo4j: enableServiceLinks must be false (NEO4J_* become settings)');
  }
  const service = named(ofKind<IService>(view.all, 'Service'), statefulSet.spec.serviceName ?? '');
  const podLabels = statefulSet.spec.template.metadata?.labels;
  if (service?.spec?.clusterIP !== 'None' || !selects(service.spec.selector, podLabels)) {
    problems.push(`StatefulSet neo4j needs a headless Service ${statefulSet.spec.serviceName}`);
  }
  const uri = new URL(view.settings.get('NEO4J_URI') ?? 'bolt://unset');
  const bolt = service?.spec?.ports?.find((candidate) => candidate.name === 'bolt')?.port;
  if (uri.hostname !== service?.metadata?.name || Number(uri.port || 7687) !== bolt) {
    problems.push(`NEO4J_URI ${uri.href} does not reach the in-cluster Neo4j`);
  }
  const claims = statefulSet.spec.volumeClaimTemplates?.map((claim) => claim.metadata?.name);
  if (
    !container.volumeMounts?.some(
      (mount) => mount.mountPath === '/data' && claims?.includes(mount.name),
    )
  ) {
    problems.push('StatefulSet neo4j must keep /data on a volumeClaimTemplate');
  }

  // NEO4J_AUTH: neo4j/<the password the service reads>, from the same key of the same Secret.
  const env = container.env ?? [];
  const auth = env.find((variable) => variable.name === 'NEO4J_AUTH');
  const reference = /^neo4j\/\$\(([A-Za-z0-9_]+)\)$/.exec(auth?.value ?? '')?.[1];
  const source =
    env.find((variable) => variable.name === reference)?.valueFrom?.secretKeyRef ??
    auth?.valueFrom?.secretKeyRef;
  if (!source) {
    problems.push(
      'NEO4J_AUTH must be neo4j/$(VARIABLE), VARIABLE from a secretKeyRef, never a literal',
    );
  }
  for (const variable of env) {
    if (
      variable.valueFrom &&
      variable.name.startsWith('NEO4J_') &&
      variable.name !== 'NEO4J_AUTH'
    ) {
      problems.push(
        `${variable.name}: the image would read it as a setting; drop the NEO4J_ prefix`,
      );
    }
  }
  const passwordFile = view.settings.get('NEO4J_PASSWORD_FILE') ?? '';
  const mount = secretMounts(view.pod, view.container).find((candidate) =>
    passwordFile.startsWith(`${candidate.mountPath}/`),
  );
  const secretName = view.pod.volumes?.find((volume) => volume.name === mount?.name)?.secret
    ?.secretName;
  if (source && (source.name !== secretName || source.key !== path.posix.basename(passwordFile))) {
    problems.push(
      `NEO4J_AUTH reads ${source.name}/${source.key}: not the same password as NEO4J_PASSWORD_FILE`,
    );
  }

  // Heap and page cache within the memory limit, with room for the JVM itself.
  const size = (name: string): number =>
    bytes(env.find((variable) => variable.name === name)?.value ?? '', true);
  const used =
    size('NEO4J_server_memory_heap_max__size') + size('NEO4J_server_memory_pagecache_size');
  const limit = bytes(String(container.resources?.limits?.memory ?? ''));
  if (!(used + 512 * 2 ** 20 <= limit)) {
    problems.push('StatefulSet neo4j: heap + page cache must stay 512Mi below its memory limit');
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

const facts = serviceFacts();
const DOCKERFILE = read('Dockerfile');
const DOCKERIGNORE = read('.dockerignore');
const { tree: TREE, problems: PARSE_PROBLEMS } = readTree();
const IMAGE_UID = imageUser(DOCKERFILE);

describe('the deployment files', () => {
  it('reads what the service says about itself', () => {
    expect(facts.liveRoute).toBe('/health/live');
    expect(facts.readyRoute).toBe('/health/ready');
    expect(facts.rootFolders).toEqual(expect.arrayContaining(['graph', 'dist']));
    expect(SECRET_VARIABLES.filter((name) => !facts.configNames.has(name))).toEqual([]);
  });

  it('has a Dockerfile that builds in stages and runs the service as the rules say', () => {
    expect(dockerfileProblems(DOCKERFILE, DOCKERIGNORE, facts)).toEqual([]);
  });

  it('has manifests that parse, each document valid for its kind', () => {
    expect(PARSE_PROBLEMS).toEqual([]);
    expect(Object.keys(TREE.documents).length).toBeGreaterThan(0);
    expect(schemaProblems(TREE)).toEqual([]);
  });

  it('has manifests that run the service as the rules say', () => {
    expect(serviceProblems(TREE, facts, IMAGE_UID)).toEqual([]);
  });

  describe('the checks themselves', () => {
    it.each<[string, (text: string) => string, string]>([
      [
        'an unknown instruction',
        (text) => text.replace('EXPOSE 3000', 'EXPOS 3000'),
        'Unknown instruction',
      ],
      [
        'one stage',
        (text) => text.slice(text.indexOf('FROM node:20.20-bookworm-slim')),
        'multi-stage',
      ],
      ['a full runtime image', (text) => text.replace('bookworm-slim', 'bookworm'), 'slim image'],
      [
        'a Node below engines',
        (text) => text.replace(/node:20\.20-/g, 'node:20.10-'),
        'outside package.json engines',
      ],
      [
        'another Debian to build on',
        (text) => text.replace('node:20.20-bookworm AS', 'node:20.20-trixie AS'),
        'on Debian bookworm',
      ],
      [
        'dev dependencies kept',
        (text) => text.replace('npm prune --omit=dev', 'npm prune'),
        'production dependencies',
      ],
      ['root', (text) => text.replace('USER 1000:1000', 'USER root'), 'non-root user'],
      [
        'no health check',
        (text) => text.replace(/HEALTHCHECK[^\n]*\\\n[^\n]*\n/, ''),
        'one HEALTHCHECK',
      ],
      [
        'a health check on a route that does not exist',
        (text) => text.replace("'/health/live'", "'/health/alive'"),
        'must ask /health/live',
      ],
      [
        'curl in a slim image',
        (text) => text.replace('CMD ["node", "-e",', 'CMD ["curl", "-e",'),
        'exec form',
      ],
      [
        'another stop signal',
        (text) => text.replace('STOPSIGNAL SIGTERM', 'STOPSIGNAL SIGKILL'),
        'STOPSIGNAL SIGTERM',
      ],
      [
        'another entry point',
        (text) => text.replace('"dist/main.js"]', '"dist/src/main.js"]'),
        'start:prod',
      ],
      [
        'no production mode',
        (text) => text.replace('NODE_ENV=production', 'NODE_ENV=development'),
        'NODE_ENV=production',
      ],
      ['another port', (text) => text.replace('EXPOSE 3000', 'EXPOSE 8080'), 'EXPOSE 3000'],
      [
        'the reference data left out',
        (text) => text.replace('COPY graph/seed ./graph/seed\n', ''),
        'graph/seed',
      ],
      [
        'the build output from the context',
        (text) => text.replace('COPY --from=build /app/dist', 'COPY dist'),
        'from the build stage',
      ],
      [
        'a stage that does not exist',
        (text) =>
          text.replace('--from=build /app/node_modules', '--from=builder /app/node_modules'),
        'names no build stage',
      ],
    ])('finds %s in the Dockerfile', (_case, mutate, expected) => {
      const broken = mutate(DOCKERFILE);
      expect(broken).not.toBe(DOCKERFILE);
      expect(dockerfileProblems(broken, DOCKERIGNORE, facts)).toContainEqual(
        expect.stringContaining(expected),
      );
    });

    it.each<[string, (text: string) => string, string]>([
      [
        'what COPY needs left out',
        (text) => `${text}graph/seed\n`,
        'COPY graph/seed: .dockerignore excludes',
      ],
      [
        'everything let in',
        (text) => text.replace(/^\*$/m, ''),
        '.dockerignore lets node_modules/x',
      ],
    ])('finds %s in .dockerignore', (_case, mutate, expected) => {
      const broken = mutate(DOCKERIGNORE);
      expect(broken).not.toBe(DOCKERIGNORE);
      expect(dockerfileProblems(DOCKERFILE, broken, facts)).toContainEqual(
        expect.stringContaining(expected),
      );
    });

    it('finds YAML that does not parse', () => {
      expect(parseYaml('a: [1\n', 'x.yaml').problems).toContainEqual(
        expect.stringContaining('x.yaml'),
      );
    });

    const document = <T>(tree: Tree, kind: string, name: string): T => {
      for (const manifests of Object.values(tree.documents)) {
        const found = manifests.find(
          (manifest) => manifest.kind === kind && manifest.metadata?.name === name,
        );
        if (found) return found as T;
      }
      throw new Error(`no ${kind} ${name}`);
    };
    const pod = (tree: Tree): IPodSpec =>
      document<IDeployment>(tree, 'Deployment', 'kennissen').spec!.template.spec!;
    const app = (tree: Tree): IContainer => pod(tree).containers[0];
    const neo4j = (tree: Tree): IContainer =>
      document<IStatefulSet>(tree, 'StatefulSet', 'neo4j').spec!.template.spec!.containers[0];
    const env = (container: IContainer, name: string): { value?: string } => {
      const found = container.env?.find((variable) => variable.name === name);
      if (!found) throw new Error(`no env ${name}`);
      return found;
    };
    const data = (tree: Tree): Record<string, string> =>
      document<IConfigMap>(tree, 'ConfigMap', 'kennissen').data!;

    it.each<[string, (tree: Tree) => void, string]>([
      [
        'a port that is not a number',
        (tree) => {
          (app(tree).ports![0] as { containerPort: unknown }).containerPort = 'http';
        },
        'must be integer',
      ],
      [
        'a kind without a schema',
        (tree) => {
          document<Manifest>(tree, 'NetworkPolicy', 'kennissen').kind = 'NetworkPolicyy';
        },
        'no schema for',
      ],
      [
        'a namespace',
        (tree) => {
          document<Manifest>(tree, 'Service', 'kennissen').metadata!.namespace = 'kennissen';
        },
        'sets namespace',
      ],
    ])('finds %s in the schema check', (_case, mutate, expected) => {
      const broken = structuredClone(TREE);
      mutate(broken);
      expect(schemaProblems(broken)).toContainEqual(expect.stringContaining(expected));
    });

    it.each<[string, (tree: Tree) => void, string]>([
      [
        'a resource that does not exist',
        (tree) => {
          tree.kustomizations.app.resources!.push('ingress.yaml');
        },
        'which does not exist',
      ],
      [
        'a manifest left out',
        (tree) => {
          tree.kustomizations.app.resources = tree.kustomizations.app.resources!.filter(
            (file) => file !== 'networkpolicy.yaml',
          );
        },
        'app/networkpolicy.yaml is not applied',
      ],
      [
        'the example Secret applied',
        (tree) => {
          tree.kustomizations['.'].resources!.push('secret.example.yaml');
        },
        'must not be applied',
      ],
      [
        'another image tag',
        (tree) => {
          tree.kustomizations.app.images![0].newTag = 'latest';
        },
        'package.json version',
      ],
      [
        'one replica',
        (tree) => {
          document<IDeployment>(tree, 'Deployment', 'kennissen').spec!.replicas = 1;
        },
        'replica(s)',
      ],
      [
        'a readiness probe on a route that does not exist',
        (tree) => {
          app(tree).readinessProbe!.httpGet!.path = '/health/redy';
        },
        'readinessProbe must GET /health/ready',
      ],
      [
        'liveness that depends on the stores',
        (tree) => {
          app(tree).livenessProbe!.httpGet!.path = '/health/ready';
        },
        'livenessProbe must GET /health/live',
      ],
      [
        'no startup probe',
        (tree) => {
          delete app(tree).startupProbe;
        },
        'startupProbe must GET',
      ],
      [
        'a probe on another port',
        (tree) => {
          app(tree).livenessProbe!.httpGet!.port = 'web';
        },
        'livenessProbe asks port web',
      ],
      [
        'a readiness timeout below the store probe',
        (tree) => {
          app(tree).readinessProbe!.timeoutSeconds = 1;
        },
        'timeoutSeconds',
      ],
      [
        'no limits',
        (tree) => {
          delete app(tree).resources!.limits;
        },
        'resources.limits.memory',
      ],
      [
        'root allowed',
        (tree) => {
          pod(tree).securityContext!.runAsNonRoot = false;
        },
        'runAsNonRoot',
      ],
      [
        'another user than the image',
        (tree) => {
          pod(tree).securityContext!.runAsUser = 1001;
        },
        "image's USER",
      ],
      [
        'no seccomp profile',
        (tree) => {
          delete pod(tree).securityContext!.seccompProfile;
        },
        'seccompProfile',
      ],
      [
        'privilege escalation',
        (tree) => {
          app(tree).securityContext!.allowPrivilegeEscalation = true;
        },
        'allowPrivilegeEscalation',
      ],
      [
        'capabilities kept',
        (tree) => {
          app(tree).securityContext!.capabilities!.drop = [];
        },
        'drop ALL',
      ],
      [
        'a writable root filesystem',
        (tree) => {
          app(tree).securityContext!.readOnlyRootFilesystem = false;
        },
        'readOnlyRootFilesystem',
      ],
      [
        'no writable /tmp',
        (tree) => {
          app(tree).volumeMounts = app(tree).volumeMounts!.filter(
            (mount) => mount.mountPath !== '/tmp',
          );
        },
        '/tmp must be an emptyDir',
      ],
      [
        'the API token mounted',
        (tree) => {
          pod(tree).automountServiceAccountToken = true;
        },
        'automountServiceAccountToken',
      ],
      [
        'an unknown variable',
        (tree) => {
          app(tree).env!.push({ name: 'DATABSE_URL_FILE', value: '/x' });
        },
        'DATABSE_URL_FILE is not a configuration variable',
      ],
      [
        'an unknown ConfigMap key',
        (tree) => {
          data(tree).GRAPH_STOR = 'neo4j';
        },
        'GRAPH_STOR is not a configuration variable',
      ],
      [
        'a secret in the ConfigMap',
        (tree) => {
          data(tree).DATABASE_URL = 'postgres://u:p@h/d';
        },
        'holds the secret DATABASE_URL',
      ],
      [
        'a secret as a value',
        (tree) => {
          app(tree).env!.push({ name: 'ADMIN_API_KEY', value: 'a-long-enough-secret' });
        },
        'env ADMIN_API_KEY holds a secret',
      ],
      [
        'a secret file outside the secret volume',
        (tree) => {
          env(app(tree), 'DATABASE_URL_FILE').value = '/tmp/database-url';
        },
        'not a file of a mounted secret volume',
      ],
      [
        'secrets as environment',
        (tree) => {
          app(tree).envFrom!.push({ secretRef: { name: 'kennissen' } });
        },
        'envFrom secretRef',
      ],
      [
        'a key the example does not show',
        (tree) => {
          env(app(tree), 'DATABASE_URL_FILE').value = '/run/secrets/kennissen/postgres-url';
        },
        'which secret.example.yaml lacks',
      ],
      [
        'a real-looking example secret',
        (tree) => {
          document<ISecret>(tree, 'Secret', 'kennissen').stringData!['neo4j-password'] =
            'hunter2hunter2';
        },
        'change-me placeholder',
      ],
      [
        'the embedded graph store',
        (tree) => {
          data(tree).GRAPH_STORE = 'kuzu';
        },
        'GRAPH_STORE must be neo4j',
      ],
      [
        'a shutdown delay shorter than readiness takes to notice',
        (tree) => {
          env(app(tree), 'SHUTDOWN_DELAY_MS').value = '5000';
        },
        'SHUTDOWN_DELAY_MS 5000',
      ],
      [
        'a grace period shorter than the shutdown',
        (tree) => {
          pod(tree).terminationGracePeriodSeconds = 30;
        },
        'terminationGracePeriodSeconds 30',
      ],
      [
        'a preStop hook',
        (tree) => {
          app(tree).lifecycle = { preStop: { sleep: { seconds: 5 } } };
        },
        'preStop',
      ],
      [
        'a Service that finds no pods',
        (tree) => {
          document<IService>(tree, 'Service', 'kennissen').spec!.selector = { app: 'kennissen' };
        },
        'no Service selects',
      ],
      [
        'a budget that blocks every drain',
        (tree) => {
          document<IPodDisruptionBudget>(
            tree,
            'PodDisruptionBudget',
            'kennissen',
          ).spec!.minAvailable = 2;
        },
        'PodDisruptionBudget',
      ],
      [
        'a network policy that shuts the port',
        (tree) => {
          document<INetworkPolicy>(
            tree,
            'NetworkPolicy',
            'kennissen',
          ).spec!.ingress![0].ports![0].port = 8080;
        },
        'shuts port 3000',
      ],
      [
        'a literal Neo4j password',
        (tree) => {
          env(neo4j(tree), 'NEO4J_AUTH').value = 'neo4j/secret-password';
        },
        'never a literal',
      ],
      [
        'service links into Neo4j',
        (tree) => {
          document<IStatefulSet>(
            tree,
            'StatefulSet',
            'neo4j',
          ).spec!.template.spec!.enableServiceLinks = true;
        },
        'enableServiceLinks',
      ],
      [
        'a NEO4J_URI elsewhere',
        (tree) => {
          data(tree).NEO4J_URI = 'bolt://graph:7687';
        },
        'does not reach the in-cluster Neo4j',
      ],
      [
        'another password for Neo4j',
        (tree) => {
          neo4j(tree).env![0].valueFrom!.secretKeyRef!.key = 'neo4j-auth';
        },
        'the same password',
      ],
      [
        'a page cache above the limit',
        (tree) => {
          env(neo4j(tree), 'NEO4J_server_memory_pagecache_size').value = '4G';
        },
        'heap + page cache',
      ],
      [
        'the metrics port left out of the container',
        (tree) => {
          app(tree).ports = app(tree).ports!.filter((port) => port.name !== 'metrics');
        },
        'declares no port 9464',
      ],
      [
        'a scrape annotation on another port',
        (tree) => {
          document<IDeployment>(
            tree,
            'Deployment',
            'kennissen',
          ).spec!.template.metadata!.annotations!['prometheus.io/port'] = '9090';
        },
        'prometheus.io/port annotation',
      ],
      [
        'the metrics port behind the Service',
        (tree) => {
          document<IService>(tree, 'Service', 'kennissen').spec!.ports!.push({
            name: 'metrics',
            port: 9464,
            targetPort: 'metrics',
          });
        },
        'exposes the metrics port',
      ],
      [
        'the metrics port shut by the network policy',
        (tree) => {
          const policy = document<INetworkPolicy>(tree, 'NetworkPolicy', 'kennissen');
          policy.spec!.ingress = policy.spec!.ingress!.filter(
            (rule) => !rule.ports?.some((port) => port.port === 'metrics'),
          );
        },
        'shuts the metrics port',
      ],
      [
        'Neo4j as root',
        (tree) => {
          document<IStatefulSet>(
            tree,
            'StatefulSet',
            'neo4j',
          ).spec!.template.spec!.securityContext!.runAsNonRoot = false;
        },
        'StatefulSet neo4j: runAsNonRoot',
      ],
    ])('finds %s in the manifests', (_case, mutate, expected) => {
      const broken = structuredClone(TREE);
      mutate(broken);
      expect(serviceProblems(broken, facts, IMAGE_UID)).toContainEqual(
        expect.stringContaining(expected),
      );
    });
  });
});
