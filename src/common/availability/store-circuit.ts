import { Logger } from '@nestjs/common';

/**
 * closed: calls go through. open: the store is known to be down, calls fail at once. half-open:
 * a probe is finding out whether it is back (calls still fail at once until it is).
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface StoreCircuitOptions {
  /** For logs and metrics: "graph" or "relational". */
  readonly store: 'graph' | 'relational';
  /** What is behind it, for people: "the graph database (Neo4j)". */
  readonly description: string;
  /** A trivial query that bypasses the circuit; resolves when the store answers. */
  readonly probe: () => Promise<unknown>;
  /** Whether an error of a call means the store cannot be reached (not a bad query). */
  readonly isOutage: (error: unknown) => boolean;
  /** The error (with this message) a call gets while the store is down. */
  readonly unavailable: (message: string) => Error;
  /** How long a request may wait on an unreachable store before it is answered; default 2 s. */
  readonly failWithinMs?: number;
  /** How often an open circuit probes the store; default 1 s. */
  readonly retryIntervalMs?: number;
}

/** A call that was already running when the circuit opened. */
export interface Abandonable {
  /** Stops the call's retries and frees what it holds; it may still finish on the store. */
  abandon(error: Error): void;
}

const NOTHING_TO_ABANDON: Abandonable = { abandon: () => undefined };

/**
 * A circuit breaker for one store server (Neo4j, PostgreSQL), so that requests fail fast with
 * SERVICE_UNAVAILABLE instead of waiting out the drivers' connection timeouts and retries.
 *
 * It opens on a call's outage error, on a failed readiness probe, or when a call runs longer than
 * 40 % of `failWithinMs` and a probe then gets no answer within another 40 %: every call waiting
 * on the store is released at that moment, with a fifth of the budget left to answer. While open, a probe runs every `retryIntervalMs`
 * (half-open); the first answer closes the circuit, without a restart.
 */
export class StoreCircuit {
  private readonly logger = new Logger('StoreCircuit');
  private current: CircuitState = 'closed';
  /** Rejects when the circuit opens; every call in flight races against it. */
  private opened!: Promise<never>;
  private openNow!: (error: Error) => void;
  /** What `opened` rejects with, told apart from the call's own errors. */
  private openedError = new Error('circuit opened');
  private probing: Promise<boolean> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  private readonly listeners: Array<(state: CircuitState) => void> = [];
  readonly failWithinMs: number;
  private readonly retryIntervalMs: number;

  constructor(private readonly options: StoreCircuitOptions) {
    this.failWithinMs = options.failWithinMs ?? 2_000;
    this.retryIntervalMs = options.retryIntervalMs ?? 1_000;
    this.arm();
  }

  get state(): CircuitState {
    return this.current;
  }

  get store(): 'graph' | 'relational' {
    return this.options.store;
  }

  /** Called with the new state on every change (logs, metrics). */
  onChange(listener: (state: CircuitState) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Runs `call` unless the store is known to be down. `call` may register how to abandon it
   * (`onAbandon`) for when the circuit opens while it runs.
   */
  async run<T>(call: (onAbandon: (handle: Abandonable) => void) => Promise<T>): Promise<T> {
    if (this.current !== 'closed') throw this.refusal();
    let handle = NOTHING_TO_ABANDON;
    const started = call((given) => (handle = given));
    const slow = setTimeout(() => void this.check(), this.slowCallMs).unref();
    try {
      return await Promise.race([started, this.opened]);
    } catch (error) {
      if (error === this.openedError) {
        started.catch(() => undefined); // it ends on its own; nobody waits for it any more
        const released = this.options.unavailable(
          `${this.refusal().message} The request was already sent; it may or may not have taken effect, so check before you repeat a change.`,
        );
        handle.abandon(released);
        throw released;
      }
      if (this.options.isOutage(error)) {
        this.open(error);
        throw this.refusal();
      }
      throw error;
    } finally {
      clearTimeout(slow);
    }
  }

  /**
   * Probes the store now (one probe at a time) and records the answer: the readiness probe and
   * the circuit's own recovery both come here. True when the store answered in time.
   */
  check(): Promise<boolean> {
    this.probing ??= this.probeOnce().finally(() => (this.probing = undefined));
    return this.probing;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
  }

  private get slowCallMs(): number {
    return Math.floor(this.failWithinMs * 0.4);
  }

  /** Slow call plus probe leave a fifth of the budget for answering the request. */
  private get probeTimeoutMs(): number {
    return Math.floor(this.failWithinMs * 0.4);
  }

  private arm(): void {
    this.opened = new Promise<never>((_, reject) => {
      this.openNow = reject;
    });
    this.opened.catch(() => undefined);
  }

  private async probeOnce(): Promise<boolean> {
    if (this.current === 'open') this.setState('half-open');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.probeTimeoutMs).unref();
    });
    let up: boolean;
    let cause: unknown;
    try {
      up =
        (await Promise.race([this.options.probe().then(() => 'up' as const), timedOut])) === 'up';
      if (!up) cause = new Error(`no answer within ${this.probeTimeoutMs} ms`);
    } catch (error) {
      up = false;
      cause = error;
    } finally {
      clearTimeout(timer);
    }
    if (up) this.close();
    else this.open(cause);
    return up;
  }

  private open(cause: unknown): void {
    if (this.current === 'closed') {
      this.logger.warn(
        `${capitalised(this.options.description)} cannot be reached (${messageOf(cause)}); requests that need it are answered SERVICE_UNAVAILABLE until it answers again`,
      );
      this.openNow(this.openedError);
    }
    if (this.current !== 'open') this.setState('open');
    this.scheduleRetry();
  }

  private close(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.current === 'closed') return;
    this.openedError = new Error('circuit opened');
    this.arm();
    this.setState('closed');
    this.logger.log(`${capitalised(this.options.description)} answers again`);
  }

  private scheduleRetry(): void {
    if (this.disposed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.check();
    }, this.retryIntervalMs).unref();
  }

  private setState(state: CircuitState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }

  private refusal(): Error {
    return this.options.unavailable(
      `${capitalised(this.options.description)} cannot be reached right now. Try again in a moment; if it persists, the operators can check /health.`,
    );
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
