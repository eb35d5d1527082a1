import { type CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';

/**
 * Cross-origin access for the intranet origins in CORS_ORIGINS, exactly as listed. Bearer
 * credentials travel in the Authorization header, never in cookies, so credentials stay off.
 * With an empty list no CORS headers are sent at all and browsers allow the same origin only.
 */
export function corsOptions(allowedOrigins: readonly string[]): CorsOptions {
  return {
    origin: [...allowedOrigins],
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'Authorization',
      'Content-Type',
      'X-Correlation-Id',
      'Apollo-Require-Preflight',
      'X-Apollo-Operation-Name',
    ],
    exposedHeaders: ['X-Correlation-Id', 'Retry-After'],
    credentials: false,
    maxAge: 600,
  };
}
