import { type Server, type ServerResponse } from 'node:http';

export interface DrainResult {
  /** True when requests were still running at the deadline and their connections were cut. */
  readonly forced: boolean;
  /** How many requests were cut off. */
  readonly cutOff: number;
}

export interface HttpDrain {
  /**
   * Stops accepting connections, lets running requests finish (answering them with
   * `Connection: close`), closes idle keep-alive connections at once, and after `graceMs`
   * closes whatever is still open.
   */
  drain(graceMs: number): Promise<DrainResult>;
}

/** Starts counting the requests of `server`; call it before the server takes traffic. */
export function trackHttpServer(server: Server): HttpDrain {
  const running = new Set<ServerResponse>();
  let draining = false;

  // Prepended, so it sees each request before Express may answer it synchronously.
  server.prependListener('request', (_request, response: ServerResponse) => {
    running.add(response);
    if (draining && !response.headersSent) response.setHeader('Connection', 'close');
    response.once('close', () => {
      running.delete(response);
      // Its keep-alive connection is idle now: close it rather than wait for the client.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });

  return {
    async drain(graceMs: number): Promise<DrainResult> {
      draining = true;
      for (const response of running) {
        if (!response.headersSent) response.setHeader('Connection', 'close');
      }
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((resolve) => {
        timer = setTimeout(() => resolve('deadline'), graceMs);
      });
      const outcome = await Promise.race([closed.then(() => 'closed' as const), deadline]);
      clearTimeout(timer);
      if (outcome === 'closed') return { forced: false, cutOff: 0 };
      const cutOff = running.size;
      server.closeAllConnections();
      await closed;
      return { forced: true, cutOff };
    },
  };
}
