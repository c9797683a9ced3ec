import {
  contactladderMomenten,
  eindeDelingWaarschuwing,
  meldingHerinneringen,
  nazorgBesluitMoment,
  terugkoppelMomenten,
  type IsoDate,
  type RegioInstellingen,
} from '@rmc/shared-domain';
import type { EntityManager } from 'typeorm';
import { actieveCoordinatoren } from '@rmc/server-identity';
import { meldingenOppakDue, meldingenTerugkoppelDue } from '@rmc/server-meldingen';
import type { NazorgCasusBron } from './bronnen.port';
import { takenDue } from './data/taken.queries';
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

/**
 * A column the scan writes in the claim's transaction once a subject is handled (ADR 0013): the
 * handled marker (the anchor every reminder of the subject was claimed for), the ladder's next moment,
 * or "attempt seen". `type` is the SQL type of the values (null clears the column).
 */
export interface Markering {
  tabel: 'melding' | 'plan_actie' | 'nazorg_taak' | 'casus_deling' | 'casus' | 'contactmoment';
  kolom:
    | 'oppak_herinnerd'
    | 'terugkoppel_herinnerd'
    | 'herinnerd'
    | 'nazorg_besluit_herinnerd'
    | 'ladder_volgende'
    | 'ladder_verwerkt';
  type: 'date' | 'timestamptz' | 'boolean';
  waarden: Array<[id: string, waarde: string | null]>;
}

/** What the rules found in one region on one day: reminders to claim, markers to write, rows read. */
export interface Oogst {
  kandidaten: Kandidaat[];
  markeringen: Markering[];
  /** Subject rows the candidate queries returned (the work is proportional to this, not to history). */
  gelezen: number;
}

const TAAK_TEKST: Record<TaakSoort, string> = {
  nazorg: 'Nazorg: gaat de jongere nog naar school of werk? Leg de uitkomst vast.',
  jaarcontact: 'Oud-vsv: het jaarlijkse contact (brief, daarna huisbezoek) is aan de beurt. Leg de uitkomst vast.',
  kwint: 'Volgen na uitstroom (Kwint): hoe gaat het met de jongere op school of werk? Leg de uitkomst vast.',
};

interface Ctx {
  regioId: string;
  vandaag: IsoDate;
  inst: RegioInstellingen;
  /** The case side of the candidate queries (casus implements the port). */
  casus: NazorgCasusBron;
}
type Regel = (em: EntityManager, ctx: Ctx) => Promise<Oogst>;

const markering = (
  tabel: Markering['tabel'],
  kolom: Markering['kolom'],
  type: Markering['type'],
  waarden: Markering['waarden'],
): Markering[] => (waarden.length ? [{ tabel, kolom, type, waarden }] : []);

/*
 * Every candidate query names the region and repeats the predicate of its partial index (migration
 * 1734600000000), so it reads only rows that are due, or nearly due, and not yet handled: a handled
 * row's marker equals its anchor and it has left the index. A row whose rule is blocked right now (a
 * closed case, a withdrawn share, no consulent) is not marked and is looked at again next tick.
 */

/** Melding not picked up: the coördinatoren a day before the deadline, and an escalation after it. */
const meldingOppakken: Regel = async (em, { regioId, vandaag }) => {
  const coordinatoren = await actieveCoordinatoren(em, regioId);
  // The reminder falls on the werkdag before the deadline: at most five days earlier (Easter), so a week covers it.
  const meldingen = await meldingenOppakDue(em, regioId, vandaag);
  const kandidaten: Kandidaat[] = [];
  const klaar: Markering['waarden'] = [];
  for (const m of meldingen) {
    const { herinnering, escalatie } = meldingHerinneringen(m.deadline);
    for (const c of coordinatoren) {
      if (herinnering <= vandaag)
        kandidaten.push({
          regel: 'melding-oppakken',
          onderwerpId: m.id,
          ontvangerId: c.id,
          moment: herinnering,
          anker: m.deadline,
          tekst: 'Een verzuimmelding moet uiterlijk de volgende werkdag worden opgepakt.',
          link: `/meldingen/${m.id}`,
        });
      if (escalatie <= vandaag)
        kandidaten.push({
          regel: 'melding-te-laat',
          onderwerpId: m.id,
          ontvangerId: c.id,
          moment: escalatie,
          anker: m.deadline,
          tekst: 'Een verzuimmelding is niet binnen de afgesproken termijn opgepakt.',
          link: `/meldingen/${m.id}`,
        });
    }
    // Both reminders claimed (the escalation is the later one): nothing left for this deadline.
    if (coordinatoren.length && escalatie <= vandaag) klaar.push([m.id, m.deadline]);
  }
  return { kandidaten, markeringen: markering('melding', 'oppak_herinnerd', 'date', klaar), gelezen: meldingen.length };
};

