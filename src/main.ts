import 'reflect-metadata';
import { type AddressInfo } from 'node:net';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { DomainException } from './common/errors/domain.exception';
import { type AppConfig, ConfigurationError, loadConfig } from './config/app-config';
import { RelationalStoreError } from './relational/relational-store.error';
import { exitGracefullyOnSignals } from './shutdown/graceful-shutdown';
import { trackHttpServer } from './shutdown/http-drain';

/**
 * Nest logs a failed start with the error's stack trace (context ExceptionHandler); main()
 * reports it instead, as one sentence for the errors we expect (a store in use, a failed
 * migration) and with the stack only for the unexpected ones.
 */
class ServiceLogger extends ConsoleLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }
}

/** Exit codes: 0 stopped cleanly, 1 could not start or stop, 2 bad configuration. */
function configOrExit(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      // One message naming every bad variable, no stack trace: the operator fixes them all at once.
      process.stderr.write(`Kennissen could not start. ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const logger = new Logger('Kennissen');
  const config = configOrExit();
  const app = await createApp(config, {
    logger: new ServiceLogger({ logLevels: ['log', 'warn', 'error', 'fatal'] }),
  });
  const drain = trackHttpServer(app.getHttpServer());
  exitGracefullyOnSignals(app, drain, {
    delayMs: config.SHUTDOWN_DELAY_MS,
    graceMs: config.SHUTDOWN_GRACE_MS,
  });
  await app.listen(config.PORT);
  const { port } = app.getHttpServer().address() as AddressInfo;
  logger.log(
    `Kennissen listens on http://localhost:${port}/graphql (graph store: ${config.GRAPH_STORE})`,
  );
}

main().catch((error: unknown) => {
  const expected = error instanceof DomainException || error instanceof RelationalStoreError;
  const detail =
    error instanceof Error
      ? expected
        ? error.message
        : (error.stack ?? error.message)
      : String(error);
  process.stderr.write(`Kennissen could not start: ${detail}\n`);
  process.exit(1);
});
