import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { projectRoot } from '../common/project-root';
import { type AppConfig } from '../config/app-config';
import { webConfig } from './web-config';
import { WEB_ASSET_PATH, WEB_DEFAULT_THEME, WEB_SCRIPT } from './web-files';
import { webContentSecurityPolicy, webHtml } from './web.page';

const logger = new Logger('WebPage');

/** Where `npm run build` puts the bundle. */
export function defaultWebAssetsDir(): string {
  return path.join(projectRoot(), 'dist', 'public', 'web');
}

/**
 * Serves the web page for civil servants: the page at `/`, its bundled files under /web/ (a fixed
 * list read at start, so no path from a request reaches the file system), the municipality's
 * theme (WEB_THEME_CSS) as /web/theme.css, and what the page needs to know as /web/config.json.
 */
export function webMiddleware(config: AppConfig, assetsDir: string = defaultWebAssetsDir()) {
  const files = new Map<string, string>();
  if (fs.existsSync(path.join(assetsDir, WEB_SCRIPT))) {
    for (const name of fs.readdirSync(assetsDir)) {
      files.set(`${WEB_ASSET_PATH}/${name}`, path.join(assetsDir, name));
    }
    if (config.WEB_THEME_CSS) {
      files.set(`${WEB_ASSET_PATH}/${WEB_DEFAULT_THEME}`, path.resolve(config.WEB_THEME_CSS));
    }
  } else {
    logger.warn(`The web page is not built (no ${assetsDir}); run npm run build to get it at /`);
  }
  const contentSecurityPolicy = webContentSecurityPolicy(
    config.OIDC_ISSUER ? new URL(config.OIDC_ISSUER).origin : null,
  );
  const settings = JSON.stringify(webConfig(config));
  const setHeaders = (response: Response): void => {
    response.setHeader('Content-Security-Policy', contentSecurityPolicy);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-cache');
  };

  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path === '/') {
      setHeaders(response);
      if (files.size === 0) {
        response
          .status(503)
          .type('text/plain')
          .send('De webpagina is niet gebouwd op deze server: voer npm run build uit.');
        return;
      }
      response.status(200).type('html').send(webHtml());
      return;
    }
    if (request.path === `${WEB_ASSET_PATH}/config.json`) {
      setHeaders(response);
      response.status(200).type('json').send(settings);
      return;
    }
    const file = files.get(request.path);
    if (!file) return next();
    setHeaders(response);
    response.sendFile(file, (error?: Error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}
