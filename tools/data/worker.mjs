// A load worker: generates one region at a time, chunk by chunk, and COPYs it in one transaction on its
// own connection.
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { Calendar } from './calendar.mjs';
import { copyLines } from './copy.mjs';
import { generateRegion } from './region.mjs';
import { SIZES } from './sizes.mjs';
import { COLS } from './tables.mjs';

const { size, seed, ownerUrl, todayIso, calVan, calTot, pseudonymKey } = workerData;
const S = { ...SIZES[size], seed };
const cal = new Calendar(calVan, calTot);
const today = cal.idx(todayIso);
const client = new pg.Client({ connectionString: ownerUrl, application_name: 'rmc-data-generate' });
await client.connect();
await client.query(`SET synchronous_commit = off; SET statement_timeout = 0; SET maintenance_work_mem = '256MB'`);
if (S.replica) await client.query(`SET session_replication_role = replica`);

parentPort.on('message', async (ctx) => {
  if (ctx === 'stop') {
    await client.end();
    process.exit(0);
  }
  try {
    let genMs = 0;
    let copyMs = 0;
    const counts = Object.fromEntries(Object.keys(COLS).map((t) => [t, 0]));
    await client.query('BEGIN');
    const chunks = generateRegion(ctx, S, cal, today, pseudonymKey);
    for (;;) {
      const t0 = Date.now();
      const { value: tables, done } = chunks.next();
      genMs += Date.now() - t0;
      if (done) break;
      const t1 = Date.now();
      for (const [table, cols] of Object.entries(COLS)) counts[table] += await copyLines(client, table, cols, tables[table]);
      copyMs += Date.now() - t1;
    }
    await client.query('COMMIT');
    parentPort.postMessage({ ok: true, regio: ctx.naam, counts, genMs, copyMs });
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    parentPort.postMessage({
      ok: false,
      regio: ctx.naam,
      error: `${err.message}${err.detail ? ` (${err.detail})` : ''}${err.where ? ` [${err.where}]` : ''}`,
    });
  }
});
parentPort.postMessage({ ready: true });
