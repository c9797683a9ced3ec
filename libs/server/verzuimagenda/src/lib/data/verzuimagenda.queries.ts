import { instellingNaamSql } from '@rmc/server-organisaties';
import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { AgendaInhoud, AgendaStatus } from '@rmc/shared-domain';

/**
 * Verzuimagenda versions: the only SQL that names `verzuimagenda` (docs/architecture.md, "Who owns
 * which table"). Every function takes the executor of the caller's transaction, so RLS stays the caller's.
 */

export interface Akkoord {
  op: string;
  door: string;
  doorNaam: string;
}

export interface AgendaRij {
  id: string;
  instellingId: string;
  instellingNaam: string;
  schooljaar: string;
  versie: number;
  status: AgendaStatus;
  inhoud: AgendaInhoud;
  regioIds: string[];
  goedkeuringen: Record<string, Akkoord>;
  vorigeVersieId: string | null;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
  vastgesteldOp: Date | null;
}

const SELECT = `SELECT a.id, a.instelling_id AS "instellingId", ${instellingNaamSql('a.instelling_id')} AS "instellingNaam", a.schooljaar, a.versie,
       a.status, a.inhoud, a.regio_ids AS "regioIds", a.goedkeuringen, a.vorige_versie_id AS "vorigeVersieId",
       a.aangemaakt_op AS "aangemaaktOp", a.gewijzigd_op AS "gewijzigdOp", a.vastgesteld_op AS "vastgesteldOp"
  FROM verzuimagenda a`;

/** At most 500 agendas matching `where` (conditions on alias `a`), newest school year first, then by instelling name and version. */
export async function agendaLijst(q: Uitvoerder, where: string, params: unknown[]): Promise<AgendaRij[]> {
  return rijen(
    await q.query(
      `${SELECT}
        WHERE ${where}
        ORDER BY a.schooljaar DESC, ${instellingNaamSql('a.instelling_id')}, a.versie DESC
        LIMIT 500`,
      params,
    ),
  );
}

/** One agenda; `lock` takes its row lock (FOR UPDATE) for a change. */
export async function agendaOpId(q: Uitvoerder, id: string, lock = false): Promise<AgendaRij | undefined> {
  const [r] = rijen<AgendaRij>(
    await q.query(
      `${SELECT}
        WHERE a.id = $1${lock ? '\n          FOR UPDATE OF a' : ''}`,
      [id],
    ),
  );
  return r;
}

/** Version number and content of agenda `id`. */
export async function agendaInhoud(q: Uitvoerder, id: string): Promise<{ versie: number; inhoud: AgendaInhoud } | undefined> {
  const [r] = rijen<{ versie: number; inhoud: AgendaInhoud }>(
    await q.query(
      `SELECT versie, inhoud
         FROM verzuimagenda
        WHERE id = $1`,
      [id],
    ),
  );
  return r;
}

/** Whether an agenda of this instelling and school year is visible. */
export async function agendaBestaat(q: Uitvoerder, instellingId: string, schooljaar: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `SELECT 1
         FROM verzuimagenda
        WHERE instelling_id = $1
          AND schooljaar = $2`,
      [instellingId, schooljaar],
    ),
  );
  return rows.length > 0;
}

