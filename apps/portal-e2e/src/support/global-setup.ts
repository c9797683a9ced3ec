import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, need, ROOT, spawnNode, until } from './stack';

/**
 * Starts the real stack for the run: a fresh database with migrations and demo data, the SMTP sink,
 * the worker and the API serving the built portal. Nothing is mocked.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${Date.now()}`;
  const admin = new URL(process.env['TEST_PG_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres');
  const dbName = `rmc_e2e_${run}`;
  const c = new Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`CREATE DATABASE ${dbName}`);
  await c.end();
  const owner = new URL(admin.toString());
  owner.pathname = `/${dbName}`;
  const app = new URL(owner.toString());
  app.username = 'rmc_app_e2e';
  app.password = 'rmc-app-e2e-wachtwoord';

  const [apiPort, smtpPort, mailPort] = [await freePort(), await freePort(), await freePort()];
  const baseUrl = `http://localhost:${apiPort}`;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    DEMO_MODE: 'true',
    DATABASE_URL: owner.toString(),
    APP_DATABASE_URL: app.toString(),
    REDIS_URL: process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379',
    QUEUE_BACKEND: 'redis',
    QUEUE_PREFIX: `rmc-e2e-${run}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PUBLIC_URL: baseUrl,
    PSEUDONYM_KEY: 'e2e-pseudonym-key-0123456789abcdef01234',
    PORT: String(apiPort),
    HOST: '127.0.0.1',
    PORTAL_DIST: need('dist/apps/portal/browser'),
    TOTP_REQUIRED_WITHOUT_REGION: 'false',
    // The single sign-on spec's test identity provider listens on plain http (sso.e2e.ts).
    SSO_ALLOW_INSECURE_HTTP: 'true',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    WORKER_RECONCILE_MS: '1000',
    // Reminders: scan every second and send digests at any hour, so specs see them without waiting.
    WORKER_SCAN_MS: '1000',
    DIGEST_TIJD: '00:00',
  };
  const children: ChildProcess[] = [];
  (globalThis as Record<string, unknown>)['__RMC_E2E__'] = { children, dbName, admin: admin.toString() };

  children.push(
    spawnNode(join(ROOT, 'tools/dev/smtp-sink.mjs'), [], { SMTP_SINK_PORT: String(smtpPort), HTTP_SINK_PORT: String(mailPort) }),
  );
  const migrate = spawnNode(need('dist/server/apps/api/src/cli/migrate.js'), ['--demo'], env);
  const code = await new Promise<number | null>((r) => migrate.on('exit', r));
  if (code !== 0) throw new Error(`migrate --demo exited with ${code}`);
  children.push(spawnNode(need('dist/server/apps/worker/src/main.js'), [], env));
  children.push(spawnNode(need('dist/server/apps/api/src/main.js'), [], env));
  await until('API ready', async () => (await fetch(`http://127.0.0.1:${apiPort}/api/health/ready`)).ok);
  await until('SMTP sink', async () => (await fetch(`http://127.0.0.1:${mailPort}/api/emails`)).ok);

  process.env['E2E_BASE_URL'] = baseUrl;
  process.env['E2E_SMTP_URL'] = `http://127.0.0.1:${mailPort}/api/emails`;
  // Owner connection for specs that advance the clock (e.g. make a nazorg check-in due today).
  process.env['E2E_DATABASE_URL'] = owner.toString();
}
