import helmet from 'helmet';
import { type RequestHandler } from 'express';

/**
 * Helmet's headers for every response. The API itself serves JSON only, so its
 * Content-Security-Policy allows nothing; the GraphiQL page and its files replace it with their
 * own self-only policy (graphiql.page.ts), which is why this middleware runs before GraphiQL's.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
