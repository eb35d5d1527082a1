import { createHash, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import { type AddressInfo } from 'node:net';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ServiceMetrics } from './service-metrics';

/**
 * GET /metrics on the public port, for a scraper that sends METRICS_TOKEN as a bearer token
 * (a platform that can scrape only the service's own port). Anything else is 401, told apart
 * from a missing route so the operator sees it is the token.
 */
export function metricsWithToken(metrics: ServiceMetrics, token: string): RequestHandler {
  const expected = digest(token);
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const given = /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      response
        .status(401)
        .setHeader('WWW-Authenticate', 'Bearer realm="metrics"')
        .type('text/plain')
        .send('Send METRICS_TOKEN as a bearer token to read the metrics.\n');
      return;
    }
    void send(metrics, response);
  };
}

/**
 * The listener on METRICS_PORT that serves GET /metrics and nothing else, apart from the public
 * port (only the scraper is let in to it, e.g. by a NetworkPolicy). main.ts starts it; it stops
 * with the application.
 */
@Injectable()
export class MetricsListener implements OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: http.Server | undefined;

  constructor(private readonly metrics: ServiceMetrics) {}

  /** Listens on `port` (0: any free one) and resolves with the port it got. */
  async listen(port: number, host?: string): Promise<number> {
    const server = http.createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics here.\n');
        return;
      }
      void send(this.metrics, response);
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const bound = (server.address() as AddressInfo).port;
    this.logger.log(`Metrics on http://localhost:${bound}/metrics`);
    return bound;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function send(
  metrics: ServiceMetrics,
  response: Pick<http.ServerResponse, 'writeHead' | 'end'>,
): Promise<void> {
  try {
    const { contentType, body } = await metrics.exposition();
    response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
  } catch (error) {
    response
      .writeHead(500, { 'content-type': 'text/plain' })
      .end(
        `Could not collect the metrics: ${error instanceof Error ? error.message : String(error)}\n`,
      );
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
