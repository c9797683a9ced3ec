import { gebruikerNaamSql } from '@rmc/server-identity';
import { instellingNaamSql, regioNaamSql, vestigingNaamSql } from '@rmc/server-organisaties';
import { rijen, type Uitvoerder } from '@rmc/server-core';
import type { MeldingGebeurtenisDto } from '@rmc/shared-api-types';
import type { MeldingRij } from '../melding-rij';

/**
 * Meldingen and their events: the SQL of the meldingen service (docs/architecture.md, "Who owns which
 * table"). Every function takes the executor of the caller's transaction (`Db.em`), so RLS and the
 * transaction stay the caller's. Names of vestiging, instelling and region come from organisaties'
 * SQL expressions, user names from identity's; the open-case flag is casus's expression (`CasusOpener`
 * port: meldingen cannot import casus), passed in by the service.
 */

/** Casus's expression for the open-case flag (`CasusOpener.openCasusSql`). */
type OpenCasusSql = (regio: string, bsn: string) => string;

/** SELECT list of a melding as the API shows it (camelCase), plus region-side aggregates; `openCasus` is casus's expression for the flag. */
const meldingSelect = (openCasus: OpenCasusSql) => `
  SELECT m.id, m.regio_id AS "regioId", m.vestiging_id AS "vestigingId", m.instelling_id AS "instellingId", m.status, m.soort,
         ${regioNaamSql('m.regio_id')} AS "regioNaam", (m.regio_id IS NOT NULL) AS "regioAangesloten",
         ${vestigingNaamSql('m.vestiging_id')} AS "vestigingNaam", ${instellingNaamSql('m.instelling_id')} AS "instellingNaam",
         m.gemeld_op AS "gemeldOp", m.gemeld_door AS "gemeldDoorId", ${gebruikerNaamSql('m.gemeld_door')} AS "gemeldDoorNaam",
         m.bsn, m.voornaam, m.achternaam, to_char(m.geboortedatum, 'YYYY-MM-DD') AS geboortedatum, m.postcode, m.telefoon,
         m.afwijkend_verblijfadres AS "afwijkendVerblijfadres", to_char(m.begindatum, 'YYYY-MM-DD') AS begindatum, to_char(m.einddatum, 'YYYY-MM-DD') AS einddatum,
         m.vermoedelijke_soort AS "vermoedelijkeSoort", m.vermoedelijke_reden AS "vermoedelijkeReden", m.alles_gemist AS "allesGemist",
         m.door_school_ondernomen AS "doorSchoolOndernomen", m.actie_gewenst AS "actieGewenst", m.toelichting_actie_gewenst AS "toelichtingActieGewenst",
         m.melder_naam AS "melderNaam", m.melder_functie AS "melderFunctie", m.melder_telefoon AS "melderTelefoon", m.melder_email AS "melderEmail",
         m.verzuim_dagen AS "verzuimDagen", m.verzuim_uren AS "verzuimUren", m.zorgen, m.afspraken_met_student AS "afsprakenMetStudent",
         m.betrokken_contacten AS "betrokkenContacten", m.lopende_hulp AS "lopendeHulp", m.verwachting_van_regio AS "verwachtingVanRegio",
         m.vorige_melding_id AS "vorigeMeldingId", m.volledig, m.ontbrekend,
         m.terugmeld_status AS "terugmeldStatus", m.reden_afgesloten AS "redenAfgesloten", m.terugmeld_toelichting AS "terugmeldToelichting",
         m.regio_contactpersoon AS "regioContactpersoon", m.teruggemeld_op AS "teruggemeldOp",
         to_char(m.oppak_deadline, 'YYYY-MM-DD') AS "oppakDeadline", m.opgepakt_op AS "opgepaktOp", m.consulent_id AS "consulentId", ${gebruikerNaamSql('m.consulent_id')} AS "consulentNaam",
         m.oordeel, m.oordeel_reden AS "oordeelReden", m.casus_id AS "casusId",
         (SELECT count(*)::int FROM melding e WHERE e.bsn = m.bsn AND e.id <> m.id) AS "eerdereMeldingen",
         ${openCasus('m.regio_id', 'm.bsn')} AS "openCasus",
         (SELECT g.tekst FROM melding_gebeurtenis g WHERE g.melding_id = m.id AND g.soort = 'aanvulling-gevraagd' ORDER BY g.op DESC LIMIT 1) AS "laatsteVraag"
    FROM melding m`;

/**
 * One page of meldingen: `pagina` is the inner query (ids, gemeld_op and the cursor key `sleutel` of
 * the page's rows, CASL admission, ORDER BY + LIMIT on melding columns only, alias `m`; the outer query
 * keeps that order on alias `pg`); the names and extras are computed for those rows only.
 */
