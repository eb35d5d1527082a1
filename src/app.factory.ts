import { type DynamicModule, type LoggerService, type LogLevel, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { requestContextMiddleware } from './common/request/correlation-id';
import { type AppConfig } from './config/app-config';
import { parseTrustProxy } from './config/trust-proxy';
import { graphiqlMiddleware } from './graphiql/graphiql.middleware';
import { httpObserver } from './observability/http-observer';
import { metricsWithToken } from './observability/metrics-endpoint';
import { ServiceMetrics } from './observability/service-metrics';
import { Tracing } from './observability/tracing';
import { applyHttpHardening } from './security/http-hardening';
import { webMiddleware } from './web/web.middleware';
import { ServiceLogger, StartupLogger } from './logging/service-logger';

export interface CreateAppOptions {
  /** Nest's logger; 'service' is the structured one of src/logging (what main.ts uses). */
  readonly logger?: LoggerService | LogLevel[] | false | 'service';
  /** Where the GraphiQL bundle is; defaults to dist/public/graphiql (made by npm run build). */
  readonly graphiqlAssetsDir?: string;
  /** Where the web page's bundle is; defaults to dist/public/web (made by npm run build). */
  readonly webAssetsDir?: string;
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
  const { logger = ['log', 'warn', 'error'] } = options;
  const serviceLogger = logger === 'service';
  const app = await NestFactory.create<NestExpressApplication>(module, {
    ...(logger === 'service'
      ? { bufferLogs: true, logger: new StartupLogger({ logLevels: ['warn', 'error', 'fatal'] }) }
      : { logger }),
    abortOnError: false,
    bodyParser: false, // applyHttpHardening registers the JSON parser with its size limit
  });
  if (serviceLogger) app.useLogger(app.get(ServiceLogger));
  // Before anything reads request.ip: it decides whose X-Forwarded-For is believed.
  app.set('trust proxy', parseTrustProxy(config.TRUST_PROXY) ?? false);
  app.use(requestContextMiddleware);
  const metrics = app.get(ServiceMetrics);
  app.use(httpObserver(metrics, app.get(Tracing, { strict: false })?.tracer ?? null));
  if (config.METRICS_TOKEN) app.use('/metrics', metricsWithToken(metrics, config.METRICS_TOKEN));
  applyHttpHardening(app, config);
  app.use(graphiqlMiddleware(options.graphiqlAssetsDir));
  app.use(webMiddleware(config, options.webAssetsDir));
  app.disable('x-powered-by');
  await app.init();
  return app;
}
