import { type DynamicModule, type LoggerService, type LogLevel, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { requestContextMiddleware } from './common/request/correlation-id';
import { type AppConfig } from './config/app-config';
import { parseTrustProxy } from './config/trust-proxy';
import { graphiqlMiddleware } from './graphiql/graphiql.middleware';
import { applyHttpHardening } from './security/http-hardening';

export interface CreateAppOptions {
  readonly logger?: LoggerService | LogLevel[] | false;
  /** Where the GraphiQL bundle is; defaults to dist/public/graphiql (made by npm run build). */
  readonly graphiqlAssetsDir?: string;
  /** Extra modules next to the application's own, e.g. a test's probe resolvers. */
  readonly imports?: ReadonlyArray<Type | DynamicModule>;
}

/**
 * Builds and initialises the application (stores opened, migrated, seeded) without listening.
 * It does not subscribe to process signals: main.ts drains HTTP first and then closes the app
 * (see shutdown/graceful-shutdown.ts); tests call app.close() themselves.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const root = AppModule.forRoot(config);
  const module = options.imports?.length
    ? { ...root, imports: [...(root.imports ?? []), ...options.imports] }
    : root;
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
    bodyParser: false, // applyHttpHardening registers the JSON parser with its size limit
  });
  // Before anything reads request.ip: it decides whose X-Forwarded-For is believed.
  app.set('trust proxy', parseTrustProxy(config.TRUST_PROXY) ?? false);
  app.use(requestContextMiddleware);
  applyHttpHardening(app, config);
  app.use(graphiqlMiddleware(options.graphiqlAssetsDir));
  app.disable('x-powered-by');
  await app.init();
  return app;
}
