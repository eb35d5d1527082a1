import * as http from 'node:http';
import { type AddressInfo } from 'node:net';
import { trackHttpServer } from './http-drain';

/** A server whose /slow answers only when the test says so. */
async function startServer(): Promise<{
  server: http.Server;
  port: number;
  releaseSlow: () => void;
  slowArrived: Promise<void>;
}> {
  let releaseSlow: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  const server = http.createServer((request, response) => {
    if (request.url === '/slow') {
      arrived();
      releaseSlow = () => response.end('slow done');
      return;
    }
    response.end('quick');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    releaseSlow: () => releaseSlow(),
    slowArrived,
  };
}

function get(
  port: number,
  path: string,
  agent?: http.Agent,
): Promise<{ status: number; body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, agent }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            connection: response.headers.connection,
          }),
        );
      })
      .on('error', reject);
  });
}

describe('trackHttpServer().drain', () => {
  it('lets a running request finish, answering it with Connection: close', async () => {
    const { server, port, releaseSlow, slowArrived } = await startServer();
    const sut = trackHttpServer(server);
    const slow = get(port, '/slow');
    await slowArrived;

    const drained = sut.drain(10_000);
    setTimeout(releaseSlow, 100);
    await expect(slow).resolves.toEqual({ status: 200, body: 'slow done', connection: 'close' });
    await expect(drained).resolves.toEqual({ forced: false, cutOff: 0 });
    expect(server.listening).toBe(false);
  });

  it('closes idle keep-alive connections at once instead of waiting for the grace period', async () => {
    const { server, port } = await startServer();
    const sut = trackHttpServer(server);
    const agent = new http.Agent({ keepAlive: true });
    try {
      await expect(get(port, '/quick', agent)).resolves.toMatchObject({ status: 200 });
      const started = Date.now();
      await expect(sut.drain(10_000)).resolves.toEqual({ forced: false, cutOff: 0 });
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      agent.destroy();
    }
  });

  it('cuts off what still runs after the grace period', async () => {
    const { server, port, slowArrived } = await startServer();
    const sut = trackHttpServer(server);
    const slow = get(port, '/slow');
    await slowArrived;

    const started = Date.now();
    await expect(sut.drain(300)).resolves.toEqual({ forced: true, cutOff: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await expect(slow).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
