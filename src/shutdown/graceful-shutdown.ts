import { type INestApplication, Logger } from '@nestjs/common';
import { type HttpDrain } from './http-drain';
import { ShutdownState } from './shutdown-state';

const logger = new Logger('Shutdown');

/** Extra time after the grace period for closing the stores before giving up. */
const CLOSE_MARGIN_MS = 15_000;

/** How long each phase of a shutdown may take. */
export interface ShutdownTimes {
  /** Readiness 503 while the listener still serves (SHUTDOWN_DELAY_MS). */
  readonly delayMs: number;
  /** Running requests may finish after the listener closed (SHUTDOWN_GRACE_MS). */
  readonly graceMs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * On SIGTERM or SIGINT: readiness turns 503 and the listener keeps serving for delayMs (a load
 * balancer sees the 503 and takes the instance out first), then it stops accepting connections
 * and running HTTP requests finish (up to graceMs), then
 * the application closes (Apollo, then the stores in onApplicationShutdown) and the process
 * exits 0. The HTTP drain comes first on purpose: Nest stops Apollo in onModuleDestroy, before
 * its own HTTP close, which would fail requests that are still running. A second signal, or a
 * close that hangs, exits 1 at once.
 */
export function exitGracefullyOnSignals(
  app: INestApplication,
  drain: HttpDrain,
  { delayMs, graceMs }: ShutdownTimes,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) {
      logger.warn(`${signal} received again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.log(
      `${signal} received: not ready, still serving for ${delayMs} ms; then finishing running requests (up to ${graceMs} ms) and closing the stores`,
    );
    const limit = delayMs + graceMs + CLOSE_MARGIN_MS;
    setTimeout(() => {
      logger.error(`Shutdown did not finish within ${limit} ms; exiting`);
      process.exit(1);
    }, limit).unref();
    try {
      app.get(ShutdownState).begin();
      if (delayMs > 0) await sleep(delayMs);
      const { forced, cutOff } = await drain.drain(graceMs);
      if (forced) {
        logger.warn(
          `${cutOff} request(s) still running after SHUTDOWN_GRACE_MS=${graceMs}; their connections were closed`,
        );
      }
      await app.close();
      logger.log('Stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error('Shutdown failed', error instanceof Error ? error.stack : String(error));
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => void stop(signal));
  }
}
