import { type LoadJob, runLoad } from './load-generator';
import { benchOperations } from './operations';

/**
 * The benchmark's clients, in a process of their own (forked by run-benchmark.ts): sending
 * requests and reading answers costs CPU, and in the service's process it would compete with
 * the service for its one JavaScript thread and skew what is measured.
 */
process.once('message', (job: LoadJob) => {
  const operation = benchOperations(job.population, true).find(
    ({ name }) => name === job.operation,
  );
  if (!operation) throw new Error(`unknown operation ${job.operation}`);
  runLoad({ ...job, request: operation.request }, job.watchPids).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load client: ${String(error)}\n`);
      process.exit(1);
    },
  );
});
