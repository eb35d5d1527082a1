import { fork } from 'node:child_process';
import * as path from 'node:path';
import { type LoadJob, type PhaseResult } from './load-job';

/** Runs one phase in a fresh client process (load-client.ts) and answers its result. */
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
