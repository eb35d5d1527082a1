import 'reflect-metadata';
import { type BenchApp, type ServiceJob, startBenchApp } from './bench-app';

/**
 * The service under test in a process of its own (forked by service-process.ts): its memory is
 * then its own to measure (/proc/<pid>/status), and the benchmark's bookkeeping does not share
 * its JavaScript thread. Answers `{ ready }` or `{ failed }` once; stops when told or orphaned.
 */
let app: BenchApp | undefined;

async function stop(): Promise<void> {
  await app?.close();
  process.exit(0);
}

process.once('message', (job: ServiceJob) => {
  startBenchApp(job).then(
    (started) => {
      app = started;
      process.send?.({ ready: started.ready });
      process.once('message', () => void stop());
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.send?.({ failed: message }, () => process.exit(1));
    },
  );
});
// The benchmark ended (or died) without telling: do not keep the store open.
process.once('disconnect', () => void stop());
