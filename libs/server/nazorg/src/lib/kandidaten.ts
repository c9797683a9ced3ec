import { contactladderMomenten, eindeDelingWaarschuwing, meldingHerinneringen, nazorgBesluitMoment, terugkoppelMomenten, type IsoDate, type RegioInstellingen } from '@rmc/shared-domain';
import type { EntityManager } from 'typeorm';
import { rows } from './rows';
import type { TaakSoort } from './taken';

/**
 * One due reminder: rule, the thing it is about, recipient, the day it became due, the anchor date it
 * derives from (the key: see `herinneringSleutel`), and a text without personal data.
 */
export interface Kandidaat {
  regel: string;
  onderwerpId: string;
  ontvangerId: string;
  moment: IsoDate;
  anker: IsoDate;
  tekst: string;
  link: string;
}

const TAAK_TEKST: Record<TaakSoort, string> = {
  nazorg: 'Nazorg: gaat de jongere nog naar school of werk? Leg de uitkomst vast.',
  jaarcontact: 'Oud-vsv: het jaarlijkse contact (brief, daarna huisbezoek) is aan de beurt. Leg de uitkomst vast.',
  kwint: 'Volgen na uitstroom (Kwint): hoe gaat het met de jongere op school of werk? Leg de uitkomst vast.',
};

type Regel = (em: EntityManager, vandaag: IsoDate, inst: RegioInstellingen) => Promise<Kandidaat[]>;

/** Melding not picked up: the coördinatoren a day before the deadline, and an escalation after it. */
const meldingOppakken: Regel = async (em, vandaag) => {
  const coordinatoren = rows<{ id: string }>(await em.query(`SELECT gebruiker_id AS id FROM lidmaatschap WHERE regio_id = app_regio() AND rol = 'regio-coordinator' AND actief`));
  const meldingen = rows<{ id: string; deadline: string }>(
    await em.query(`SELECT id, to_char(oppak_deadline, 'YYYY-MM-DD') AS deadline FROM melding WHERE regio_id = app_regio() AND status = 'ontvangen' AND opgepakt_op IS NULL AND oppak_deadline IS NOT NULL`),
  );
  return meldingen.flatMap((m) => {
    const { herinnering, escalatie } = meldingHerinneringen(m.deadline);
    return coordinatoren.flatMap((c) => [
      ...(herinnering <= vandaag ? [{ regel: 'melding-oppakken', onderwerpId: m.id, ontvangerId: c.id, moment: herinnering, anker: m.deadline, tekst: 'Een verzuimmelding moet uiterlijk de volgende werkdag worden opgepakt.', link: `/meldingen/${m.id}` }] : []),
      ...(escalatie <= vandaag ? [{ regel: 'melding-te-laat', onderwerpId: m.id, ontvangerId: c.id, moment: escalatie, anker: m.deadline, tekst: 'Een verzuimmelding is niet binnen de afgesproken termijn opgepakt.', link: `/meldingen/${m.id}` }] : []),
    ]);
  });
};

/** Feedback to the school due (verzuimagenda response time in werkdagen): the consulent who picked it up. */
const terugkoppeling: Regel = async (em, vandaag, inst) => {
  const meldingen = rows<{ id: string; gemeld: string; consulent_id: string }>(
    await em.query(
      `SELECT id, to_char(gemeld_op_datum, 'YYYY-MM-DD') AS gemeld, consulent_id FROM melding
        WHERE regio_id = app_regio() AND opgepakt_op IS NOT NULL AND consulent_id IS NOT NULL AND teruggemeld_op IS NULL`,
    ),
  );
  return meldingen.flatMap((m) => {
    const { herinnering, teLaat } = terugkoppelMomenten(m.gemeld, inst.terugkoppelWerkdagen);
    const link = `/meldingen/${m.id}`;
    return [
      ...(herinnering <= vandaag ? [{ regel: 'terugkoppeling', onderwerpId: m.id, ontvangerId: m.consulent_id, moment: herinnering, anker: m.gemeld, tekst: 'De school verwacht binnenkort een terugkoppeling op een verzuimmelding.', link }] : []),
      ...(teLaat <= vandaag ? [{ regel: 'terugkoppeling-te-laat', onderwerpId: m.id, ontvangerId: m.consulent_id, moment: teLaat, anker: m.gemeld, tekst: 'De terugkoppeling aan de school op een verzuimmelding is te laat.', link }] : []),
    ];
  });
};

