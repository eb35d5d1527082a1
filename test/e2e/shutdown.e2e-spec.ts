import * as http from 'node:http';
import { ensureBuilt, listening, run, storesIn } from '../support/service-process';
import { makeTempDir } from '../support/temp-dir';

/** A GraphQL POST whose body arrives in two parts, so the request is in flight in between. */
function slowRequest(port: number): {
  finish: () => void;
  response: Promise<{ status: number; connection?: string; body: string }>;
} {
  const payload = JSON.stringify({ query: '{ municipalities(first: 3) { totalCount } }' });
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
  });
  const response = new Promise<{ status: number; connection?: string; body: string }>(
    (resolve, reject) => {
      request.on('response', (answer) => {
        let body = '';
        answer.on('data', (chunk: Buffer) => (body += chunk.toString()));
        answer.on('end', () =>
          resolve({ status: answer.statusCode ?? 0, connection: answer.headers.connection, body }),
        );
      });
      request.on('error', reject);
    },
  );
  request.write(payload.slice(0, 10));
  return { finish: () => request.end(payload.slice(10)), response };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('stopping the built service with SIGTERM', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('finishes a running request, refuses new connections, exits 0, and frees KUZU_PATH', async () => {
    const temp = makeTempDir('shutdown');
    const service = run({ ...storesIn(temp.dir), SHUTDOWN_GRACE_MS: '20000' });
    try {
      const port = await listening(service);
      const slow = slowRequest(port);
      await sleep(300); // the server has the request's headers and waits for its body

      service.child.kill('SIGTERM');
      await sleep(500);
      expect(service.child.exitCode).toBeNull(); // still draining
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();

      slow.finish();
      const answer = await slow.response;
      expect(answer.status).toBe(200);
      expect(answer.connection).toBe('close');
      expect(JSON.parse(answer.body)).toEqual({ data: { municipalities: { totalCount: 342 } } });

      await expect(service.exited).resolves.toBe(0);
      expect(service.stdout).toContain('SIGTERM received');
      expect(service.stdout).toContain('Closed the kuzu graph store');
      expect(service.stdout).toContain('Closed the sqlite relational store');
      expect(service.stdout).toContain('Stopped cleanly');

      // The directory lock is released: a new process opens the same stores.
      const next = run({ ...storesIn(temp.dir), SHUTDOWN_GRACE_MS: '20000' });
      try {
        const nextPort = await listening(next);
        expect((await fetch(`http://127.0.0.1:${nextPort}/health/ready`)).status).toBe(200);
        next.child.kill('SIGTERM');
        await expect(next.exited).resolves.toBe(0);
      } finally {
        next.child.kill('SIGKILL');
      }
    } finally {
      service.child.kill('SIGKILL');
      temp.remove();
    }
  });

  it('answers not ready but keeps serving for SHUTDOWN_DELAY_MS, then closes and exits 0', async () => {
    const temp = makeTempDir('shutdown-delay');
    const service = run({ ...storesIn(temp.dir), SHUTDOWN_DELAY_MS: '2500' });
    try {
      const port = await listening(service);
      const started = Date.now();
      service.child.kill('SIGTERM');
      await sleep(400);
      // A load balancer polling readiness takes the instance out while its traffic still lands.
      expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      const query = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ municipalities(first: 1) { totalCount } }' }),
      });
      expect(await query.json()).toEqual({ data: { municipalities: { totalCount: 342 } } });
      expect(service.child.exitCode).toBeNull();
      await expect(service.exited).resolves.toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2400);
      expect(service.stdout).toContain('still serving for 2500 ms');
    } finally {
      service.child.kill('SIGKILL');
      temp.remove();
    }
  });

  it('does not wait for idle keep-alive connections', async () => {
    const temp = makeTempDir('shutdown-idle');
    const service = run({ ...storesIn(temp.dir), SHUTDOWN_GRACE_MS: '30000' });
    const agent = new http.Agent({ keepAlive: true });
    try {
      const port = await listening(service);
      await new Promise<void>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: '/health/live', agent }, (answer) => {
            answer.resume();
            answer.on('end', resolve);
          })
          .on('error', reject);
      });
      const started = Date.now();
      service.child.kill('SIGTERM');
      await expect(service.exited).resolves.toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      agent.destroy();
      service.child.kill('SIGKILL');
      temp.remove();
    }
  });

  it('cuts off a request still running after SHUTDOWN_GRACE_MS and still exits 0', async () => {
    const temp = makeTempDir('shutdown-grace');
    const service = run({ ...storesIn(temp.dir), SHUTDOWN_GRACE_MS: '1000' });
    try {
      const port = await listening(service);
      const slow = slowRequest(port); // never finished
      await sleep(300);
      const started = Date.now();
      service.child.kill('SIGTERM');
      await expect(slow.response).rejects.toThrow(/socket hang up|ECONNRESET/);
      await expect(service.exited).resolves.toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect(service.stdout).toMatch(/1 request\(s\) still running after SHUTDOWN_GRACE_MS=1000/);
    } finally {
      service.child.kill('SIGKILL');
      temp.remove();
    }
  });
});
