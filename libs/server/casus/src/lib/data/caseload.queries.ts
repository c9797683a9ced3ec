import { gebruikerNaamSql } from '@rmc/server-identity';
import { persoonOpIdSql } from '@rmc/server-personen';
import type { Doelgroep, Fase } from '@rmc/shared-domain';
import { naCursor, ordening, parameters, tijdSleutel, type Keyset, type SleutelWaarde, type SqlWhere } from '@rmc/server-core';
import type { CasussenQueryDto } from '../dto';

const VANDAAG = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
/** The last contact moment that reached the young person (outcome 'contact'). */
const LAATSTE_CONTACT = `(SELECT max(k.datum) FROM contactmoment k WHERE k.casus_id = c.id AND k.uitkomst = 'contact')`;
const TE_LAAT = `FROM plan_actie a WHERE a.casus_id = c.id AND a.status = 'open' AND a.deadline < ${VANDAAG}`;

/** Newest first; served by `casus (regio_id, aangemaakt_op DESC, id DESC)` and its consulent/fase variants. */
export const CASELOAD_SLEUTEL: Keyset = { kolommen: ['c.aangemaakt_op', 'c.id'], vorm: ['tijd', 'uuid'], richting: 'DESC' };

export interface CaseloadRij {
  id: string;
  fase: Fase;
  doelgroep: Doelgroep;
  voornaam: string;
  achternaam: string;
  consulentNaam: string | null;
  bsn: string;
  openActies: number;
  laatsteContact: string | null;
  /** Sort key for the cursor (microsecond ISO text). */
  sleutel: string;
}

/**
 * The caseload query in two steps, so its cost follows the page and not the region's history:
 * - inner: the CASL admission (`w`, parameters $1…), the filters and the keyset predicate, ORDER BY
 *   the key and LIMIT `limit + 1` — only casus columns, so an index on (regio_id, [consulent_id |
 *   fase,] aangemaakt_op DESC, id DESC) serves it (RLS adds the same regio_id predicate);
 * - outer: the names (person, consulent), open overdue actions and the last contact, for the page's
 *   rows only.
 * `basisIds`: for a partner, the cases whose phase and doelgroep it may see; filtering on those fields
 * never reveals them for other shares.
 */
export function caseloadQuery(
  w: SqlWhere,
  f: CasussenQueryDto,
  basisIds: string[] | null,
  limit: number,
  cursor: SleutelWaarde[] | null,
): SqlWhere {
  const { params, p } = parameters(w.params);
  const waar = [`(${w.sql})`];
  if (f.fase) waar.push(`c.fase = ${p(f.fase)}`);
  if (f.doelgroep) waar.push(`c.doelgroep = ${p(f.doelgroep)}`);
  if (basisIds && (f.fase || f.doelgroep)) waar.push(`c.id = ANY(${p(basisIds)}::uuid[])`);
  if (f.teLaat !== undefined) waar.push(`${f.teLaat ? '' : 'NOT '}EXISTS (SELECT 1 ${TE_LAAT})`);
  // No contact for N days: counted from the last successful contact or, without one, from the case's creation.
  if (f.geenContactDagen)
    waar.push(
      `coalesce(${LAATSTE_CONTACT}, (c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam')::date) <= ${VANDAAG} - ${p(f.geenContactDagen)}::int`,
    );
  if (f.consulentId) waar.push(`c.consulent_id = ${p(f.consulentId)}`);
  // Shared with every one of these organisations (active, with an end date not passed): the same rule as a meeting's agenda.
  if (f.gedeeldMet?.length)
    waar.push(
      `NOT EXISTS (SELECT 1 FROM unnest(${p(f.gedeeldMet)}::uuid[]) AS o(id)
                    WHERE NOT EXISTS (SELECT 1 FROM casus_deling d
                                       WHERE d.casus_id = c.id AND d.organisatie_id = o.id
                                         AND d.ingetrokken_op IS NULL AND d.eind_datum >= current_date))`,
    );
  waar.push(naCursor(CASELOAD_SLEUTEL, cursor, p));
  const orde = ordening(CASELOAD_SLEUTEL);
  return {
    sql: `SELECT c.id, c.fase, c.doelgroep, p.voornaam, p.achternaam, ${gebruikerNaamSql('c.consulent_id')} AS "consulentNaam", p.bsn,
                 (SELECT count(*)::int ${TE_LAAT}) AS "openActies", to_char(${LAATSTE_CONTACT}, 'YYYY-MM-DD') AS "laatsteContact",
                 ${tijdSleutel('c.aangemaakt_op')} AS sleutel
            FROM (SELECT c.id, c.fase, c.doelgroep, c.persoon_id, c.consulent_id, c.aangemaakt_op
                    FROM casus c
                   WHERE ${waar.join(' AND ')}
                   ORDER BY ${orde} LIMIT ${p(limit + 1)}) c
            JOIN LATERAL (${persoonOpIdSql('c.persoon_id')}) p ON true
           ORDER BY ${orde}`,
    params,
  };
}