/** Plan and MDO actions at or past their deadline: the owning user, else the owning organisation's users, else the consulent. */
const actieDeadline: Regel = async (em, vandaag) => {
  const acties = rows<{ id: string; casus_id: string; deadline: string; ontvanger: string | null }>(
    await em.query(
      `SELECT a.id, a.casus_id, to_char(a.deadline, 'YYYY-MM-DD') AS deadline, coalesce(a.eigenaar_gebruiker_id, l.gebruiker_id, c.consulent_id) AS ontvanger
         FROM plan_actie a JOIN casus c ON c.id = a.casus_id
         LEFT JOIN organisatie o ON o.id = a.eigenaar_organisatie_id
         LEFT JOIN lidmaatschap l ON a.eigenaar_gebruiker_id IS NULL AND l.organisatie_id = a.eigenaar_organisatie_id AND l.actief
        WHERE a.regio_id = app_regio() AND a.status = 'open' AND a.deadline IS NOT NULL AND a.deadline <= $1
          -- Only while the case is being worked (a closed or handed-over case's actions remind nobody).
          AND c.fase IN ('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')
          -- A partner is reminded only while its share runs (after that the link would answer 404).
          AND (o.id IS NULL OR o.soort IN ('regio-team', 'leerplicht')
               OR EXISTS (SELECT 1 FROM casus_deling d WHERE d.casus_id = a.casus_id AND d.organisatie_id = o.id AND d.ingetrokken_op IS NULL AND d.eind_datum >= $1))`,
      [vandaag],
    ),
  );
  return acties
    .filter((a) => a.ontvanger)
    .map((a) => ({ regel: 'actie-deadline', onderwerpId: a.id, ontvangerId: a.ontvanger!, moment: a.deadline, anker: a.deadline, tekst: 'Een actie waarvan u eigenaar bent, heeft haar deadline bereikt.', link: `/casussen/${a.casus_id}` }));
};

/**
 * Stored follow-up tasks due: nazorg check-ins only while the case is in nazorg (a reopened case stops
 * reminding), yearly oud-vsv tasks while the case has not ended, Kwint tasks for their whole two years.
 */
const taken: Regel = async (em, vandaag) => {
  const open = rows<{ id: string; casus_id: string; soort: TaakSoort; moment: string; consulent_id: string | null }>(
    await em.query(
      `SELECT t.id, t.casus_id, t.soort, to_char(t.moment, 'YYYY-MM-DD') AS moment, c.consulent_id FROM nazorg_taak t JOIN casus c ON c.id = t.casus_id
        WHERE t.regio_id = app_regio() AND t.afgerond_op IS NULL AND t.moment <= $1
          -- Kwint follows the leaver for two years whatever the case does (its nazorg may end sooner);
          -- the yearly oud-vsv contact only while the case has not ended. Nothing after a handover, a
          -- move or the young person's death: there is nobody left here to follow.
          AND coalesce(c.sluitreden, '') NOT IN ('overgedragen', 'verhuisd', 'inschrijving-beeindigd-overleden')
          AND (CASE t.soort WHEN 'nazorg' THEN c.fase = 'nazorg' WHEN 'kwint' THEN true ELSE c.fase <> 'beeindigd' END)`,
      [vandaag],
    ),
  );
  return open
    .filter((t) => t.consulent_id)
    .map((t) => ({ regel: t.soort === 'nazorg' ? 'nazorg' : t.soort, onderwerpId: t.id, ontvangerId: t.consulent_id!, moment: t.moment, anker: t.moment, tekst: TAAK_TEKST[t.soort], link: '/nazorg' }));
};

/** A share or consent ending soon: the consulent, the region's number of days before. */
const delingEinde: Regel = async (em, vandaag, inst) => {
  const delingen = rows<{ id: string; casus_id: string; eind: string; consulent_id: string | null }>(
    await em.query(
      `SELECT d.id, d.casus_id, to_char(d.eind_datum, 'YYYY-MM-DD') AS eind, c.consulent_id FROM casus_deling d JOIN casus c ON c.id = d.casus_id
        WHERE d.regio_id = app_regio() AND d.ingetrokken_op IS NULL AND d.eind_datum >= $1`,
      [vandaag],
    ),
  );
  return delingen
    .filter((d) => d.consulent_id && eindeDelingWaarschuwing(d.eind, inst.delingWaarschuwingDagen) <= vandaag)
    .map((d) => ({
      regel: 'deling-einde', onderwerpId: d.id, ontvangerId: d.consulent_id!, moment: eindeDelingWaarschuwing(d.eind, inst.delingWaarschuwingDagen), anker: d.eind,
      tekst: `Een deling of toestemming loopt binnen ${inst.delingWaarschuwingDagen} dagen af.`, link: `/casussen/${d.casus_id}`,
    }));
};

