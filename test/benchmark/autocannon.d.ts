/**
 * The part of autocannon 9's programmatic API the benchmark uses (the package ships no types).
 * See https://github.com/mcollina/autocannon#api.
 */
declare module 'autocannon' {
  import { type EventEmitter } from 'node:events';

  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Called before each request of a connection; answers the request to send. */
    setupRequest?: (request: AutocannonRequest, context: object) => AutocannonRequest;
  }

  interface AutocannonOptions {
    url: string;
    /** Concurrent connections, each sending its next request when the answer is in. */
    connections: number;
    /** Stop after this many requests in all (spread over the connections). */
    amount: number;
    /** Seconds until a request counts as timed out. */
    timeout: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: AutocannonRequest[];
    /** false: a failing answer counts as a mismatch. */
    verifyBody?: (body: string) => boolean;
  }

  interface AutocannonResult {
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    duration: number;
    requests: { total: number; sent: number };
    latency: Record<string, number>;
  }

  interface AutocannonInstance extends EventEmitter {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, ms: number) => void,
    ): this;
    /** Ends the run early; the callback then receives the summary so far. */
    stop(): void;
  }

  function autocannon(
    options: AutocannonOptions,
    done: (error: Error | null, result: AutocannonResult) => void,
  ): AutocannonInstance;

  export = autocannon;
}
