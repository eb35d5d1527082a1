import * as net from 'node:net';
import { Logger } from '@nestjs/common';
import { RateLimiterRes } from 'rate-limiter-flexible';
import {
  PostgresRateLimitCounters,
  RATE_LIMIT_STORE_WAIT_MS,
} from './postgres-rate-limit-counters';

/** Nothing listens on port 1: every connection is refused at once. */
const UNREACHABLE = 'postgres://kennissen:secret@127.0.0.1:1/kennissen';

describe('PostgresRateLimitCounters when PostgreSQL does not answer', () => {
  let sut: PostgresRateLimitCounters;
  let warned: jest.SpyInstance;
  beforeEach(() => {
    warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    sut = new PostgresRateLimitCounters(UNREACHABLE);
  });
  afterEach(async () => {
    await sut.onApplicationShutdown();
    warned.mockRestore();
  });

  it("fails open to this process's count of the same limit, and says so once", async () => {
    const counter = sut.counter({ name: 'per-ip', points: 2, windowSeconds: 60 });
    await expect(counter.consume('graphql:ip:10.0.0.1', 1)).resolves.toBeInstanceOf(RateLimiterRes);
    await expect(counter.consume('graphql:ip:10.0.0.1', 1)).resolves.toBeInstanceOf(RateLimiterRes);
    // Past the limit in this process: refused as usual (a RateLimiterRes, not an error).
    await expect(counter.consume('graphql:ip:10.0.0.1', 1)).rejects.toBeInstanceOf(RateLimiterRes);
    await expect(counter.get('graphql:ip:10.0.0.1')).resolves.toMatchObject({ consumedPoints: 3 });
    expect(warned).toHaveBeenCalledTimes(1);
    expect(warned).toHaveBeenCalledWith(
      expect.stringMatching(/counted in this process's memory until it does/),
    );
    expect(JSON.stringify(warned.mock.calls)).not.toContain('secret');
  });

  it('waits for a server that accepts but never answers only a moment', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const counters = new PostgresRateLimitCounters(`postgres://k:s@127.0.0.1:${port}/k`);
    try {
      const counter = counters.counter({ name: 'per-client', points: 5, windowSeconds: 60 });
      const started = Date.now();
      await expect(counter.consume('graphql:actor:admin', 1)).resolves.toBeInstanceOf(
        RateLimiterRes,
      );
      expect(Date.now() - started).toBeLessThan(RATE_LIMIT_STORE_WAIT_MS + 2_000);
    } finally {
      await counters.onApplicationShutdown();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('closes its pool once, however often shutdown is called', async () => {
    await sut.onApplicationShutdown();
    await expect(sut.onApplicationShutdown()).resolves.toBeUndefined();
  });
});
