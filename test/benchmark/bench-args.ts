/**
 * The command line of `npm run bench`: which data set, which stores, how many requests. Pure, so
 * that a typo fails before anything starts (a run can take an hour).
 *
 *   npm run bench -- [--scale demo|regional|national] [--store kuzu|neo4j|both] [--seed N] [--smoke]
 *
 * Environment: BENCH_REQUESTS (measured requests per operation and client count), BENCH_WARMUP,
 * BENCH_MAX_SECONDS (a time cap per phase), BENCH_SMOKE=1 (as --smoke), BENCH_STORES (kuzu,neo4j;
 * used when --store is not given).
 */
export const SCALES = ['demo', 'regional', 'national'] as const;
export type Scale = (typeof SCALES)[number];
export type StoreName = 'kuzu' | 'neo4j';

export interface BenchSettings {
  readonly scale: Scale;
  readonly stores: readonly StoreName[];
  /** The generator's seed; with the scale it names the cached data set. */
  readonly seed: number;
  /** Few requests, no timing judged, the report under data/ rather than docs/. */
  readonly smoke: boolean;
  readonly warmUp: number;
  readonly measured: number;
  /**
   * Stops a phase (warm-up or measured) after this many seconds with the answers it has, so that
   * an operation taking seconds per request cannot hold a national run for hours; null: no cap.
   */
  readonly maxPhaseSeconds: number | null;
}

export class BenchArgsError extends Error {}

/** Requests per operation and client count: a real run, and a smoke run that only proves answers. */
const DEFAULTS = { full: { warmUp: 50, measured: 500 }, smoke: { warmUp: 8, measured: 16 } };
/** The most clients a phase uses; autocannon needs at least one request per connection. */
export const MAX_CLIENTS = 8;
const DEFAULT_SEED = 1;

export function parseBenchArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): BenchSettings {
  const flags = new Map<string, string>();
  let smoke = env.BENCH_SMOKE === '1' || env.BENCH_SMOKE === 'true';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--smoke') {
      smoke = true;
      continue;
    }
    const [name, inline] = arg.split('=', 2);
    if (!['--scale', '--store', '--seed'].includes(name)) {
      throw new BenchArgsError(
        `unknown argument ${arg} (expected --scale, --store, --seed or --smoke)`,
      );
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      throw new BenchArgsError(`${name} needs a value`);
    }
    flags.set(name, value);
  }

  const scale = flags.get('--scale') ?? 'demo';
  if (!(SCALES as readonly string[]).includes(scale)) {
    throw new BenchArgsError(`--scale must be one of ${SCALES.join(', ')}, not ${scale}`);
  }
  const defaults = smoke ? DEFAULTS.smoke : DEFAULTS.full;
  const measured = wholeNumber('BENCH_REQUESTS', env.BENCH_REQUESTS, defaults.measured);
  if (measured < MAX_CLIENTS) {
    throw new BenchArgsError(`BENCH_REQUESTS must be at least ${MAX_CLIENTS}, one per client`);
  }
  return {
    scale: scale as Scale,
    stores: parseStores(flags.get('--store'), env.BENCH_STORES),
    seed: wholeNumber('--seed', flags.get('--seed'), DEFAULT_SEED),
    smoke,
    // Zero warm-up requests are allowed; the first phase then measures a cold service.
    warmUp: wholeNumber('BENCH_WARMUP', env.BENCH_WARMUP, defaults.warmUp, 0),
    measured,
    maxPhaseSeconds:
      env.BENCH_MAX_SECONDS === undefined || env.BENCH_MAX_SECONDS === ''
        ? null
        : wholeNumber('BENCH_MAX_SECONDS', env.BENCH_MAX_SECONDS, 0, 1),
  };
}

function parseStores(flag: string | undefined, env: string | undefined): StoreName[] {
  if (flag !== undefined) {
    if (flag === 'both') return ['kuzu', 'neo4j'];
    if (flag === 'kuzu' || flag === 'neo4j') return [flag];
    throw new BenchArgsError(`--store must be kuzu, neo4j or both, not ${flag}`);
  }
  if (env === undefined) return ['kuzu', 'neo4j'];
  const names = env.split(',').map((each) => each.trim());
  const unknown = names.filter((each) => each !== 'kuzu' && each !== 'neo4j');
  if (unknown.length > 0 || names.length === 0) {
    throw new BenchArgsError(`BENCH_STORES must list kuzu and/or neo4j, not ${env}`);
  }
  return [...new Set(names as StoreName[])];
}

function wholeNumber(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new BenchArgsError(`${name} must be a whole number ≥ ${min}, not ${raw}`);
  }
  return value;
}
