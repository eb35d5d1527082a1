import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';

/** The OpenID provider of test/support/oidc-provider-server.mjs, running in its own process. */
export interface IdentityProviderProcess {
  readonly issuer: string;
  readonly clientId: string;
  readonly audience: string;
  stop(): Promise<void>;
}

export async function startIdentityProvider(redirectUri: string): Promise<IdentityProviderProcess> {
  const clientId = 'kennissen-web';
  const audience = 'kennissen-test';
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(__dirname, 'oidc-provider-server.mjs')],
    {
      env: {
        PATH: process.env.PATH ?? '',
        KENNISSEN_REDIRECT_URI: redirectUri,
        KENNISSEN_CLIENT_ID: clientId,
        KENNISSEN_AUDIENCE: audience,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The identity provider did not start:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`The identity provider exited (${code}):\n${output}`)),
    );
  });
  return {
    issuer,
    clientId,
    audience,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
