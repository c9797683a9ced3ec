import 'reflect-metadata';
import { loadConfig } from '@rmc/server-core';
import { startWorker } from './worker';

async function main() {
  process.env['RMC_SERVICE'] = 'worker';
  const config = loadConfig();
  const w = await startWorker(config, {
    reconcileEveryMs: Number(process.env['WORKER_RECONCILE_MS'] || 10_000),
    lockDurationMs: Number(process.env['WORKER_LOCK_MS'] || 30_000),
    scanEveryMs: Number(process.env['WORKER_SCAN_MS'] || 60_000),
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
  console.error(JSON.stringify({ level: 60, service: 'worker', msg: 'failed to start', err: err instanceof Error ? err.message : String(err) }));
  process.exit(1);
});
