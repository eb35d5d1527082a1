import 'reflect-metadata';
import { type AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { DomainException } from './common/errors/domain.exception';
import { type AppConfig, ConfigurationError, loadConfig } from './config/app-config';
import { MetricsListener } from './observability/metrics-endpoint';
import { RelationalStoreError } from './relational/relational-store.error';
import { exitGracefullyOnSignals } from './shutdown/graceful-shutdown';
import { trackHttpServer } from './shutdown/http-drain';

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
  // A failed start is reported below as one sentence for the errors we expect (a store in use, a
  // failed migration), with the stack only for the unexpected ones.
  const app = await createApp(config, { logger: 'service' });
  const drain = trackHttpServer(app.getHttpServer());
  exitGracefullyOnSignals(app, drain, {
    delayMs: config.SHUTDOWN_DELAY_MS,
    graceMs: config.SHUTDOWN_GRACE_MS,
  });
  await app.listen(config.PORT);
  if (config.METRICS_PORT !== 'off') await app.get(MetricsListener).listen(config.METRICS_PORT);
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
