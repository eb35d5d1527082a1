import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { projectRoot } from '../common/project-root';
import { GRAPHIQL_ASSET_PATH, GRAPHIQL_SCRIPT } from './graphiql-files';
import { GRAPHIQL_CONTENT_SECURITY_POLICY, graphiqlHtml } from './graphiql.page';

const logger = new Logger('GraphiQL');

/** Where `npm run build` puts the bundle. */
export function defaultGraphiqlAssetsDir(): string {
  return path.join(projectRoot(), 'dist', 'public', 'graphiql');
}

/** A browser (Accept: text/html first) asking for /graphql gets the page; API clients get Apollo. */
function wantsPage(request: Request): boolean {
  return (
    request.method === 'GET' &&
    request.path === '/graphql' &&
    request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) ===
      'text/html'
  );
}

function setPageHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-cache');
}

/**
 * Serves GraphiQL from this service: the page on GET /graphql for browsers, and the bundled
 * files under /graphiql/. Only the files present in the bundle when the service starts are
 * served (a fixed list, so no path from the request ever reaches the file system).
 */
export function graphiqlMiddleware(assetsDir: string = defaultGraphiqlAssetsDir()) {
  const files = new Map<string, string>();
  if (fs.existsSync(path.join(assetsDir, GRAPHIQL_SCRIPT))) {
    for (const name of fs.readdirSync(assetsDir)) {
      files.set(`${GRAPHIQL_ASSET_PATH}/${name}`, path.join(assetsDir, name));
    }
  } else {
    logger.warn(
      `GraphiQL is not built (no ${assetsDir}); run npm run build to get the page at /graphql`,
    );
  }

  return (request: Request, response: Response, next: NextFunction): void => {
    if (wantsPage(request)) {
      setPageHeaders(response);
      if (files.size === 0) {
        response
          .status(503)
          .type('text/plain')
          .send(
            'GraphiQL is not built on this server. Run npm run build; the API answers POST /graphql.',
          );
        return;
      }
      response.status(200).type('html').send(graphiqlHtml());
      return;
    }
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? files.get(request.path) : undefined;
    if (!file) {
      next();
      return;
    }
    setPageHeaders(response);
    response.sendFile(file, (error?: Error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}
