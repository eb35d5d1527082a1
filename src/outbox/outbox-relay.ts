import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { type OutboxEvent, type OutboxHandler } from './outbox-event';
import { OutboxRepository } from './outbox.repository';
import { retryDelayMs } from './retry-delay';

/** Events claimed at once; a full batch is followed at once by the next. */
const BATCH = 20;
/** How long a claim holds: a replica that dies mid-batch leaves its events to others after this. */
const LEASE_MS = 60_000;
/** Applied events are kept this long for operators, then pruned. */
const KEEP_APPLIED_MS = 7 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
/** Attempts after which a failing event is logged as an error rather than a warning. */
const LOUD_AFTER_ATTEMPTS = 10;

/**
 * Applies outbox events to their targets (the graph store, the mail server) at least once: claims
 * due events, hands each to the handler for its type, marks it applied, or counts the failure and
 * retries later with exponential backoff. Every replica may run one; claims keep them apart.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private readonly handlers = new Map<string, OutboxHandler>();
  /** Names this replica's claims. */
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | null = null;
  private rerun = false;
  private stopped = false;
  private lastPrune = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly config: AppConfig,
  ) {}

  /** Called by each feature for the event types it owns, before the application starts. */
  register(handler: OutboxHandler): void {
    if (this.handlers.has(handler.type)) {
      throw new Error(`Two outbox handlers for event type ${handler.type}`);
    }
    this.handlers.set(handler.type, handler);
  }

  onApplicationBootstrap(): void {
    if (this.config.OUTBOX_POLL_MS > 0) this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current;
  }

  /** Asks for a pass now, e.g. after a commit that wrote events, instead of at the next poll. */
  nudge(): void {
    if (this.config.OUTBOX_POLL_MS > 0 && !this.stopped) void this.pass();
  }

  /** Runs passes until no event is due now; for tests and commands. */
  async drain(): Promise<void> {
    await this.pass();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.pass().finally(() => this.schedule());
    }, this.config.OUTBOX_POLL_MS);
    this.timer.unref();
  }

  /** One pass at a time; a pass asked for while one runs runs right after it. */
  private pass(): Promise<void> {
    if (this.current) {
      this.rerun = true;
      return this.current;
    }
    this.current = (async () => {
      try {
        do {
          this.rerun = false;
          while (!this.stopped && (await this.applyBatch()) === BATCH);
        } while (this.rerun && !this.stopped);
        await this.pruneNowAndThen();
      } catch (error) {
        // The relational store itself failed; the next poll tries again.
        this.logger.warn(`Outbox pass failed: ${messageOf(error)}`);
      } finally {
        this.current = null;
      }
    })();
    return this.current;
  }

  private async applyBatch(): Promise<number> {
    const now = Date.now();
    const events = await this.outbox.claim(
      this.owner,
      BATCH,
      new Date(now),
      new Date(now + LEASE_MS),
    );
    for (const event of events) await this.apply(event);
    return events.length;
  }

  private async apply(event: OutboxEvent): Promise<void> {
    const handler = this.handlers.get(event.type);
    try {
      if (!handler) throw new Error(`no handler for outbox event type ${event.type}`);
      const outcome = await handler.handle(event);
      await this.outbox.markApplied(event.id, this.owner, outcome, new Date());
    } catch (error) {
      const attempts = event.attempts + 1;
      const delay = retryDelayMs(
        attempts,
        this.config.OUTBOX_RETRY_BASE_MS,
        this.config.OUTBOX_RETRY_MAX_MS,
      );
      const message = messageOf(error);
      const line = `Outbox event ${event.id} (${event.type}) failed, attempt ${attempts}; next try in ${Math.round(delay / 1000)} s: ${message}`;
      if (attempts >= LOUD_AFTER_ATTEMPTS) this.logger.error(line);
      else this.logger.warn(line);
      await this.outbox.markFailed(
        event.id,
        this.owner,
        message.slice(0, 1000),
        new Date(Date.now() + delay),
      );
    }
  }

  private async pruneNowAndThen(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.outbox.pruneApplied(new Date(now - KEEP_APPLIED_MS));
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
