import { Injectable } from '@nestjs/common';
import { GraphStore } from '../graph-store/graph-store';
import { RelationalStore } from '../relational/relational-store';
import { ShutdownState } from '../shutdown/shutdown-state';

/** A store that does not answer within this time counts as down, so a probe never hangs. */
const PROBE_TIMEOUT_MS = 2_000;

export type CheckStatus = 'up' | 'down';

export interface HealthReport {
  readonly status: 'ok' | 'degraded';
  readonly checks: {
    readonly graph: { readonly status: CheckStatus; readonly store: string };
    readonly relational: { readonly status: CheckStatus; readonly driver: string };
  };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly graph: GraphStore,
    private readonly relational: RelationalStore,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Asks both stores at once; no personal data, only store kinds and up/down. */
  async check(): Promise<HealthReport> {
    const [graphUp, relationalUp] = await Promise.all([
      probe(() => this.graph.isReady()),
      probe(() => this.relational.isReady()),
    ]);
    return {
      status: graphUp && relationalUp ? 'ok' : 'degraded',
      checks: {
        graph: { status: graphUp ? 'up' : 'down', store: this.graph.name },
        relational: { status: relationalUp ? 'up' : 'down', driver: this.relational.driver },
      },
    };
  }

  /** Ready for traffic: both stores answer and the process is not shutting down. */
  async ready(): Promise<{ ready: boolean; report: HealthReport; shuttingDown: boolean }> {
    const report = await this.check();
    const shuttingDown = this.shutdown.isShuttingDown;
    return { ready: report.status === 'ok' && !shuttingDown, report, shuttingDown };
  }
}

async function probe(isReady: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([isReady().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
