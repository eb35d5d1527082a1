import { fork } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpuSnapshot, otherShare } from './cpu-share';
import { type LatencySummary, summarise } from './latency-stats';

/** One GraphQL request: the operation and its variables. */
export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface LoadPlan {
  /** http://127.0.0.1:<port>/graphql */
  readonly url: string;
  /** Sent as `Authorization: Bearer <token>`: the credential the clients call with. */
  readonly token: string;
  /** The i-th request of a phase (deterministic, so runs are comparable). */
  readonly request: (i: number) => GraphqlRequest;
  readonly clients: number;
  readonly warmUpRequests: number;
  readonly measuredRequests: number;
  /** A request slower than this counts as an error (and is not waited for longer). */
  readonly timeoutMs: number;
}

export interface PhaseResult {
  readonly summary: LatencySummary;
  /** The share of CPU time that processes other than this one and `watchPids` used; null off Linux. */
  readonly otherCpuShare: number | null;
}

/**
 * Warms up, then sends exactly `measuredRequests` requests from `clients` concurrent clients,
 * each client one request at a time (closed loop), and summarises their latencies. A request
 * fails when it times out, is not HTTP 200, or answers GraphQL errors; failures are counted,
 * not timed. `watchPids` are the benchmark's other processes (service, Neo4j).
 */
export async function runLoad(
  plan: LoadPlan,
  watchPids: readonly number[] = [],
): Promise<PhaseResult> {
  await phase(plan, plan.warmUpRequests, 0);
  const latencies: number[] = [];
  let errors = 0;
  const watched = [process.pid, ...watchPids];
  const cpuBefore = cpuSnapshot(watched);
  const started = performance.now();
  await phase(plan, plan.measuredRequests, plan.warmUpRequests, (ms, ok) => {
    if (ok) latencies.push(ms);
    else errors++;
  });
  const summary = summarise(latencies, errors, performance.now() - started);
  return { summary, otherCpuShare: otherShare(cpuBefore, cpuSnapshot(watched)) };
}

async function phase(
  plan: LoadPlan,
  count: number,
  offset: number,
  record: (ms: number, ok: boolean) => void = () => undefined,
): Promise<void> {
  let next = 0;
  const client = async (): Promise<void> => {
    while (next < count) {
      const i = offset + next++;
      const started = performance.now();
      const ok = await send(plan, plan.request(i));
      record(performance.now() - started, ok);
    }
  };
  await Promise.all(Array.from({ length: plan.clients }, client));
}

async function send(plan: LoadPlan, request: GraphqlRequest): Promise<boolean> {
  try {
    const response = await fetch(plan.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${plan.token}` },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(plan.timeoutMs),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    return response.status === 200 && !body.errors?.length;
  } catch {
    return false;
  }
}

/** A load phase as data, for a client process: the operation by name (see operations.ts). */
export interface LoadJob {
  readonly url: string;
  readonly token: string;
  readonly operation: string;
  readonly population: { people: number; challenges: number };
  readonly clients: number;
  readonly warmUpRequests: number;
  readonly measuredRequests: number;
  readonly timeoutMs: number;
  /** The service's process and Neo4j's, whose CPU time is the benchmark's own. */
  readonly watchPids: readonly number[];
}

/** runLoad in a child process (load-client.ts), so the clients do not share the service's thread. */
export function runLoadInChild(job: LoadJob): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-client.js'), { stdio: 'inherit' });
    let result: PhaseResult | undefined;
    child.once('message', (message: PhaseResult) => {
      result = message;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`the load client exited with code ${code} without results`));
    });
    child.send(job);
  });
}
