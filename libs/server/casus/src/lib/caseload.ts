import type { SqlWhere } from '@rmc/server-core';
import type { CasussenQueryDto } from './dto';

const VANDAAG = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
/** The last contact moment that reached the young person (outcome 'contact'). */
const LAATSTE_CONTACT = `(SELECT max(k.datum) FROM contactmoment k WHERE k.casus_id = c.id AND k.uitkomst = 'contact')`;
const TE_LAAT = `FROM plan_actie a WHERE a.casus_id = c.id AND a.status = 'open' AND a.deadline < ${VANDAAG}`;

export interface CaseloadRij {
  id: string;
  fase: string;
  doelgroep: string;
  voornaam: string;
  achternaam: string;
  consulentNaam: string | null;
  bsn: string;
  openActies: number;
  laatsteContact: string | null;
}

/**
 * The caseload query: the CASL admission (`w`, parameters $1…) plus the filters, in the database so
 * the 500-row cap applies after filtering. `basisIds`: for a partner, the cases whose phase and
 * doelgroep it may see; filtering on those fields never reveals them for other shares.
 */
export function caseloadQuery(w: SqlWhere, f: CasussenQueryDto, basisIds: string[] | null): SqlWhere {
  const params = [...w.params];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const waar = [`(${w.sql})`];
  if (f.fase) waar.push(`c.fase = ${p(f.fase)}`);
  if (f.doelgroep) waar.push(`c.doelgroep = ${p(f.doelgroep)}`);
  if (basisIds && (f.fase || f.doelgroep)) waar.push(`c.id = ANY(${p(basisIds)}::uuid[])`);
  if (f.teLaat !== undefined) waar.push(`${f.teLaat ? '' : 'NOT '}EXISTS (SELECT 1 ${TE_LAAT})`);
  // No contact for N days: counted from the last successful contact or, without one, from the case's creation.
  if (f.geenContactDagen) waar.push(`coalesce(${LAATSTE_CONTACT}, (c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam')::date) <= ${VANDAAG} - ${p(f.geenContactDagen)}::int`);
  if (f.consulentId) waar.push(`c.consulent_id = ${p(f.consulentId)}`);
  return {
    sql: `SELECT c.id, c.fase, c.doelgroep, p.voornaam, p.achternaam, k.naam AS "consulentNaam", p.bsn,
                 (SELECT count(*)::int ${TE_LAAT}) AS "openActies", to_char(${LAATSTE_CONTACT}, 'YYYY-MM-DD') AS "laatsteContact"
            FROM casus c JOIN persoon p ON p.id = c.persoon_id LEFT JOIN gebruiker k ON k.id = c.consulent_id
           WHERE ${waar.join(' AND ')} ORDER BY c.aangemaakt_op DESC LIMIT 500`,
    params,
  };
}