/** Feedback to the school due (verzuimagenda response time in werkdagen): the consulent who picked it up. */
const terugkoppeling: Regel = async (em, { regioId, vandaag, inst }) => {
  // The first reminder is (termijn − 2) werkdagen after filing, so at least that many calendar days.
  const meldingen = await meldingenTerugkoppelDue(em, regioId, vandaag, Math.max(inst.terugkoppelWerkdagen - 2, 0));
  const kandidaten: Kandidaat[] = [];
  const klaar: Markering['waarden'] = [];
  for (const m of meldingen) {
    const { herinnering, teLaat } = terugkoppelMomenten(m.gemeld, inst.terugkoppelWerkdagen);
    const link = `/meldingen/${m.id}`;
    if (herinnering <= vandaag)
      kandidaten.push({
        regel: 'terugkoppeling',
        onderwerpId: m.id,
        ontvangerId: m.consulent_id,
        moment: herinnering,
        anker: m.gemeld,
        tekst: 'De school verwacht binnenkort een terugkoppeling op een verzuimmelding.',
        link,
      });
    if (teLaat <= vandaag) {
      kandidaten.push({
        regel: 'terugkoppeling-te-laat',
        onderwerpId: m.id,
        ontvangerId: m.consulent_id,
        moment: teLaat,
        anker: m.gemeld,
        tekst: 'De terugkoppeling aan de school op een verzuimmelding is te laat.',
        link,
      });
      klaar.push([m.id, m.gemeld]);
    }
  }
  return { kandidaten, markeringen: markering('melding', 'terugkoppel_herinnerd', 'date', klaar), gelezen: meldingen.length };
};

/** Plan and MDO actions at or past their deadline: the owning user, else the owning organisation's users, else the consulent. */
const actieDeadline: Regel = async (em, { regioId, vandaag, casus }) => {
  const acties = await casus.actiesMetDeadline(em, regioId, vandaag);
  const met = acties.filter((a) => a.ontvanger);
  return {
    kandidaten: met.map((a) => ({
      regel: 'actie-deadline',
      onderwerpId: a.id,
      ontvangerId: a.ontvanger!,
      moment: a.deadline,
      anker: a.deadline,
      tekst: 'Een actie waarvan u eigenaar bent, heeft haar deadline bereikt.',
      // Straight to the place: the case's plan (the portal's tab `onderdeel`).
      link: `/casussen/${a.casus_id}?onderdeel=plan`,
    })),
    markeringen: markering('plan_actie', 'herinnerd', 'date', [...new Map(met.map((a) => [a.id, a.deadline])).entries()]),
    gelezen: acties.length,
  };
};

/**
 * Stored follow-up tasks due: nazorg check-ins only while the case is in nazorg (a reopened case stops
 * reminding), yearly oud-vsv tasks while the case has not ended, Kwint tasks for their whole two years.
 */
const taken: Regel = async (em, { regioId, vandaag, casus }) => {
  const open = await takenDue(em, casus, regioId, vandaag);
  const met = open.filter((t) => t.consulent_id);
  return {
    kandidaten: met.map((t) => ({
      regel: t.soort === 'nazorg' ? 'nazorg' : t.soort,
      onderwerpId: t.id,
      ontvangerId: t.consulent_id!,
      moment: t.moment,
      anker: t.moment,
      tekst: TAAK_TEKST[t.soort],
      link: '/nazorg',
    })),
    markeringen: markering(
      'nazorg_taak',
      'herinnerd',
      'date',
      met.map((t) => [t.id, t.moment]),
    ),
    gelezen: open.length,
  };
};