/** A first agenda (version 1, concept); returns its id. */
export async function maakAgenda(
  q: Uitvoerder,
  a: { instellingId: string; schooljaar: string; inhoud: AgendaInhoud; regioIds: string[] },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO verzuimagenda (instelling_id, schooljaar, inhoud, regio_ids)
       VALUES ($1, $2, $3, $4::uuid[])
       RETURNING id`,
      [a.instellingId, a.schooljaar, JSON.stringify(a.inhoud), a.regioIds],
    ),
  );
  return r!.id;
}

/** The version that follows agenda `id`, if any. */
export async function opvolgerVan(q: Uitvoerder, id: string): Promise<{ versie: number } | undefined> {
  const [r] = rijen<{ versie: number }>(
    await q.query(
      `SELECT versie
         FROM verzuimagenda
        WHERE vorige_versie_id = $1`,
      [id],
    ),
  );
  return r;
}

/** A new concept version after the highest of this instelling and school year; returns its id. */
export async function maakNieuweVersie(
  q: Uitvoerder,
  a: { instellingId: string; schooljaar: string; inhoud: AgendaInhoud; regioIds: string[]; vorigeVersieId: string },
): Promise<string> {
  const [r] = rijen<{ id: string }>(
    await q.query(
      `INSERT INTO verzuimagenda (instelling_id, schooljaar, versie, status, inhoud, regio_ids, vorige_versie_id)
       SELECT $1, $2, coalesce(max(versie), 0) + 1, 'concept', $3, $4::uuid[], $5
         FROM verzuimagenda
        WHERE instelling_id = $1
          AND schooljaar = $2
       RETURNING id`,
      [a.instellingId, a.schooljaar, JSON.stringify(a.inhoud), a.regioIds, a.vorigeVersieId],
    ),
  );
  return r!.id;
}

/** New content and status; approvals are cleared. */
export async function wijzigAgendaInhoud(q: Uitvoerder, id: string, inhoud: AgendaInhoud, status: AgendaStatus): Promise<void> {
  await q.query(
    `UPDATE verzuimagenda
        SET inhoud = $2, status = $3, goedkeuringen = '{}', gewijzigd_op = now()
      WHERE id = $1`,
    [id, JSON.stringify(inhoud), status],
  );
}

/** New status; approvals are cleared. */
export async function zetAgendaStatus(q: Uitvoerder, id: string, status: AgendaStatus): Promise<void> {
  await q.query(
    `UPDATE verzuimagenda
        SET status = $2, goedkeuringen = '{}', gewijzigd_op = now()
      WHERE id = $1`,
    [id, status],
  );
}

/** Records the approvals and the status; `vastgesteld` also sets vastgesteld_op. */
export async function zetGoedkeuringen(
  q: Uitvoerder,
  id: string,
  goedkeuringen: object,
  status: AgendaStatus,
  vastgesteld: boolean,
): Promise<void> {
  await q.query(
    `UPDATE verzuimagenda
        SET goedkeuringen = $2, status = $3, gewijzigd_op = now(), vastgesteld_op = CASE WHEN $4 THEN now() ELSE vastgesteld_op END
      WHERE id = $1`,
    [id, JSON.stringify(goedkeuringen), status, vastgesteld],
  );
}

/** Marks every other vastgesteld version of this instelling and school year vervangen; returns their ids. */
export async function vervangAndereVersies(
  q: Uitvoerder,
  instellingId: string,
  schooljaar: string,
  behalve: string,
): Promise<string[]> {
  const rows = rijen<{ id: string }>(
    await q.query(
      `UPDATE verzuimagenda
          SET status = 'vervangen', gewijzigd_op = now()
        WHERE instelling_id = $1
          AND schooljaar = $2
          AND status = 'vastgesteld'
          AND id <> $3
       RETURNING id`,
      [instellingId, schooljaar, behalve],
    ),
  );
  return rows.map((r) => r.id);
}

/** Every version of this instelling and school year, oldest first. */
export async function agendaVersies(
  q: Uitvoerder,
  instellingId: string,
  schooljaar: string,
): Promise<Array<{ id: string; versie: number; status: AgendaStatus; vastgesteldOp: Date | null; gewijzigdOp: Date }>> {
  return rijen(
    await q.query(
      `SELECT id, versie, status, vastgesteld_op AS "vastgesteldOp", gewijzigd_op AS "gewijzigdOp"
         FROM verzuimagenda
        WHERE instelling_id = $1
          AND schooljaar = $2
        ORDER BY versie`,
      [instellingId, schooljaar],
    ),
  );
}

/** The norms part of agendas `ids` (for compliance: the norms a melding was filed under). */
export async function agendaNormen<N>(q: Uitvoerder, ids: string[]): Promise<Array<{ id: string; normen: N[] | null }>> {
  return rijen(
    await q.query(
      `SELECT id, inhoud->'normen' AS normen
         FROM verzuimagenda
        WHERE id = ANY($1::uuid[])`,
      [ids],
    ),
  );
}

/** The newest vastgesteld version of this instelling and school year (for the norms in force), or undefined. */
export async function vastgesteldeAgenda(
  q: Uitvoerder,
  instellingId: string,
  schooljaar: string,
): Promise<{ id: string; status: AgendaStatus; schooljaar: string; inhoud: AgendaInhoud; regioIds: string[] } | undefined> {
  const [r] = rijen<{ id: string; status: AgendaStatus; schooljaar: string; inhoud: AgendaInhoud; regioIds: string[] }>(
    await q.query(
      `SELECT id, status, schooljaar, inhoud, regio_ids AS "regioIds"
         FROM verzuimagenda
        WHERE instelling_id = $1
          AND schooljaar = $2
          AND status = 'vastgesteld'
        ORDER BY versie DESC
        LIMIT 1`,
      [instellingId, schooljaar],
    ),
  );
  return r;
}
