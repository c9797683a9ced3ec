import 'reflect-metadata';
import { loadConfig } from '@rmc/server-core';
import { startWorker } from './worker';

async function main() {
  process.env['RMC_SERVICE'] = 'worker';
  const config = loadConfig();
  const ms = (naam: string, dflt: number) => {
    const n = Number(process.env[naam]);
    return Number.isFinite(n) && n >= 100 ? n : dflt;
  };
  const w = await startWorker(config, {
    reconcileEveryMs: ms('WORKER_RECONCILE_MS', 10_000),
    lockDurationMs: ms('WORKER_LOCK_MS', 30_000),
    scanEveryMs: ms('WORKER_SCAN_MS', 60_000),
    auditEveryMs: ms('WORKER_AUDIT_MS', 10_000),
    digestTijd: /^\d{2}:\d{2}$/.test(process.env['DIGEST_TIJD'] ?? '') ? process.env['DIGEST_TIJD'] : '07:00',
  });
  const stop = async () => {
    await w.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  console.error(
    JSON.stringify({
      level: 60,
      service: 'worker',
      msg: 'failed to start',
      err: err instanceof Error ? err.message : String(err),
    }),
  );
  process.exit(1);
});
