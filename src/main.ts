import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigurationError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const logger = new Logger('Kennissen');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.PORT);
  logger.log(
    `Kennissen listens on http://localhost:${config.PORT}/graphql (graph store: ${config.GRAPH_STORE})`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Kennissen could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
