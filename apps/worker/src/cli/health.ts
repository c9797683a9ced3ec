import 'reflect-metadata';
import { createQueue, loadConfig, QUEUE_MAIL } from '@rmc/server-core';
import { Client } from 'pg';

/** Exec probe for the worker (no HTTP): exits 0 when the database and the queue backend answer. */
async function main() {
  const config = loadConfig();
  const db = new Client({ connectionString: config.appDatabaseUrl, connectionTimeoutMillis: 3_000 });
  await db.connect();
  await db.query('SELECT 1');
  await db.end();
  const queue = createQueue(config, QUEUE_MAIL);
  await queue.getJobCounts('waiting');
  await queue.close();
}

const timer = setTimeout(() => process.exit(1), 8_000);
main().then(
  () => (clearTimeout(timer), process.exit(0)),
  () => process.exit(1),
);
