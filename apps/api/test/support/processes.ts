import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
  everyMs = 200,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export interface SinkMail {
  outboxId: string | null;
  to: string;
  subject: string;
  text: string;
}

/** The real SMTP sink (tools/dev/smtp-sink.mjs) as a child process. */
export async function startSink(
  acceptDelayMs = 0,
): Promise<{ smtpUrl: string; mails: () => Promise<SinkMail[]>; stop: () => void }> {
  const smtp = await freePort();
  const http = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'tools/dev/smtp-sink.mjs')], {
    env: {
      ...process.env,
      SMTP_SINK_PORT: String(smtp),
      HTTP_SINK_PORT: String(http),
      SINK_ACCEPT_DELAY_MS: String(acceptDelayMs),
    },
    stdio: 'ignore',
  });
  const mails = async () => (await (await fetch(`http://127.0.0.1:${http}/api/emails`)).json()) as SinkMail[];
  await waitFor('smtp sink', async () => (await mails()) && true, 10_000);
  return { smtpUrl: `smtp://127.0.0.1:${smtp}`, mails, stop: () => child.kill('SIGKILL') };
}

/** The built worker (dist/server) as a child process, so a test can SIGKILL it. */
export function startWorkerProcess(env: Record<string, string>): ChildProcess {
  const main = join(ROOT, 'dist/server/apps/worker/src/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build:server" first (the test command does)`);
  return spawn(process.execPath, [main], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}
