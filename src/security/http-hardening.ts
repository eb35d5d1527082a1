import { type NestExpressApplication } from '@nestjs/platform-express';
import { type AppConfig } from '../config/app-config';
import { corsOptions } from './cors';
import { batchLimit, bodyErrorHandler } from './request-body';
import { securityHeaders } from './security-headers';

/**
 * The transport limits, in the order a request meets them: security headers on every answer,
 * CORS for the configured origins, the JSON body within HTTP_MAX_BODY_BYTES, and the batch
 * cap. Called before the GraphiQL middleware and before Apollo is mounted (at app.init()).
 */
export function applyHttpHardening(app: NestExpressApplication, config: AppConfig): void {
  app.use(securityHeaders());
  if (config.CORS_ORIGINS.length > 0) app.enableCors(corsOptions(config.CORS_ORIGINS));
  app.useBodyParser('json', { limit: config.HTTP_MAX_BODY_BYTES });
  app.use(bodyErrorHandler(config.HTTP_MAX_BODY_BYTES));
  app.use('/graphql', batchLimit(config.GRAPHQL_MAX_BATCH));
}
