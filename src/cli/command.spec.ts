import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig, loadConfig } from '../config/app-config';
import { openCommandContext, runCommand, withCommandContext } from './command';

@Injectable()
class Greeter implements OnModuleDestroy {
  static closed = 0;
  constructor(readonly config: AppConfig) {}
  onModuleDestroy(): void {
    Greeter.closed += 1;
  }
}

describe('command context', () => {
  const config = loadConfig({ PORT: '4321' });

  beforeEach(() => {
    Greeter.closed = 0;
  });

  it('gives every provider the validated configuration', async () => {
    const sut = await openCommandContext(config, { providers: [Greeter] });
    try {
      expect(sut.get(AppConfig)).toBe(config);
      expect(sut.get(Greeter).config.PORT).toBe(4321);
    } finally {
      await sut.close();
    }
    expect(Greeter.closed).toBe(1);
  });

  it('closes the context when the work fails', async () => {
    await expect(
      withCommandContext(config, { providers: [Greeter] }, () =>
        Promise.reject(new Error('no such file')),
      ),
    ).rejects.toThrow('no such file');
    expect(Greeter.closed).toBe(1);
  });

  it("returns the work's answer after closing", async () => {
    const answer = await withCommandContext(config, { providers: [Greeter] }, (context) =>
      Promise.resolve(context.get(Greeter).config.PORT),
    );
    expect(answer).toBe(4321);
    expect(Greeter.closed).toBe(1);
  });
});

describe('runCommand', () => {
  let stderr: string;

  beforeEach(() => {
    stderr = '';
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** Runs the command and waits for the exit code it would end the process with. */
  function exitCode(...args: Parameters<typeof runCommand>): Promise<number | undefined> {
    return new Promise((resolve) => {
      jest.spyOn(process, 'exit').mockImplementation((code) => {
        resolve(code === undefined || code === null ? undefined : Number(code));
        return undefined as never;
      });
      runCommand(...args);
    });
  }

  it('exits with the code the command returns, 0 when it returns none', async () => {
    await expect(exitCode('Seeding failed', () => Promise.resolve(2))).resolves.toBe(2);
    await expect(exitCode('Seeding failed', () => Promise.resolve())).resolves.toBe(0);
    expect(stderr).toBe('');
  });

  it('reports a failure in one line and exits with 1', async () => {
    const code = await exitCode('Seeding failed', () => Promise.reject(new Error('store in use')));
    expect(code).toBe(1);
    expect(stderr).toBe('Seeding failed: store in use\n');
  });

  it('shows the stack only of the errors the command asks for', async () => {
    const unexpected = new TypeError('x is undefined');
    const code = await exitCode('Evaluation failed', () => Promise.reject(unexpected), {
      showStack: (error) => error instanceof TypeError,
    });
    expect(code).toBe(1);
    expect(stderr).toBe(`Evaluation failed: ${unexpected.stack}\n`);
  });
});
