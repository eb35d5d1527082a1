import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { cpuSnapshot, otherShare } from './cpu-share';
import { summarise } from './latency-stats';
import { type LoadJob, type PhaseResult } from './load-job';

/**
 * The benchmark's clients: autocannon, in a process of its own (forked by load-runner.ts), so
 * that sending requests and reading answers does not compete with a service in the same thread.
 *
 * `connections` = clients and `amount` = requests make a closed loop: each connection sends its
 * next request when the previous answer is in. autocannon's own histogram reports p50, p97.5 and
 * p99 but no p95, so every answer's latency (autocannon's, from writing the request to the end of
 * the answer) is recorded here and the percentiles are taken from all of them.
 */
process.once('message', (job: LoadJob) => {
  measure(job).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load client: ${String(error)}\n`);
      process.exit(1);
    },
  );
});

async function measure(job: LoadJob): Promise<PhaseResult> {
  let next = 0;
  const nextBody = (): string => job.bodies[next++ % job.bodies.length];
  if (job.warmUpRequests > 0) await phase(job, job.warmUpRequests, nextBody);

  const watched = [process.pid, ...job.watchPids];
  const cpuBefore = cpuSnapshot(watched);
  const { latencies, failed, failure, wallMs } = await phase(job, job.measuredRequests, nextBody);
  return {
    summary: summarise(latencies, failed, wallMs),
    otherCpuShare: otherShare(cpuBefore, cpuSnapshot(watched)),
    ...(failure ? { failure } : {}),
  };
}

interface Phase {
  latencies: number[];
  failed: number;
  /**
   * From the start to the last answer. autocannon reports its end only at its next one-second
   * tick, which would add up to a second of idling to a short phase's wall time.
   */
  wallMs: number;
  /** The first failing answer, shortened, so that a failed smoke run says why. */
  failure?: string;
}

function phase(job: LoadJob, amount: number, nextBody: () => string): Promise<Phase> {
  const result: Phase = { latencies: [], failed: 0, wallMs: 0 };
  const started = performance.now();
  // A GraphQL error is answered with HTTP 200: the body decides.
  const verifyBody = (body: string): boolean => {
    const ok = !body.includes('"errors"');
    if (!ok) result.failure ??= body.slice(0, 500);
    return ok;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.url,
        connections: Math.min(job.clients, amount),
        amount,
        timeout: job.timeoutSeconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...job.headers },
        requests: [{ setupRequest: (request) => ({ ...request, body: nextBody() }) }],
        verifyBody,
      },
      (error, summary) => {
        clearTimeout(cap);
        if (error) return reject(error);
        // Timeouts are among the errors; non-2xx answers and GraphQL errors were answered (timed).
        result.failed = summary.errors + summary.non2xx + summary.mismatches;
        if (summary.non2xx > 0) result.failure ??= `${summary.non2xx} answers were not HTTP 2xx`;
        if (summary.errors > 0) result.failure ??= `${summary.errors} requests failed or timed out`;
        resolve(result);
      },
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      result.latencies.push(ms);
      result.wallMs = performance.now() - started;
    });
    // Requests still in flight when the cap stops the phase are neither timed nor counted.
    const cap =
      job.maxPhaseSeconds === null
        ? undefined
        : setTimeout(() => instance.stop(), job.maxPhaseSeconds * 1000);
  });
}
