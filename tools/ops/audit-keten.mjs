// The audit hash chains (ADR 0015), independent of the database's own sealing code: this module
// recomputes every chain from the raw column values, in Node, so a changed sealing function cannot
// hide a change to the rows. Output carries region ids, row ids, positions and hashes only.
import { createHash } from 'node:crypto';

/** The chain of the rows without a region. */
export const KETEN_ZONDER_REGIO = '00000000-0000-0000-0000-000000000000';
const KETEN = `coalesce(regio_id, '${KETEN_ZONDER_REGIO}'::uuid)`;
const NUL = Buffer.alloc(32);

/** The columns of canonical format v1, in order, each as PostgreSQL's text (timestamps in UTC, microseconds). */
const VELDEN = `id::text AS id, to_char(tijdstip AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS tijdstip,
  regio_id::text AS regio_id, actor_id::text AS actor_id, namens_id::text AS namens_id, rol, organisatie_id::text AS organisatie_id,
  actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst, trace_id,
  subject_ids::text AS subject_ids, persoon_pseudos::text AS persoon_pseudos`;
const VOLGORDE = [
  'id',
  'tijdstip',
  'regio_id',
  'actor_id',
  'namens_id',
  'rol',
  'organisatie_id',
  'actie',
  'subject_type',
  'subject_id',
  'persoon_pseudo',
  'doel',
  'resultaat',
  'herkomst',
  'trace_id',
  'subject_ids',
  'persoon_pseudos',
];

const veld = (v) => (v === null || v === undefined ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`);

/** Canonical text v1 of a row whose fields are PostgreSQL text (see VELDEN). */
export function kanoniek(rij) {
  return ['v1', ...VOLGORDE.map((k) => veld(rij[k]))].join('|');
}

/** sha256(previous hash || utf8(canonical text)). */
export function schakel(vorige, rij) {
  return createHash('sha256').update(vorige).update(kanoniek(rij), 'utf8').digest();
}

/**
 * Seals every unsealed row: calls `audit_verzegel` (at most `batch` rows per call, over all chains)
 * until a call seals less than its budget.
 * Returns per chain the rows sealed and the new head.
 */
export async function verzegel(client, { batch = 20_000 } = {}) {
  const koppen = new Map();
  let totaal = 0;
  for (;;) {
    const { rows } = await client.query(
      `SELECT keten::text AS keten, verzegeld, volgnr::text AS volgnr, hash FROM audit_verzegel($1)`,
      [batch],
    );
    let dezeRonde = 0;
    for (const r of rows) {
      dezeRonde += r.verzegeld;
      const k = koppen.get(r.keten) ?? { verzegeld: 0 };
      koppen.set(r.keten, { verzegeld: k.verzegeld + r.verzegeld, volgnr: Number(r.volgnr), hash: r.hash });
    }
    totaal += dezeRonde;
    if (dezeRonde < batch) break;
  }
  return { totaal, koppen };
}

/** All chains that have a sealed row (loose index scan over audit_log_keten_idx) or an unsealed one. */
async function ketens(client) {
  const verzegeld = await client.query(`
    WITH RECURSIVE k AS (
      (SELECT ${KETEN} AS keten FROM audit_log WHERE keten_volgnr IS NOT NULL ORDER BY 1 LIMIT 1)
      UNION ALL
      SELECT (SELECT ${KETEN} FROM audit_log WHERE keten_volgnr IS NOT NULL AND ${KETEN} > k.keten ORDER BY 1 LIMIT 1) FROM k WHERE k.keten IS NOT NULL
    ) SELECT keten::text AS keten FROM k WHERE keten IS NOT NULL`);
  const open = await client.query(
    `SELECT ${KETEN}::text AS keten, count(*)::int AS n, min(id)::text AS eerste FROM audit_log WHERE keten_hash IS NULL GROUP BY 1`,
  );
  const namen = await client.query(`SELECT id::text AS id, naam FROM regio`);
  const naam = new Map(namen.rows.map((r) => [r.id, r.naam]));
  naam.set(KETEN_ZONDER_REGIO, '(zonder regio)');
  const onverzegeld = new Map(open.rows.map((r) => [r.keten, { aantal: r.n, eersteId: r.eerste }]));
  const alle = [...new Set([...verzegeld.rows.map((r) => r.keten), ...onverzegeld.keys()])].sort();
  return alle.map((keten) => ({
    keten,
    naam: naam.get(keten) ?? null,
    onverzegeld: onverzegeld.get(keten) ?? { aantal: 0, eersteId: null },
  }));
}

/**
 * Recomputes every chain. Per chain: rows sealed, rows not yet sealed (not a break), the head
 * (position and hash, to record elsewhere as an anchor) and the first broken link, if any.
 * `anker`: optional { [keten]: { volgnr, hash } } recorded earlier; a chain that no longer reaches an
 * anchored position, or has another hash there, is broken (this catches rows cut off at the end).
 */
export async function verifieer(client, { batch = 5_000, anker = {} } = {}) {
  const resultaat = [];
  for (const k of await ketens(client)) {
    let vorige = NUL;
    let verwacht = 1;
    let breuk = null;
    let laatste = 0;
    let ankerGezien = false;
    const a = anker[k.keten];
    for (let vanaf = 0; !breuk;) {
      const { rows } = await client.query(
        `SELECT ${VELDEN}, keten_volgnr::text AS volgnr, encode(keten_hash, 'hex') AS hash FROM audit_log
          WHERE ${KETEN} = $1 AND keten_volgnr IS NOT NULL AND keten_volgnr > $2 ORDER BY keten_volgnr LIMIT $3`,
        [k.keten, vanaf, batch],
      );
      for (const r of rows) {
        const volgnr = Number(r.volgnr);
        if (volgnr !== verwacht) {
          breuk = {
            id: r.id,
            volgnr: verwacht,
            reden:
              volgnr > verwacht ? `positions ${verwacht}–${volgnr - 1} are missing (rows deleted)` : `position ${volgnr} repeats`,
          };
          break;
        }
        const h = schakel(vorige, r);
        if (r.hash === null || h.toString('hex') !== r.hash) {
          breuk = { id: r.id, volgnr, reden: 'hash does not match (row changed, or rows reordered)' };
          break;
        }
        if (a && volgnr === a.volgnr) {
          ankerGezien = true;
          if (r.hash !== a.hash) {
            breuk = { id: r.id, volgnr, reden: 'hash differs from the recorded anchor (chain rewritten)' };
            break;
          }
        }
        vorige = h;
        laatste = volgnr;
        verwacht++;
      }
      if (rows.length < batch) break;
      vanaf = laatste;
    }
    if (!breuk && a && !ankerGezien)
      breuk = {
        id: null,
        volgnr: a.volgnr,
        reden: `the chain ends at position ${laatste}, before the recorded anchor (rows cut off at the end)`,
      };
    resultaat.push({ ...k, verzegeld: laatste, kop: { volgnr: laatste, hash: laatste ? vorige.toString('hex') : null }, breuk });
  }
  // A hash without a position is outside every chain: set by hand.
  const los = await client.query(
    `SELECT id::text AS id, ${KETEN}::text AS keten FROM audit_log WHERE keten_volgnr IS NULL AND keten_hash IS NOT NULL ORDER BY id LIMIT 1`,
  );
  for (const r of los.rows) {
    const k = resultaat.find((x) => x.keten === r.keten);
    if (k && !k.breuk) k.breuk = { id: r.id, volgnr: null, reden: 'a hash without a chain position' };
  }
  return resultaat;
}