export async function meldingPagina(
  q: Uitvoerder,
  openCasus: OpenCasusSql,
  pagina: { sleutel: string; waar: string[]; ordening: string; limit: string },
  params: unknown[],
): Promise<Array<MeldingRij & { sleutel: string }>> {
  return rijen(
    await q.query(
      `${meldingSelect(openCasus).replace(/^\s*SELECT /, 'SELECT pg.sleutel, ')}
         JOIN (SELECT m.id, m.gemeld_op, ${pagina.sleutel} AS sleutel
                 FROM melding m
                WHERE ${pagina.waar.join(' AND ')}
                ORDER BY ${pagina.ordening}
                LIMIT ${pagina.limit}) pg ON pg.id = m.id
        ORDER BY ${pagina.ordening.replace(/\bm\./g, 'pg.')}`,
      params,
    ),
  );
}

export async function meldingOpId(q: Uitvoerder, openCasus: OpenCasusSql, id: string): Promise<MeldingRij | undefined> {
  const [r] = rijen<MeldingRij>(
    await q.query(
      `${meldingSelect(openCasus)}
        WHERE m.id = $1`,
      [id],
    ),
  );
  return r;
}

/** The events of a melding, oldest first (RLS gives a school only the events meant for the school). */
export async function meldingHistorie(q: Uitvoerder, id: string): Promise<MeldingGebeurtenisDto[]> {
  return rijen(
    await q.query(
      `SELECT g.soort, g.tekst, g.op, ${gebruikerNaamSql('g.door')} AS "doorNaam"
         FROM melding_gebeurtenis g
        WHERE g.melding_id = $1
        ORDER BY g.op`,
      [id],
    ),
  );
}

export async function voegGebeurtenisToe(
  q: Uitvoerder,
  g: {
    meldingId: string;
    regioId: string | null;
    vestigingId: string;
    soort: string;
    tekst: string | null;
    zichtbaarVoorSchool: boolean;
    door: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO melding_gebeurtenis (melding_id, regio_id, vestiging_id, soort, tekst, zichtbaar_voor_school, door)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [g.meldingId, g.regioId, g.vestigingId, g.soort, g.tekst, g.zichtbaarVoorSchool, g.door],
  );
}

export async function zetMeldingStatus(q: Uitvoerder, id: string, status: string): Promise<void> {
  await q.query(
    `UPDATE melding
        SET status = $2
      WHERE id = $1`,
    [id, status],
  );
}

/** Sets one column; `kolom` comes from the caller's fixed field → column map, never from input. */
export async function zetMeldingVeld(q: Uitvoerder, id: string, kolom: string, waarde: unknown): Promise<void> {
  await q.query(
    `UPDATE melding
        SET ${kolom} = $2
      WHERE id = $1`,
    [id, waarde],
  );
}

/** After an answer: back to ontvangen with the new completeness. */
export async function zetMeldingOntvangen(q: Uitvoerder, id: string, volledig: boolean, ontbrekend: string[]): Promise<void> {
  await q.query(
    `UPDATE melding
        SET status = 'ontvangen', volledig = $2, ontbrekend = $3
      WHERE id = $1`,
    [id, volledig, ontbrekend],
  );
}

export async function wijsMeldingToe(q: Uitvoerder, id: string, consulentId: string): Promise<void> {
  await q.query(
    `UPDATE melding
        SET consulent_id = $2, opgepakt_op = coalesce(opgepakt_op, now())
      WHERE id = $1`,
    [id, consulentId],
  );
}

export async function zetOordeel(
  q: Uitvoerder,
  id: string,
  o: { status: string; oordeel: string; reden: string | null; casusId: string | null; consulentId: string | null },
): Promise<void> {
  await q.query(
    `UPDATE melding
        SET status = $2, oordeel = $3, oordeel_reden = $4, casus_id = $5, opgepakt_op = coalesce(opgepakt_op, now()),
            consulent_id = coalesce(consulent_id, $6)
      WHERE id = $1`,
    [id, o.status, o.oordeel, o.reden, o.casusId, o.consulentId],
  );
}

export async function zetTerugkoppeling(
  q: Uitvoerder,
  id: string,
  t: { status: string; redenAfgesloten: string | null; toelichting: string; contactpersoon: string },
): Promise<void> {
  await q.query(
    `UPDATE melding
        SET terugmeld_status = $2, reden_afgesloten = $3, terugmeld_toelichting = $4, regio_contactpersoon = $5, teruggemeld_op = now(),
            status = CASE WHEN $2 = 'afgesloten' THEN 'afgesloten' WHEN $2 = 'ter-kennisneming' THEN 'ter-kennisneming' ELSE status END,
            opgepakt_op = coalesce(opgepakt_op, now())
      WHERE id = $1`,
    [id, t.status, t.redenAfgesloten, t.toelichting, t.contactpersoon],
  );
}

/** SELECT (for personen's `maakPersoonUit`): the person's details of melding `$1`, in personen's column order. */
export const PERSOON_UIT_MELDING = `SELECT regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon
         FROM melding
        WHERE id = $1`;
