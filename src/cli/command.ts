import {
  type DynamicModule,
  type INestApplicationContext,
  type LogLevel,
  Module,
  type Provider,
  type Type,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { GraphStore } from '../graph-store/graph-store';
import { GraphStoreModule } from '../graph-store/graph-store.module';
import { RelationalModule } from '../relational/relational.module';

/** What a command uses of the service, opened from the validated configuration. */
export interface CommandNeeds {
  /** The configured graph store, migrated before the command's work starts. */
  readonly graph?: boolean;
  /** The relational store that DATABASE_URL names (migrated as it opens). */
  readonly relational?: boolean;
  /** The feature modules whose services the command calls. */
  readonly imports?: ReadonlyArray<Type | DynamicModule>;
  /** Services the command calls that no imported module exports. */
  readonly providers?: readonly Provider[];
  /** What Nest logs while the command runs; warnings and errors unless said otherwise. */
  readonly logger?: LogLevel[];
}

@Module({})
class CommandModule {
  static forRoot(config: AppConfig, needs: CommandNeeds): DynamicModule {
    return {
      module: CommandModule,
      imports: [
        ConfigModule.forRoot(config),
        ...(needs.graph ? [GraphStoreModule.forRoot(config)] : []),
        ...(needs.relational ? [RelationalModule.forRoot(config)] : []),
        ...(needs.imports ?? []),
      ],
      providers: [...(needs.providers ?? [])],
    };
  }
}

/**
 * The Nest context of a command: AppConfig for everyone, the stores it needs opened (the graph
 * migrated), its modules and providers. The caller closes it; {@link withCommandContext} does.
 */
export async function openCommandContext(
  config: AppConfig,
  needs: CommandNeeds,
): Promise<INestApplicationContext> {
  const context = await NestFactory.createApplicationContext(CommandModule.forRoot(config, needs), {
    logger: needs.logger ?? ['warn', 'error'],
  });
  try {
    if (needs.graph) await context.get(GraphStore).migrate();
    return context;
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Runs `work` in a command's Nest context and closes the context however the work ends. */
export async function withCommandContext<T>(
  config: AppConfig,
  needs: CommandNeeds,
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const context = await openCommandContext(config, needs);
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

export interface RunOptions {
  /** Whether the report of this error shows its stack (for errors nobody expected). */
  readonly showStack?: (error: Error) => boolean;
}

/**
 * A command-line entry point: runs `main` and exits with the code it returns (0 when it returns
 * nothing). A failure is one line on stderr, `<failure>: <message>`, and exit code 1.
 */
export function runCommand(
  failure: string,
  main: () => Promise<number | void>,
  options: RunOptions = {},
): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      process.stderr.write(`${failure}: ${describe(error, options)}\n`);
      process.exit(1);
    },
  );
}

function describe(error: unknown, options: RunOptions): string {
  if (!(error instanceof Error)) return String(error);
  return options.showStack?.(error) ? (error.stack ?? error.message) : error.message;
}
