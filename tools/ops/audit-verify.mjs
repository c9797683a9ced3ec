#!/usr/bin/env node
// npm run audit:verify — recomputes every audit hash chain (ADR 0015) and reports, per chain, the rows
// sealed, the rows not yet sealed (normal for the last seconds; not a break), the head, and the first
// broken link (region, row id, position, reason). Exit code 0 when every chain is intact, 1 on a break,
// 2 when it could not run.
//
//   DATABASE_URL=<owner url> npm run audit:verify [-- --json] [--anker koppen.json] [--koppen-uit koppen.json]
//
// DATABASE_URL: the migration role (owner; FORCE RLS admits it to SELECT audit_log) or a superuser.
// --koppen-uit FILE writes the heads ({ chain: { volgnr, hash } }) to keep elsewhere (an anchor);
// --anker FILE checks that every chain still reaches the recorded positions with the same hashes, which
// also catches rows deleted at the end of a chain. The output holds ids and hashes only, no personal data.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { verifieer } from './audit-keten.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const args = process.argv.slice(2);
const optie = (naam) => {
  const i = args.indexOf(naam);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL (the owner or a superuser).');
  process.exit(2);
}

const client = new Client({ connectionString: url, application_name: 'audit-verify' });
try {
  await client.connect();
  const t0 = Date.now();
  const anker = optie('--anker') ? JSON.parse(readFileSync(optie('--anker'), 'utf8')) : {};
  const ketens = await verifieer(client, { anker });
  const ms = Date.now() - t0;
  const gebroken = ketens.filter((k) => k.breuk);
  const totaal = {
    ketens: ketens.length,
    verzegeld: ketens.reduce((s, k) => s + k.verzegeld, 0),
    onverzegeld: ketens.reduce((s, k) => s + k.onverzegeld.aantal, 0),
  };
  if (optie('--koppen-uit'))
    writeFileSync(
      optie('--koppen-uit'),
      JSON.stringify(Object.fromEntries(ketens.filter((k) => k.kop.volgnr).map((k) => [k.keten, k.kop])), null, 2) + '\n',
    );
  if (json) {
    console.log(JSON.stringify({ intact: gebroken.length === 0, ...totaal, ms, ketens }));
  } else {
    for (const k of ketens) {
      const wie = `${k.keten}${k.naam ? ` (${k.naam})` : ''}`;
      const open = k.onverzegeld.aantal ? `, ${k.onverzegeld.aantal} not yet sealed (from id ${k.onverzegeld.eersteId})` : '';
      if (k.breuk)
        console.log(
          `chain ${wie}: BROKEN at row id ${k.breuk.id ?? '-'} (position ${k.breuk.volgnr ?? '-'}): ${k.breuk.reden}${open}`,
        );
      else console.log(`chain ${wie}: intact, ${k.verzegeld} sealed${open}; head ${k.kop.volgnr} ${k.kop.hash ?? '-'}`);
    }
    if (gebroken.length) {
      const [eerste] = gebroken;
      console.log(
        `audit log: BROKEN in ${gebroken.length} of ${totaal.ketens} chains; first broken link: region ${eerste.keten}, row id ${eerste.breuk.id ?? '-'} (${ms} ms)`,
      );
    } else {
      console.log(
        `audit log: intact (${totaal.ketens} chains, ${totaal.verzegeld} rows sealed, ${totaal.onverzegeld} not yet sealed; ${ms} ms)`,
      );
    }
  }
  process.exitCode = gebroken.length ? 1 : 0;
} catch (err) {
  console.error(`audit-verify: ${err.message}`);
  process.exitCode = 2;
} finally {
  await client.end().catch(() => undefined);
}