/** A share or consent ending soon: the consulent, the region's number of days before. */
const delingEinde: Regel = async (em, { regioId, vandaag, inst, casus }) => {
  const delingen = await casus.delingenMetEinde(em, regioId, vandaag, Math.max(inst.delingWaarschuwingDagen, 0));
  const met = delingen.filter((d) => d.consulent_id && eindeDelingWaarschuwing(d.eind, inst.delingWaarschuwingDagen) <= vandaag);
  return {
    kandidaten: met.map((d) => ({
      regel: 'deling-einde',
      onderwerpId: d.id,
      ontvangerId: d.consulent_id!,
      moment: eindeDelingWaarschuwing(d.eind, inst.delingWaarschuwingDagen),
      anker: d.eind,
      tekst: `Een deling of toestemming loopt binnen ${inst.delingWaarschuwingDagen} dagen af.`,
      link: `/casussen/${d.casus_id}?onderdeel=delen`,
    })),
    markeringen: markering(
      'casus_deling',
      'herinnerd',
      'date',
      met.map((d) => [d.id, d.eind]),
    ),
    gelezen: delingen.length,
  };
};

const LADDER_FASEN = ['analyseren', 'plannen', 'handelen'];

/**
 * Contact ladder: the next step after an attempt without contact; a closing decision after the region's
 * weeks without contact. Read only for cases with a new attempt (not yet `ladder_verwerkt`) or whose
 * stored next ladder moment (`ladder_volgende`) has come; afterwards `ladder_volgende` holds the next
 * moment not yet claimed (null: nothing left), and the attempts read are marked as seen.
 */
const contactladder: Regel = async (em, { regioId, vandaag, inst, casus }) => {
  const nieuw = await casus.nieuweContactpogingen(em, regioId);
  const aanDeBeurt = await casus.ladderAanDeBeurt(em, regioId, vandaag);
  const casusIds = [...new Set([...nieuw.map((m) => m.casus_id), ...aanDeBeurt.map((c) => c.id)])];
  if (!casusIds.length) return { kandidaten: [], markeringen: [], gelezen: 0 };
  const pogingen = await casus.contactpogingen(em, regioId, casusIds);
  const perCasus = new Map<string, typeof pogingen>();
  for (const p of pogingen) perCasus.set(p.casus_id, [...(perCasus.get(p.casus_id) ?? []), p]);
  const uit: Kandidaat[] = [];
  const volgende: Markering['waarden'] = [];
  for (const [casusId, lijst] of perCasus) {
    const ladder = contactladderMomenten(
      lijst.filter((p) => p.datum).map((p) => ({ datum: p.datum!, uitkomst: p.uitkomst! })),
      inst.contactladderDagen,
      inst.contactVerlorenDagen,
    );
    if (!ladder) {
      volgende.push([casusId, null]);
      continue;
    }
    const { consulent_id: consulent, fase } = lijst[0];
    const stappen = [
      {
        regel: 'contactladder',
        moment: ladder.volgendeStap,
        anker: ladder.laatstePoging,
        tekst: 'Nog geen contact met de jongere: zet de volgende stap op de contactladder.',
      },
      {
        regel: 'sluitbesluit',
        moment: ladder.sluitbesluit,
        anker: ladder.eerstePoging,
        tekst: 'Lang geen contact: een besluit over afsluiten (met minimale inspanning of onderbouwing) is nodig.',
      },
    ];
    // Not in a ladder phase (or no consulent) right now: keep the moments, so the case is read again
    // once it is back in a ladder phase (the partial index holds only those phases).
    const nu = consulent && LADDER_FASEN.includes(fase);
    const open: IsoDate[] = [];
    for (const s of stappen) {
      if (nu && s.moment <= vandaag)
        uit.push({
          regel: s.regel,
          onderwerpId: casusId,
          ontvangerId: consulent,
          moment: s.moment,
          anker: s.anker,
          tekst: s.tekst,
          link: `/casussen/${casusId}?onderdeel=contact`,
        });
      else open.push(s.moment);
    }
    volgende.push([casusId, open.length ? open.sort()[0] : null]);
  }
  return {
    kandidaten: uit,
    markeringen: [
      ...markering('casus', 'ladder_volgende', 'date', volgende),
      ...markering(
        'contactmoment',
        'ladder_verwerkt',
        'boolean',
        nieuw.map((m) => [m.id, 'true']),
      ),
    ],
    gelezen: nieuw.length + aanDeBeurt.length,
  };
};

