import { fork } from 'node:child_process';
import * as path from 'node:path';

/**
 * A server of the benchmark in a child process: the service (bench-service.ts) or a comparison
 * server (neo4j-graphql-server.ts, empty-apollo-server.ts). The child gets `job` as its first
 * message and answers `{ ready }` or `{ failed }`; any later message asks it to stop.
 */
export interface ChildServer<R> {
  readonly pid: number;
  readonly ready: R;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 20_000;

export function startChildServer<R>(
  script: string,
  job: unknown,
  readyWithinMs: number,
): Promise<ChildServer<R>> {
  const child = fork(path.join(__dirname, script), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    if (child.connected) child.send('stop');
    else child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${script}: ${why}`));
    };
    const timer = setTimeout(
      () => fail(`not ready within ${readyWithinMs / 1000} s`),
      readyWithinMs,
    );
    child.once('message', (message: { ready?: R; failed?: string }) => {
      if (message.ready === undefined) return fail(message.failed ?? 'failed to start');
      clearTimeout(timer);
      resolve({ pid: child.pid as number, ready: message.ready, stop });
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`exited before it was ready (code ${code})`));
    child.send(job as object);
  });
}