/** Contact ladder: the next step after an attempt without contact; a closing decision after the region's weeks without contact. */
const contactladder: Regel = async (em, vandaag, inst) => {
  const pogingen = rows<{ casus_id: string; consulent_id: string; datum: string; uitkomst: string }>(
    await em.query(`SELECT m.casus_id, c.consulent_id, to_char(m.datum, 'YYYY-MM-DD') AS datum, m.uitkomst FROM contactmoment m JOIN casus c ON c.id = m.casus_id
                     WHERE m.regio_id = app_regio() AND c.fase IN ('analyseren', 'plannen', 'handelen') AND c.consulent_id IS NOT NULL`),
  );
  const perCasus = new Map<string, typeof pogingen>();
  for (const p of pogingen) perCasus.set(p.casus_id, [...(perCasus.get(p.casus_id) ?? []), p]);
  const uit: Kandidaat[] = [];
  for (const [casusId, lijst] of perCasus) {
    const ladder = contactladderMomenten(lijst, inst.contactladderDagen, inst.contactVerlorenDagen);
    if (!ladder) continue;
    const consulent = lijst[0].consulent_id;
    const link = `/casussen/${casusId}`;
    if (ladder.volgendeStap <= vandaag)
      uit.push({ regel: 'contactladder', onderwerpId: casusId, ontvangerId: consulent, moment: ladder.volgendeStap, anker: ladder.laatstePoging, tekst: 'Nog geen contact met de jongere: zet de volgende stap op de contactladder.', link });
    if (ladder.sluitbesluit <= vandaag)
      uit.push({ regel: 'sluitbesluit', onderwerpId: casusId, ontvangerId: consulent, moment: ladder.sluitbesluit, anker: ladder.eerstePoging, tekst: 'Lang geen contact: een besluit over afsluiten (met minimale inspanning of onderbouwing) is nodig.', link });
  }
  return uit;
};

/** A closed case still waiting for its nazorg to start (a handed-over case is the receiver's). */
const nazorgBesluit: Regel = async (em, vandaag, inst) => {
  // Without a nazorg period the case ends on closing's next step; there is nothing to start.
  if (inst.nazorgMaanden <= 0) return [];
  const casussen = rows<{ id: string; consulent_id: string; afgesloten: string }>(
    await em.query(
      `SELECT c.id, c.consulent_id, to_char(c.afgesloten_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS afgesloten FROM casus c
        WHERE c.regio_id = app_regio() AND c.fase = 'afgesloten' AND c.consulent_id IS NOT NULL AND c.afgesloten_op IS NOT NULL
          AND coalesce(c.sluitreden, '') NOT IN ('overgedragen', 'inschrijving-beeindigd-overleden')`,
    ),
  );
  return casussen
    .map((c) => ({
      regel: 'nazorg-besluit', onderwerpId: c.id, ontvangerId: c.consulent_id, moment: nazorgBesluitMoment(c.afgesloten), anker: c.afgesloten,
      tekst: 'Een afgesloten casus wacht op de start van de nazorg.', link: `/casussen/${c.id}`,
    }))
    .filter((k) => k.moment <= vandaag);
};

/**
 * A warm handover offered and not yet taken over: the receiving region's coördinatoren, or the users of
 * the receiving organisation (leerplicht, W&I). Told by the scan of the receiving side, which may read
 * the offer (RLS), so nothing crosses regions but the offer itself.
 */
const overdrachtAangeboden: Regel = async (em) => {
  const rijen = rows<{ id: string; ontvanger: string; op: string }>(
    await em.query(
      `SELECT o.id, l.gebruiker_id AS ontvanger, to_char(o.aangeboden_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS op
         FROM overdracht o JOIN lidmaatschap l ON l.actief
              AND ((o.naar_regio_id = app_regio() AND l.regio_id = app_regio() AND l.rol = 'regio-coordinator')
                   OR (o.regio_id = app_regio() AND o.naar_organisatie_id IS NOT NULL AND l.organisatie_id = o.naar_organisatie_id))
        WHERE o.status = 'aangeboden'`,
    ),
  );
  return rijen.map((r) => ({
    regel: 'overdracht-aangeboden', onderwerpId: r.id, ontvangerId: r.ontvanger, moment: r.op, anker: r.op,
    tekst: 'Er is een warme overdracht voor u aangeboden. Bekijk het pakket en neem het over.', link: '/overdrachten',
  }));
};

const REGELS: readonly Regel[] = [meldingOppakken, terugkoppeling, actieDeadline, taken, delingEinde, contactladder, nazorgBesluit, overdrachtAangeboden];

/** Everything due in one region on `vandaag`, with its recipients. Texts carry no personal data. */
export async function kandidaten(em: EntityManager, vandaag: IsoDate, inst: RegioInstellingen): Promise<Kandidaat[]> {
  const uit: Kandidaat[] = [];
  for (const regel of REGELS) uit.push(...(await regel(em, vandaag, inst)));
  return uit;
}
