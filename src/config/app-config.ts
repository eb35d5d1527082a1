import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

/** Names of environment variables whose values must never be logged. */
export const SECRET_VARIABLES = ['ADMIN_API_KEY', 'NEO4J_PASSWORD', 'DATABASE_URL'] as const;

export type GraphStoreKind = 'kuzu' | 'neo4j';
export type NodeEnvironment = 'development' | 'production' | 'test';

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes'].includes(normalised)) return true;
  if (['false', '0', 'no'].includes(normalised)) return false;
  return value; // left as a string so @IsBoolean reports it
};

const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * The runtime contract of the design brief, one property per environment variable.
 * Built once at start by {@link loadConfig}; everything else receives the validated instance.
 */
export class AppConfig {
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be a whole number between 0 and 65535' })
  @Min(0, { message: 'PORT must be a whole number between 0 and 65535' })
  @Max(65535, { message: 'PORT must be a whole number between 0 and 65535' })
  PORT = 3000;

  @IsIn(['kuzu', 'neo4j'], { message: 'GRAPH_STORE must be "kuzu" or "neo4j"' })
  GRAPH_STORE: GraphStoreKind = 'kuzu';

  @IsString()
  @MinLength(1, { message: 'KUZU_PATH must name a directory' })
  KUZU_PATH = './data/graph';

  /** Kuzu's buffer pool; its own default is 80% of the machine's memory, too greedy for a service. */
  @Transform(toInteger)
  @IsInt({ message: 'KUZU_BUFFER_POOL_MB must be a whole number of megabytes (64 or more)' })
  @Min(64, { message: 'KUZU_BUFFER_POOL_MB must be a whole number of megabytes (64 or more)' })
  KUZU_BUFFER_POOL_MB = 1024;

  @ValidateIf((config: AppConfig) => config.GRAPH_STORE === 'neo4j')
  @Matches(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/.+/, {
    message: 'NEO4J_URI is required when GRAPH_STORE=neo4j, e.g. neo4j://db.example.nl:7687',
  })
  NEO4J_URI?: string;

  @IsOptional()
  @IsString()
  NEO4J_USER?: string;

  @ValidateIf((config: AppConfig) => config.GRAPH_STORE === 'neo4j' && !!config.NEO4J_USER)
  @IsString({ message: 'NEO4J_PASSWORD is required when NEO4J_USER is set' })
  @MinLength(1, { message: 'NEO4J_PASSWORD is required when NEO4J_USER is set' })
  NEO4J_PASSWORD?: string;

  @IsOptional()
  @IsString()
  NEO4J_DATABASE?: string;

  @Matches(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, {
    message: 'DATABASE_URL must be sqlite:<path> or postgres://user:password@host:port/database',
  })
  DATABASE_URL = 'sqlite:./data/kennissen.sqlite';

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'ADMIN_API_KEY must be at least 16 characters long' })
  ADMIN_API_KEY?: string;

  @Transform(toBoolean)
  @IsBoolean({ message: 'ALLOW_ANONYMOUS_READ must be true or false' })
  ALLOW_ANONYMOUS_READ = false;

  @IsIn(['development', 'production', 'test'], {
    message: 'NODE_ENV must be development, production or test',
  })
  NODE_ENV: NodeEnvironment = 'development';

  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = false;

  @Transform(toInteger)
  @IsInt({ message: 'K_ANONYMITY must be a whole number of 1 or more' })
  @Min(1, { message: 'K_ANONYMITY must be a whole number of 1 or more' })
  K_ANONYMITY = 5;

  @Transform(toInteger)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  SHUTDOWN_GRACE_MS = 10_000;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

/** Variables without a default (so not own properties of a fresh AppConfig). */
const OPTIONAL_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'ADMIN_API_KEY',
];

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Validates the environment against {@link AppConfig}; throws one {@link ConfigurationError}
 * naming every bad variable, so an operator fixes them all in one go. Empty strings count as unset.
 */
export function loadConfig(
  environment: NodeJS.ProcessEnv | Record<string, string | undefined>,
): AppConfig {
  const names = Object.keys(new AppConfig()).concat(OPTIONAL_VARIABLES);
  const defined: Record<string, string> = {};
  for (const name of names) {
    const value = environment[name];
    if (value !== undefined && value !== '') defined[name] = value;
  }
  const config = plainToInstance(AppConfig, defined);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigurationError(
      errors.flatMap((error) => Object.values(error.constraints ?? {}).slice(0, 1)),
    );
  }
  return config;
}
