#!/usr/bin/env node
// npm run audit:seal — seals every audit row not yet sealed (ADR 0015), as the worker's `audit-verzegel`
// job does every 10 s: after a restore, a bulk load or to work off a backlog. Safe beside running
// workers (a chain being sealed elsewhere is skipped and sealed by the next round).
//
//   DATABASE_URL=<owner url, or APP_DATABASE_URL: the app role may EXECUTE audit_verzegel> npm run audit:seal
//
// Prints the rows sealed and the head of every chain touched (ids and hashes only).
import { createRequire } from 'node:module';
import { verzegel } from './audit-keten.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const url = process.env.DATABASE_URL ?? process.env.APP_DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL (owner) or APP_DATABASE_URL (app role).');
  process.exit(2);
}
const client = new Client({ connectionString: url, application_name: 'audit-seal' });
try {
  await client.connect();
  const t0 = Date.now();
  const { totaal, koppen } = await verzegel(client);
  for (const [keten, k] of koppen) console.log(`chain ${keten}: ${k.verzegeld} sealed; head ${k.volgnr} ${k.hash}`);
  console.log(`audit log: ${totaal} rows sealed in ${koppen.size} chains (${Date.now() - t0} ms)`);
} catch (err) {
  console.error(`audit-seal: ${err.message}`);
  process.exitCode = 2;
} finally {
  await client.end().catch(() => undefined);
}