/** A closed case still waiting for its nazorg to start (a handed-over case is the receiver's). */
const nazorgBesluit: Regel = async (em, { regioId, vandaag, inst, casus }) => {
  // Without a nazorg period the case ends on closing's next step; there is nothing to start.
  if (inst.nazorgMaanden <= 0) return { kandidaten: [], markeringen: [], gelezen: 0 };
  // Due two werkdagen after closing: closed before the start of today (UTC, a superset) at the latest.
  const casussen = await casus.nazorgBesluitOpen(em, regioId, vandaag);
  const due = casussen.filter((c) => nazorgBesluitMoment(c.afgesloten) <= vandaag);
  return {
    kandidaten: due.map((c) => ({
      regel: 'nazorg-besluit',
      onderwerpId: c.id,
      ontvangerId: c.consulent_id,
      moment: nazorgBesluitMoment(c.afgesloten),
      anker: c.afgesloten,
      tekst: 'Een afgesloten casus wacht op de start van de nazorg.',
      link: `/casussen/${c.id}`,
    })),
    markeringen: markering(
      'casus',
      'nazorg_besluit_herinnerd',
      'timestamptz',
      due.map((c) => [c.id, c.afgesloten_op]),
    ),
    gelezen: casussen.length,
  };
};

/**
 * A warm handover offered and not yet taken over: the receiving region's coördinatoren, or the users of
 * the receiving organisation (leerplicht, W&I). Told by the scan of the receiving side, which may read
 * the offer (RLS), so nothing crosses regions but the offer itself. Open offers are few (they are
 * current work, served by a partial index on status 'aangeboden'); the claim's key keeps each one to one
 * reminder per recipient.
 */
const overdrachtAangeboden: Regel = async (em, { regioId, casus }) => {
  const aangeboden = await casus.overdrachtenAangeboden(em, regioId);
  return {
    kandidaten: aangeboden.map((r) => ({
      regel: 'overdracht-aangeboden',
      onderwerpId: r.id,
      ontvangerId: r.ontvanger,
      moment: r.op,
      anker: r.op,
      tekst: 'Er is een warme overdracht voor u aangeboden. Bekijk het pakket en neem het over.',
      link: '/overdrachten',
    })),
    markeringen: [],
    gelezen: aangeboden.length,
  };
};

const REGELS: readonly Regel[] = [
  meldingOppakken,
  terugkoppeling,
  actieDeadline,
  taken,
  delingEinde,
  contactladder,
  nazorgBesluit,
  overdrachtAangeboden,
];

/** Everything due and not yet handled in one region on `vandaag`, with its recipients. Texts carry no personal data. */
export async function kandidaten(
  em: EntityManager,
  regioId: string,
  vandaag: IsoDate,
  inst: RegioInstellingen,
  casus: NazorgCasusBron,
): Promise<Oogst> {
  const uit: Oogst = { kandidaten: [], markeringen: [], gelezen: 0 };
  for (const regel of REGELS) {
    const o = await regel(em, { regioId, vandaag, inst, casus });
    uit.kandidaten.push(...o.kandidaten);
    uit.markeringen.push(...o.markeringen);
    uit.gelezen += o.gelezen;
  }
  return uit;
}
