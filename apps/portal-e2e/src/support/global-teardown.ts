import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)['__RMC_E2E__'] as
    { children: ChildProcess[]; dbName: string; admin: string } | undefined;
  if (!state) return;
  for (const child of state.children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  for (const child of state.children) if (child.exitCode === null) child.kill('SIGKILL');
  const c = new Client({ connectionString: state.admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${state.dbName} WITH (FORCE)`);
  await c.end();
}
