import { rijen, type Uitvoerder } from '@rmc/server-core';

/**
 * Meldingen as the case context needs them (docs/architecture.md, "Who owns which table": meldingen owns
 * `melding`). Every function runs on the caller's transaction, under its RLS.
 */

/** The absence detail of a case's `verzuim` section: the region's meldingen of this BSN, newest first. */
export interface CasusVerzuimRij {
  id: string;
  soort: string;
  begindatum: string;
  verzuimDagen: number | null;
  verzuimUren: number | null;
}

export async function verzuimVanPersoon(q: Uitvoerder, bsn: string, regioId: string): Promise<CasusVerzuimRij[]> {
  return rijen<CasusVerzuimRij>(
    await q.query(
      [
        `SELECT m.id, m.soort, to_char(m.begindatum, 'YYYY-MM-DD') AS begindatum,`,
        `       m.verzuim_dagen AS "verzuimDagen", m.verzuim_uren AS "verzuimUren"`,
        `FROM melding m`,
        `WHERE m.bsn = $1`,
        `AND m.regio_id = $2`,
        `ORDER BY m.gemeld_op DESC`,
      ].join('\n'),
      [bsn, regioId],
    ),
  );
}

/** The meldingen behind a case whose feedback to the school is not yet `afgesloten`. */
export async function openTerugmeldingenVanCasus(q: Uitvoerder, casusId: string): Promise<string[]> {
  const rows = rijen<{ id: string }>(
    await q.query(
      [`SELECT id`, `FROM melding`, `WHERE casus_id = $1`, `AND coalesce(terugmeld_status, '') <> 'afgesloten'`].join('\n'),
      [casusId],
    ),
  );
  return rows.map((r) => r.id);
}
