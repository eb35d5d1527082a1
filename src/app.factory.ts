import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type LogLevel } from '@nestjs/common';
import { AppModule } from './app.module';
import { type AppConfig } from './config/app-config';
import { requestContextMiddleware } from './common/request-context';

export interface CreateAppOptions {
  readonly logger?: LogLevel[] | false;
}

/** Builds and initialises the application (stores opened, migrated, seeded) without listening. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
    bodyParser: true,
  });
  app.use(requestContextMiddleware);
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  await app.init();
  return app;
}
