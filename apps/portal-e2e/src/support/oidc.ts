import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from './stack';

/**
 * The test identity provider of the API's integration tests (oidc-provider in a child process,
 * apps/api/test/support/oidc-testprovider.mjs), started by the spec that needs it.
 */
export interface E2eProvider {
  issuer: string;
  post(pad: 'account' | 'volgende', body: unknown): Promise<void>;
  stop(): Promise<void>;
}

export async function startProvider(clients: unknown[]): Promise<E2eProvider> {
  const proc: ChildProcess = spawn(process.execPath, [join(ROOT, 'apps/api/test/support/oidc-testprovider.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', (regel) => resolve((JSON.parse(regel) as { issuer: string }).issuer));
    proc.once('exit', (code) => reject(new Error(`OIDC test provider stopped (${code})`)));
  });
  return {
    issuer,
    async post(pad, body) {
      const res = await fetch(`${issuer}/__test/${pad}`, { method: 'POST', body: JSON.stringify(body) });
      if (res.status !== 200) throw new Error(`test provider ${pad}: ${res.status}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
