import { amsterdamDatum, urgentie } from '@rmc/shared-domain';
import type { MeldingDto } from '@rmc/shared-api-types';

/** SELECT list of a melding as the API shows it (camelCase), plus region-side aggregates. */
export const MELDING_SELECT = `
  SELECT m.id, m.regio_id AS "regioId", m.vestiging_id AS "vestigingId", m.instelling_id AS "instellingId", m.status, m.soort,
         r.naam AS "regioNaam", (m.regio_id IS NOT NULL) AS "regioAangesloten", v.naam AS "vestigingNaam", i.naam AS "instellingNaam",
         m.gemeld_op AS "gemeldOp", m.gemeld_door AS "gemeldDoorId", gd.naam AS "gemeldDoorNaam",
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
         to_char(m.oppak_deadline, 'YYYY-MM-DD') AS "oppakDeadline", m.opgepakt_op AS "opgepaktOp", m.consulent_id AS "consulentId", c.naam AS "consulentNaam",
         m.oordeel, m.oordeel_reden AS "oordeelReden", m.casus_id AS "casusId",
         (SELECT count(*)::int FROM melding e WHERE e.bsn = m.bsn AND e.id <> m.id) AS "eerdereMeldingen",
         EXISTS (SELECT 1 FROM casus k JOIN persoon p ON p.id = k.persoon_id WHERE p.regio_id = m.regio_id AND p.bsn = m.bsn AND k.fase NOT IN ('afgesloten', 'nazorg', 'beeindigd')) AS "openCasus",
         (SELECT g.tekst FROM melding_gebeurtenis g WHERE g.melding_id = m.id AND g.soort = 'aanvulling-gevraagd' ORDER BY g.op DESC LIMIT 1) AS "laatsteVraag"
    FROM melding m
    JOIN vestiging v ON v.id = m.vestiging_id
    JOIN instelling i ON i.id = m.instelling_id
    LEFT JOIN regio r ON r.id = m.regio_id
    LEFT JOIN gebruiker gd ON gd.id = m.gemeld_door
    LEFT JOIN gebruiker c ON c.id = m.consulent_id`;

export type MeldingRij = MeldingDto & {
  regioId: string | null;
  vestigingId: string;
  instellingId: string;
  gemeldDoorId: string | null;
  opgepaktOp: string | null;
  openCasus: boolean;
  laatsteVraag: string | null;
};

/** Derived triage facts: overdue flag and urgency (domain rule). */
export function verrijk(r: MeldingRij, nu = new Date()): MeldingRij {
  const teLaat = Boolean(r.oppakDeadline && !r.opgepaktOp && r.status === 'ontvangen' && r.oppakDeadline < amsterdamDatum(nu));
  return {
    ...r,
    teLaat,
    openVraag: r.status === 'aanvulling-gevraagd' ? r.laatsteVraag : null,
    urgentie: urgentie({
      zorgen: r.zorgen?.length ?? 0,
      actieGewenst: Boolean(r.actieGewenst),
      eerdereMeldingen: r.eerdereMeldingen ?? 0,
      openCasus: r.openCasus,
      teLaat,
    }),
  };
}
