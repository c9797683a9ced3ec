// One region's rows: personen, casussen with their phase history and everything each phase requires,
// meldingen with their events, MDO series, shares, nazorg, handovers, notifications and audit rows.
// Pure: (region context, size, calendar) → chunks of lines per table (a few thousand personen each, so
// memory stays flat); every chunk only refers to itself and earlier chunks.
import { createHmac } from 'node:crypto';
import { line } from './copy.mjs';
import { domain } from './domain.mjs';
import { Rng, hashSeed, picker } from './prng.mjs';
import { ACHTERNAMEN, VOORNAMEN } from './reference.mjs';
import { COLS } from './tables.mjs';
import { bsnFor } from './bsn.mjs';
import * as T from './texts.mjs';

const OPEN = ['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren'];
const MAIN = ['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren', 'afgesloten', 'nazorg', 'beeindigd'];
/** Werkdagen spent in a phase before the next step: [min, max]. */
const DUUR = {
  waarnemen: [1, 8],
  analyseren: [8, 30],
  plannen: [5, 20],
  handelen: [40, 220],
  evalueren: [5, 25],
  afgesloten: [1, 4],
};
/** How long ago (werkdagen) a case still in this phase entered it: [min, max]. */
const RECENT = {
  waarnemen: [0, 12],
  analyseren: [0, 35],
  plannen: [0, 25],
  handelen: [0, 220],
  evalueren: [0, 30],
  afgesloten: [0, 6],
  nazorg: [0, 250],
};

const pickSoort = picker([
  ['16-uur-in-4-weken', 45],
  ['aaneengesloten-4-weken', 25],
  ['zorgwekkend', 15],
  ['vervolgmelding', 15],
]);
/** Meldingen per month of the school year (Aug..Jul) by kind: absence builds up after the start and before holidays. */
const MAAND = {
  '16-uur-in-4-weken': [0.2, 0.9, 1.2, 1.3, 0.8, 1.1, 1.1, 1.2, 0.9, 0.8, 0.7, 0.05],
  'aaneengesloten-4-weken': [0.05, 0.3, 1.0, 1.3, 1.0, 1.0, 1.2, 1.3, 1.0, 0.9, 0.8, 0.1],
  vervolgmelding: [0.05, 0.2, 0.7, 1.2, 1.0, 1.1, 1.2, 1.3, 1.1, 1.0, 0.8, 0.1],
  zorgwekkend: [0.4, 1.0, 1.0, 1.0, 0.9, 1.0, 1.0, 1.0, 0.9, 0.9, 0.8, 0.1],
};
const pickLeeftijdZonderCasus = picker([
  [12, 1],
  [13, 1],
  [14, 2],
  [15, 3],
  [16, 6],
  [17, 9],
  [18, 12],
  [19, 13],
  [20, 12],
  [21, 10],
  [22, 9],
  [23, 7],
  [24, 5],
  [25, 4],
  [26, 3],
  [27, 2],
]);
const pickLeeftijdBijStart = picker([
  [14, 1],
  [15, 2],
  [16, 5],
  [17, 9],
  [18, 13],
  [19, 13],
  [20, 11],
  [21, 9],
  [22, 7],
  [23, 5],
  [24, 3],
  [25, 2],
  [26, 1],
]);
const pickSluitvan = picker([
  ['evalueren', 72],
  ['handelen', 10],
  ['analyseren', 8],
  ['waarnemen', 6],
  ['overgedragen', 4],
]);
const pickBron = picker([
  ['melding', 85],
  ['duo-lijst', 6],
  ['eigen-onderzoek', 4],
  ['loket', 3],
  ['partner', 2],
]);
const pickVorm = picker([
  ['telefoon', 30],
  ['app', 20],
  ['gesprek-op-school', 12],
  ['driegesprek', 8],
  ['e-mail', 10],
  ['brief', 8],
  ['huisbezoek-aangekondigd', 8],
  ['huisbezoek-onaangekondigd', 4],
]);
const pickUitkomst = picker([
  ['contact', 75],
  ['geen-gehoor', 15],
  ['niet-thuis', 6],
  ['brief-achtergelaten', 4],
]);
const pickNazorgUitkomst = picker([
  ['school', 45],
  ['werk', 30],
  ['dagbesteding', 8],
  ['zorg', 5],
  ['geen', 5],
  ['geen-contact', 7],
]);
const pickActieStatus = picker([
  ['gedaan', 75],
  ['niet-gedaan', 12],
  ['niet-mogelijk', 13],
]);

const DUO = new Set([
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overige',
  'inschrijving-beeindigd-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
]);

function doelgroepVoor(rng, leeftijd) {
  if (leeftijd < 18) return rng.pick(['dreigend-vsv', 'dreigend-vsv', 'jikp-onderwijs', 'verzuim-18plus']);
  if (leeftijd >= 23) return rng.pick(['23-27', 'oud-vsv', 'jikp-arbeid']);
  return rng.weighted([
    ['verzuim-18plus', 45],
    ['dreigend-vsv', 15],
    ['nieuw-vsv', 15],
    ['oud-vsv', 10],
    ['jikp-onderwijs', 6],
    ['jikp-arbeid', 6],
    ['jikp-dagbesteding', 3],
  ]);
}

/**
 * @param ctx region context from setup (ids, team, vestigingen, size) — see setup.mjs
 * @param S size parameters; cal the Calendar; today the day index of "today"
 */
export function* generateRegion(ctx, S, cal, today, pseudonymKey, chunk = 4000) {
  const rng = new Rng(hashSeed(S.seed, 'regio', ctx.naam));
  const fresh = () => Object.fromEntries(Object.keys(COLS).map((t) => [t, []]));
  let out = fresh();
  const push = (t, values) => out[t].push(line(values));
  const R = ctx.id;
  const hStart = today - ctx.historieDagen;
  const pseudo = (bsn) => createHmac('sha256', pseudonymKey).update(bsn).digest('hex').slice(0, 32);
  const uur = () => rng.int(8 * 60 + 30, 16 * 60 + 45);
  const between = (a, b) => (b <= a ? a : rng.int(a, b));
  const wdBetween = (a, b) => cal.onWd(Math.min(between(a, b), today));

  // ── team ─────────────────────────────────────────────────────────────────────────────────────────
  const consulentPick = picker(ctx.team.consulenten.map((c) => [c, c.gewicht]));
  const leerplichtPick = ctx.team.leerplicht;
  const coord = ctx.team.coordinatoren[0];
  const partnerOrgs = ctx.partners; // [{soort, id, leden: [{id, naam}]}]
  const deelbaar = partnerOrgs.filter((o) => domain.STANDAARD_SECTIES[o.soort]);
  const vestigingPick = picker(ctx.vestigingen.map((v) => [v, v.gewicht]));
  const pc4Pick = ctx.pc4s; // [[pc4, gemeenteCode], ...]
  const auditActor = (u, rol, org) => ({ id: u.id, rol, org });
  const regioTeam = ctx.orgs['regio-team'];

  // ── melding date sampler (a werkdag in [from, to] following the month curve of the kind) ──────────
  const meldDag = (soort, from, to) => {
    from = Math.max(from, 0);
    to = Math.min(to, today);
    if (to <= from) return cal.onWd(Math.min(from, today));
    for (let tries = 0; tries < 12; tries++) {
      const d = cal.onWd(rng.int(from, to));
      if (d > today) continue;
      const maand = Number(cal.iso[d].slice(5, 7));
      if (rng.next() * 1.3 < MAAND[soort][(maand + 4) % 12]) return d;
    }
    return cal.onWd(rng.int(from, to));
  };

  // ── personen ─────────────────────────────────────────────────────────────────────────────────────
  const P = ctx.personen;
  const C = Math.round(P * S.casusPerPersoon);
  const fasen = [];
  for (const [f, share] of Object.entries(ctx.faseMix)) for (let i = 0; i < Math.round(C * share); i++) fasen.push(f);
  while (fasen.length < C) fasen.push('beeindigd');
  fasen.length = C;
  for (let i = fasen.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [fasen[i], fasen[j]] = [fasen[j], fasen[i]];
  }

  const casussen = []; // for MDO agendas: {id, van, tot, consulent}
  const meldingVolgorde = { n: 0 };
  const agenda = (instellingId, d) => (cal.iso[d] >= '2026-08-01' ? (ctx.agendas[instellingId] ?? null) : null);

  for (let i = 0; i < P; i++) {
    if (i > 0 && i % chunk === 0) {
      yield out;
      out = fresh();
    }
    const heeftCasus = i < C;
    const persoonId = rng.uuid();
    const bsn = bsnFor(ctx.bsnStart + i);
    const ps = pseudo(bsn);
    const voornaam = rng.pick(VOORNAMEN);
    const achternaam = rng.pick(ACHTERNAMEN);
    const [pc4, gemeente] = rng.pick(pc4Pick);
    const postcode = `${pc4} ${T.letters(rng)}`;
    const telefoon = `06-00${String(rng.int(0, 999999)).padStart(6, '0')}`;
    const email = rng.chance(0.7)
      ? `${voornaam}.${achternaam}`.toLowerCase().replace(/[^a-z.]/g, '') + `${rng.int(1, 999)}@example.org`
      : null;
    const v = vestigingPick(rng);

    // Case timeline first (the person's age follows from it).
    let c = null;
    if (heeftCasus) c = tijdlijn(rng, fasen[i], cal, today, hStart, ctx.naarRegios.length > 0);
    const startDag = c ? c.entry.waarnemen : meldDag('16-uur-in-4-weken', hStart, today);
    let leeftijdStart;
    let leeftijdNu;
    const jarenSinds = (today - startDag) / 365.25;
    if (c) {
      leeftijdStart = pickLeeftijdBijStart(rng);
      if (leeftijdStart + jarenSinds > 27.5) leeftijdStart = Math.max(14, Math.floor(27.5 - jarenSinds));
      leeftijdNu = leeftijdStart + jarenSinds;
    } else {
      leeftijdNu = pickLeeftijdZonderCasus(rng) + rng.next() * 0.95;
      leeftijdStart = leeftijdNu - jarenSinds;
    }
    const geboortedag = today - Math.round(leeftijdNu * 365.25);
    const geboortedatum = new Date((cal.d0 + geboortedag) * 86_400_000).toISOString().slice(0, 10);
    const aangemaakt = c ? c.entry.waarnemen : startDag;
    push('persoon', [
      persoonId,
      R,
      bsn,
      voornaam,
      achternaam,
      geboortedatum,
      postcode,
      gemeente,
      telefoon,
      email,
      cal.ts(aangemaakt, uur()),
    ]);

    const P0 = { bsn, voornaam, achternaam, geboortedatum, postcode, gemeente, telefoon };

    if (!c) {
      // Meldingen without a case: judged "ter kennisneming" or "geen actie", or still in the triage queue.
      const k = rng.weighted([
        [1, 30],
        [2, 30],
        [3, 25],
        [4, 15],
      ]);
      let vorige = null;
      let d = meldDag(pickSoort(rng), hStart, today);
      for (let j = 0; j < k && d <= today; j++) {
        vorige = melding(rng, {
          ...P0,
          v,
          d,
          vorige,
          casus: null,
          ctx,
          S,
          cal,
          today,
          push,
          agenda,
          audit: ps,
          meldingVolgorde,
          consulentPick,
          coord,
        });
        d = cal.onWd(d + rng.int(14, 120));
      }
      continue;
    }

    // ── the case ───────────────────────────────────────────────────────────────────────────────────
    const casusId = rng.uuid();
    const onder18 = leeftijdStart < 18;
    const consulent = onder18 && leerplichtPick.length ? rng.pick(leerplichtPick) : consulentPick(rng);
    const doelgroep = doelgroepVoor(rng, leeftijdStart);
    const bron = pickBron(rng);
    const e = c.entry;
    const eind = c.afgesloten ?? today;
    const feiten = {
      oordeel: null,
      intake: null,
      big5: null,
      plan: null,
      evaluatie: null,
      procesregie: null,
      casusregie: null,
      sluitreden: null,
      onderbouwing: null,
      nazorgTot: null,
    };
    const gedeeld = [];

    // Phase history (the trigger's job in the product; here written with the real dates).
    let van = null;
    for (const f of c.pad) {
      push('casus_fase_wijziging', [rng.uuid(), R, casusId, van, f, cal.ts(e[f], uur()), consulent.id]);
      van = f;
    }

    // Waarnemen: oordeel signalering.
    const oordeelDag =
      e.analyseren ??
      (c.sluitVan === 'waarnemen'
        ? c.afgesloten
        : c.fase === 'waarnemen' && rng.chance(0.4)
          ? wdBetween(e.waarnemen, today)
          : null);
    if (oordeelDag != null)
      feiten.oordeel = {
        actieNodig: c.sluitVan !== 'waarnemen',
        toelichting: c.sluitVan === 'waarnemen' ? rng.pick(T.OORDEEL_GEEN) : rng.pick(T.OORDEEL_WEL),
      };

    // Analyseren: intake, scans, Big 5.
    const naAnalyse = e.plannen ?? (c.sluitVan === 'analyseren' ? c.afgesloten : null);
    if (e.plannen != null || (c.sluitVan === 'analyseren' && rng.chance(0.5)) || (c.fase === 'analyseren' && rng.chance(0.6))) {
      const dag = wdBetween(e.analyseren, (naAnalyse ?? today) - 1);
      feiten.intake = { antwoorden: T.intake(rng), datum: cal.iso[dag] };
      feiten.big5 = T.big5(rng);
    }
    if (e.plannen != null || (c.fase === 'analyseren' && rng.chance(0.4))) {
      push('levensdomein_scan', [
        rng.uuid(),
        casusId,
        R,
        cal.iso[wdBetween(e.analyseren, (naAnalyse ?? today) - 1)],
        T.scores(rng),
        consulent.id,
        cal.ts(wdBetween(e.analyseren, (naAnalyse ?? today) - 1), uur()),
      ]);
      if (e.evalueren != null && rng.chance(0.6))
        push('levensdomein_scan', [
          rng.uuid(),
          casusId,
          R,
          cal.iso[e.evalueren],
          T.scores(rng, 1),
          consulent.id,
          cal.ts(e.evalueren, uur()),
        ]);
    }

    // Plannen: plan van aanpak, actions, regie.
    const metActies =
      e.handelen != null || (c.fase === 'plannen' && rng.chance(0.6)) || (c.sluitVan === 'overgedragen' && e.plannen != null);
    if (metActies) {
      feiten.procesregie = consulent.id;
      const planDag = wdBetween(e.plannen, (e.handelen ?? today) - 1);
      const deelOrg = e.handelen != null && deelbaar.length && rng.chance(S.deelKans) ? rng.pick(deelbaar) : null;
      if (deelOrg && rng.chance(0.3)) feiten.casusregie = deelOrg.id;
      feiten.plan = T.plan(rng, deelOrg?.id, cal.iso[Math.min(cal.plusWd(today, rng.int(2, 25)), cal.n - 1)], c.fase);
      const n = rng.int(S.actiesMin, S.actiesMax);
      for (let a = 0; a < n; a++) {
        const partner = deelOrg && a % 2 === 1 ? deelOrg : null;
        const eigenaar = partner
          ? partner.leden.length && rng.chance(0.6)
            ? rng.pick(partner.leden).id
            : null
          : rng.chance(0.7)
            ? consulent.id
            : null;
        const aangemaakt = wdBetween(planDag, Math.min(eind, planDag + 60));
        const deadline = cal.plusWd(aangemaakt, rng.int(5, 40));
        const status =
          c.afgesloten != null || (deadline < today - 10 && rng.chance(0.8))
            ? pickActieStatus(rng)
            : rng.chance(0.25)
              ? 'gedaan'
              : 'open';
        const actieId = rng.uuid();
        push('plan_actie', [
          actieId,
          casusId,
          R,
          partner ? rng.pick(T.ACTIES_PARTNER[partner.soort] ?? T.ACTIES_RMC) : rng.pick(T.ACTIES_RMC),
          partner?.id ?? null,
          eigenaar,
          cal.iso[deadline],
          status,
          status === 'open' ? null : rng.pick(T.ACTIE_TOELICHTING),
          cal.ts(aangemaakt, uur()),
          null,
          null,
          null,
        ]);
        if (status !== 'open')
          push('plan_actie_status', [
            rng.uuid(),
            actieId,
            R,
            status,
            rng.pick(T.ACTIE_TOELICHTING),
            eigenaar ?? consulent.id,
            cal.ts(Math.min(wdBetween(aangemaakt + 1, deadline + 5), eind), uur()),
          ]);
      }
      if (deelOrg) {
        const start = wdBetween(e.handelen, Math.min(eind, e.handelen + 20));
        const eindDatum = c.afgesloten != null ? c.afgesloten + rng.int(0, 30) : today + rng.int(30, 300);
        const toestemming = rng.chance(0.6);
        push('casus_deling', [
          rng.uuid(),
          casusId,
          R,
          deelOrg.id,
          toestemming ? 'toestemming' : 'wettelijke-taak',
          toestemming
            ? {
                datum: cal.iso[start],
                reikwijdte: T.REIKWIJDTE[deelOrg.soort] ?? T.REIKWIJDTE.overig,
                verlooptOp: cal.iso[cal.clamp(eindDatum + rng.int(0, 90))],
                machtiging: 'Getekende machtiging in dossier',
              }
            : null,
          toestemming ? null : T.vierstappen(deelOrg.soort),
          T.DEEL_DOEL[deelOrg.soort] ?? T.DEEL_DOEL.overig,
          domain.STANDAARD_SECTIES[deelOrg.soort],
          cal.iso[cal.clamp(eindDatum)],
          c.sluitVan === 'overgedragen' ? cal.ts(c.afgesloten, uur()) : null,
          consulent.id,
          cal.ts(start, uur()),
        ]);
        gedeeld.push(deelOrg);
        if (deelOrg.leden.length && rng.chance(0.5))
          push('partner_notitie', [
            rng.uuid(),
            casusId,
            R,
            deelOrg.id,
            rng.pick(T.NOTITIES[deelOrg.soort] ?? T.NOTITIES.overig),
            rng.pick(deelOrg.leden).id,
            cal.ts(wdBetween(start, eind), uur()),
          ]);
      }
    }

    // Contact moments: the outreach ladder, then regular contact while the case runs.
    if (c.sluitVan === 'analyseren' && rng.chance(0.5)) {
      feiten.sluitreden = 'geen-contact';
      let d = e.analyseren;
      for (const vorm of ['brief', 'app', 'huisbezoek-aangekondigd', 'huisbezoek-onaangekondigd', 'huisbezoek-onaangekondigd']) {
        push('contactmoment', [
          rng.uuid(),
          casusId,
          R,
          cal.iso[d],
          vorm,
          vorm === 'brief' ? 'brief-achtergelaten' : vorm === 'app' ? 'geen-gehoor' : 'niet-thuis',
          rng.pick(T.CONTACT_GEEN),
          consulent.id,
          cal.ts(d, uur()),
        ]);
        d = Math.min(cal.plusWd(d, rng.int(3, 5)), c.afgesloten);
      }
      feiten.onderbouwing = T.ONDERBOUWING_GEEN_CONTACT;
    } else if (e.analyseren != null || c.fase === 'waarnemen') {
      const n = c.fase === 'waarnemen' ? rng.int(0, 1) : rng.int(S.contactMin, S.contactMax);
      const van0 = e.analyseren ?? e.waarnemen;
      for (let k = 0; k < n; k++) {
        const d = wdBetween(van0, eind);
        const vorm = k === 0 ? 'brief' : pickVorm(rng);
        const uitkomst = vorm === 'brief' ? 'contact' : pickUitkomst(rng);
        push('contactmoment', [
          rng.uuid(),
          casusId,
          R,
          cal.iso[d],
          vorm,
          uitkomst,
          rng.pick(uitkomst === 'contact' ? T.CONTACT_WEL : T.CONTACT_GEEN),
          consulent.id,
          cal.ts(d, uur()),
        ]);
      }
    }

    // Closing: reason, evaluation, the school's feedback, handover.
    if (c.afgesloten != null) {
      if (c.sluitVan === 'overgedragen') feiten.sluitreden = 'overgedragen';
      else if (!feiten.sluitreden) feiten.sluitreden = T.sluitreden(rng, c.sluitVan);
      if (c.sluitVan === 'evalueren') feiten.evaluatie = T.evaluatie(rng, domain.EVALUATIE_VRAGEN);
      if (c.sluitVan === 'overgedragen') {
        const naarRegio = ctx.naarRegios.length && rng.chance(0.5) && c.afgesloten > today - 15 ? rng.pick(ctx.naarRegios) : null;
        const naarOrg = naarRegio
          ? null
          : rng.pick(partnerOrgs.filter((o) => o.soort === 'leerplicht' || o.soort === 'werk-en-inkomen'));
        const geaccepteerd = !naarRegio && c.afgesloten < today - 5;
        push('overdracht', [
          rng.uuid(),
          R,
          naarRegio,
          naarOrg?.id ?? null,
          casusId,
          rng.chance(0.5) ? 'toestemming' : 'wettelijke-taak',
          rng.pick(T.OVERDRACHT_TOELICHTING),
          {
            persoon: { bsn, voornaam, achternaam, geboortedatum, postcode, telefoon, email },
            doelgroep,
            fase: c.pad[c.pad.indexOf('afgesloten') - 1],
            laatsteScan: null,
            openActies: [],
            contacten: 0,
            overgedragenDoor: consulent.naam,
          },
          geaccepteerd ? 'geaccepteerd' : 'aangeboden',
          consulent.id,
          cal.ts(c.afgesloten, uur()),
          geaccepteerd ? cal.ts(cal.plusWd(c.afgesloten, rng.int(1, 4)), uur()) : null,
          null,
        ]);
      }
    }
    if (e.nazorg != null) {
      const start = cal.iso[e.nazorg];
      feiten.nazorgTot = domain.plusMaanden(start, S.nazorgMaanden);
      for (const moment of domain.nazorgMomenten(start, S.nazorgMaanden)) {
        const m = cal.idx(moment);
        const klaar = m <= today && !(c.fase === 'nazorg' && m > today - 15 && rng.chance(0.6));
        const uitkomst = klaar ? pickNazorgUitkomst(rng) : null;
        push('nazorg_taak', [
          rng.uuid(),
          R,
          casusId,
          moment,
          uitkomst,
          klaar ? rng.pick(T.NAZORG_TOELICHTING[uitkomst]) : null,
          klaar ? cal.ts(Math.min(cal.onWd(m + rng.int(0, 8)), today), uur()) : null,
          klaar ? consulent.id : null,
          'nazorg',
        ]);
      }
    }

    const gewijzigd = Math.max(e[c.fase] ?? e.waarnemen, c.afgesloten ?? 0);
    push('casus', [
      casusId,
      R,
      persoonId,
      doelgroep,
      consulent.id,
      c.fase,
      bron,
      cal.ts(e.waarnemen, uur()),
      bron === 'melding' ? null : T.BRON_TOELICHTING[bron],
      feiten.oordeel,
      feiten.intake,
      feiten.big5,
      feiten.procesregie,
      feiten.casusregie,
      feiten.evaluatie,
      feiten.sluitreden,
      feiten.onderbouwing,
      c.afgesloten != null ? cal.ts(c.afgesloten, uur()) : null,
      feiten.nazorgTot,
      cal.ts(Math.min(gewijzigd, today), uur()),
      oordeelDag != null ? cal.ts(oordeelDag, uur()) : null,
      feiten.plan,
    ]);
    casussen.push({ id: casusId, van: e.waarnemen, tot: c.afgesloten ?? today + 60, consulent, gedeeld });

    // Meldingen of this person: an earlier one taken note of, the one that opened the case, follow-ups.
    const caseCtx = { id: casusId, consulent, afgesloten: c.afgesloten, sluitreden: feiten.sluitreden, open: e.waarnemen };
    if (rng.chance(0.3) && e.waarnemen - hStart > 60)
      melding(rng, {
        ...P0,
        v,
        d: meldDag('16-uur-in-4-weken', e.waarnemen - 300, e.waarnemen - 40),
        vorige: null,
        casus: null,
        ctx,
        S,
        cal,
        today,
        push,
        agenda,
        audit: ps,
        meldingVolgorde,
        consulentPick,
        coord,
      });
    if (bron === 'melding') {
      let vorige = melding(rng, {
        ...P0,
        v,
        d: cal.minWd(e.waarnemen, rng.int(0, 3)),
        vorige: null,
        casus: caseCtx,
        eerste: true,
        ctx,
        S,
        cal,
        today,
        push,
        agenda,
        audit: ps,
        meldingVolgorde,
        consulentPick,
        coord,
      });
      let d = cal.onWd(e.waarnemen + rng.int(20, 80));
      while (rng.chance(0.45) && d < (c.afgesloten ?? today)) {
        vorige = melding(rng, {
          ...P0,
          v,
          d,
          vorige,
          soort: 'vervolgmelding',
          casus: caseCtx,
          ctx,
          S,
          cal,
          today,
          push,
          agenda,
          audit: ps,
          meldingVolgorde,
          consulentPick,
          coord,
        });
        d = cal.onWd(d + rng.int(20, 80));
      }
    }

    // Audit: who created, read, changed and shared this person's case.
    const actor = auditActor(consulent, consulent.rol, regioTeam);
    push('audit_log', [
      cal.ts(e.waarnemen, uur()),
      R,
      actor.id,
      null,
      actor.rol,
      actor.org,
      'create',
      'Persoon',
      persoonId,
      ps,
      'verzuimmeldingen',
      'toegestaan',
      'api',
      null,
    ]);
    for (const f of c.pad.slice(1))
      push('audit_log', [
        cal.ts(e[f], uur()),
        R,
        actor.id,
        null,
        actor.rol,
        actor.org,
        'update',
        'Casus',
        casusId,
        ps,
        'dossiervoering',
        'toegestaan',
        'api',
        null,
      ]);
    for (let k = rng.int(0, 2); k > 0; k--)
      push('audit_log', [
        cal.ts(wdBetween(e.waarnemen, eind), uur()),
        R,
        actor.id,
        null,
        actor.rol,
        actor.org,
        'read',
        'Casus',
        casusId,
        ps,
        'dossiervoering',
        'toegestaan',
        'api',
        null,
      ]);
    for (const o of gedeeld) {
      push('audit_log', [
        cal.ts(e.handelen ?? e.waarnemen, uur()),
        R,
        actor.id,
        o.id,
        actor.rol,
        actor.org,
        'share',
        'Casus',
        casusId,
        ps,
        T.DEEL_DOEL[o.soort] ?? T.DEEL_DOEL.overig,
        'toegestaan',
        'api',
        null,
      ]);
      if (o.leden.length)
        push('audit_log', [
          cal.ts(wdBetween(e.handelen ?? e.waarnemen, eind), uur()),
          R,
          rng.pick(o.leden).id,
          null,
          o.rolLid,
          o.id,
          'read',
          'Casus',
          casusId,
          ps,
          'dossiervoering',
          'toegestaan',
          'api',
          null,
        ]);
    }

    // Notifications: a new case for its consulent; partners hear a shared case closed.
    if (e.waarnemen > today - 60)
      push('notificatie', [
        rng.uuid(),
        consulent.id,
        R,
        'casus-toegewezen',
        'Er is een casus aan u toegewezen.',
        `/casussen/${casusId}`,
        `toegewezen-${casusId}-${consulent.id}`,
        e.waarnemen < today - 3 && rng.chance(0.8) ? cal.ts(cal.plusWd(e.waarnemen, 1), uur()) : null,
        cal.ts(e.waarnemen, uur()),
        null,
      ]);
    if (c.afgesloten != null && c.afgesloten > today - 90)
      for (const o of gedeeld)
        for (const lid of o.leden)
          push('notificatie', [
            rng.uuid(),
            lid.id,
            R,
            'casus-afgesloten',
            'Een casus die met uw organisatie is gedeeld, is afgesloten. Rond uw openstaande acties af.',
            `/casussen/${casusId}`,
            `afgesloten-${casusId}-${lid.id}`,
            rng.chance(0.5) ? cal.ts(Math.min(c.afgesloten + 2, today), uur()) : null,
            cal.ts(c.afgesloten, uur()),
            null,
          ]);
  }

  overleggen(rng, ctx, S, cal, today, push, casussen);
  yield out;
}

/** Phase path and the day each phase was entered, counted back from how long ago the current phase began. */
function tijdlijn(rng, fase, cal, today, hStart) {
  let sluitVan = null;
  let pad;
  if (OPEN.includes(fase)) pad = MAIN.slice(0, MAIN.indexOf(fase) + 1);
  else {
    sluitVan = pickSluitvan(rng);
    if (sluitVan === 'overgedragen' && fase === 'nazorg') sluitVan = 'evalueren';
    const tot = sluitVan === 'overgedragen' ? rng.pick(['plannen', 'handelen', 'handelen']) : sluitVan;
    pad = [...MAIN.slice(0, MAIN.indexOf(tot) + 1), 'afgesloten'];
    if (sluitVan !== 'overgedragen' && fase !== 'afgesloten') pad.push('nazorg');
    if (fase === 'beeindigd') pad.push('beeindigd');
  }
  const entry = {};
  const laatste = pad[pad.length - 1];
  const rec = RECENT[laatste] ?? (sluitVan === 'overgedragen' ? [0, 40] : null);
  let d;
  if (laatste === 'afgesloten' && sluitVan === 'overgedragen') d = cal.minWd(today, rng.int(0, 40));
  else if (rec) d = cal.minWd(today, rng.int(rec[0], rec[1]));
  else {
    // Beëindigd: anywhere in the history once the whole path fits.
    d = cal.onWd(rng.int(Math.min(hStart + 500, today - 5), today - 3));
  }
  if (d > today) d = cal.minWd(today, 1);
  entry[laatste] = d;
  for (let k = pad.length - 2; k >= 0; k--) {
    const f = pad[k];
    const naar = pad[k + 1];
    if (f === 'nazorg' && naar === 'beeindigd') {
      // Nazorg lasts the region's period (12 months) and then ends.
      d = cal.idx(domain.plusMaanden(cal.iso[d], -12)) - rng.int(0, 10);
      d = cal.onWd(d);
    } else {
      const [a, b] = DUUR[f] ?? [1, 5];
      d = cal.minWd(d, rng.int(a, b));
    }
    entry[f] = d;
  }
  if (entry.beeindigd != null && entry.nazorg != null) {
    // The end follows nazorg_tot (start + 12 months).
    const tot = cal.idx(domain.plusMaanden(cal.iso[entry.nazorg], 12));
    if (entry.beeindigd < tot) entry.beeindigd = Math.min(cal.onWd(tot), today);
  }
  return { fase, pad, entry, sluitVan, afgesloten: entry.afgesloten ?? null };
}

/** One melding with its events; returns {id, d} for a follow-up. */
function melding(rng, o) {
  const { ctx, S, cal, today, push, v, d, casus } = o;
  const R = ctx.id;
  let soort =
    o.soort ??
    (o.eerste ? rng.pick(['16-uur-in-4-weken', 'aaneengesloten-4-weken', 'zorgwekkend', '16-uur-in-4-weken']) : pickSoort(rng));
  if (soort === 'vervolgmelding' && !o.vorige) soort = '16-uur-in-4-weken';
  const norm = domain.STANDAARD_NORMEN.find((n) => n.soort === soort);
  const id = rng.uuid();
  const gemeld = d;
  const uurGemeld = rng.int(8 * 60, 16 * 60);
  const dagen = soort === 'aaneengesloten-4-weken' ? rng.int(20, 35) : null;
  const uren = soort === 'aaneengesloten-4-weken' ? dagen * 6 : soort === 'zorgwekkend' ? rng.int(2, 20) : rng.int(16, 40);
  const begin = soort === 'aaneengesloten-4-weken' ? cal.minWd(gemeld, dagen) : gemeld - rng.int(10, 28);
  const actieGewenst = soort === 'zorgwekkend' || rng.chance(0.55);
  const zorgen = soort === 'zorgwekkend' || rng.chance(0.6) ? T.zorgen(rng) : [];
  const kwaliteit = rng.chance(S.volledigKans);
  const m = {
    bsn: o.bsn,
    voornaam: o.voornaam,
    achternaam: o.achternaam,
    geboortedatum: o.geboortedatum,
    postcode: o.postcode,
    begindatum: cal.iso[begin],
    vermoedelijkeSoort:
      soort === 'aaneengesloten-4-weken'
        ? '1-maand-of-langer'
        : soort === 'zorgwekkend'
          ? 'signaal'
          : rng.pick(['16-uur-in-4-weken', 'beginnend', '16-uur-in-4-weken']),
    leslocatieVestigingId: v.id,
    melderNaam: v.melderNaam,
    melderFunctie: 'Verzuimcoördinator',
    verzuimDagen: dagen,
    verzuimUren: uren,
    allesGemist: soort === 'aaneengesloten-4-weken' ? true : rng.chance(0.2),
    actieGewenst,
    vorigeMeldingId: o.vorige?.id ?? null,
    toelichtingActieGewenst: actieGewenst ? rng.pick(T.ACTIE_GEWENST) : null,
    zorgen,
    doorSchoolOndernomen: rng.chance(kwaliteit ? 1 : 0.6) ? rng.pick(T.SCHOOL_ONDERNOMEN) : null,
    afsprakenMetStudent: rng.chance(kwaliteit ? 1 : 0.5) ? rng.pick(T.AFSPRAKEN) : null,
    betrokkenContacten: rng.chance(kwaliteit ? 1 : 0.5) ? rng.pick(T.CONTACTEN) : null,
    lopendeHulp: rng.chance(kwaliteit ? 1 : 0.5) ? rng.pick(T.HULP) : null,
    verwachtingVanRegio: rng.chance(kwaliteit ? 1 : 0.6) ? rng.pick(T.VERWACHTING) : null,
    vermoedelijkeReden: rng.chance(kwaliteit ? 1 : 0.7) ? rng.pick(T.REDENEN) : null,
    telefoon: rng.chance(kwaliteit ? 1 : 0.8) ? o.telefoon : null,
  };
  if (kwaliteit && !zorgen.length) m.zorgen = T.zorgen(rng);
  const { volledig, ontbrekend } = domain.beoordeelVolledigheid(m, norm);
  const deadline = cal.plusWd(gemeld, norm.oppakTermijnWerkdagen);

  // Where the melding stands today.
  let status;
  let oordeel = null;
  let oordeelReden = null;
  let opgepakt = null;
  let consulent = null;
  let terug = null;
  let redenAfgesloten = null;
  let terugDag = null;
  let aanvulling = rng.chance(0.06);
  const leeftijd = cal.cum[today] - cal.cum[gemeld];
  if (casus) {
    oordeel = 'actie-vereist';
    consulent = casus.consulent;
    opgepakt = o.eerste ? casus.open : Math.min(cal.plusWd(gemeld, rng.int(0, norm.oppakTermijnWerkdagen)), today);
    if (casus.afgesloten != null && casus.afgesloten <= today) {
      status = 'afgesloten';
      terug = 'afgesloten';
      redenAfgesloten = DUO.has(casus.sluitreden) ? casus.sluitreden : 'inschrijving-beeindigd-overige';
      terugDag = casus.afgesloten;
    } else {
      status = 'in-behandeling';
      const t = cal.plusWd(gemeld, rng.int(2, 12));
      if (t <= today) {
        terug = 'in-behandeling';
        terugDag = t;
      }
    }
  } else {
    // Recent ones wait in the triage queue: nearly all before their deadline, some beyond it.
    const wacht = leeftijd <= norm.oppakTermijnWerkdagen ? rng.chance(0.8) : leeftijd <= 20 ? rng.chance(0.22) : false;
    if (wacht) {
      status = aanvulling ? 'aanvulling-gevraagd' : 'ontvangen';
      // Assigning counts as picking up (as the API does).
      if (rng.chance(0.3)) {
        consulent = o.consulentPick(rng);
        opgepakt = Math.min(cal.plusWd(gemeld, rng.int(0, 2)), today);
      }
    } else {
      aanvulling = aanvulling && leeftijd > 3;
      const late = rng.chance(S.teLaatKans);
      opgepakt = Math.min(
        late ? cal.plusWd(deadline, rng.int(1, 8)) : cal.plusWd(gemeld, rng.int(0, norm.oppakTermijnWerkdagen)),
        today,
      );
      consulent = o.consulentPick(rng);
      if (rng.chance(0.4) && !(zorgen.length && actieGewenst)) {
        status = 'afgesloten';
        oordeel = 'geen-actie';
        oordeelReden = rng.pick(T.GEEN_ACTIE);
        terug = 'afgesloten';
        redenAfgesloten = rng.pick([
          'terug-naar-school',
          'terug-naar-school',
          'geen-verzuim-legitiem-afwezig',
          'geen-verzuim-langdurig-ziek',
          'inschrijving-beeindigd-andere-opleiding',
        ]);
      } else {
        status = 'ter-kennisneming';
        oordeel = 'ter-kennisneming';
        terug = 'ter-kennisneming';
      }
      const t = cal.plusWd(opgepakt, rng.int(0, late ? 12 : 6));
      // "Ter kennisneming" already tells the school; an explicit feedback follows in about half the cases.
      terugDag = t <= today && (terug !== 'ter-kennisneming' || rng.chance(0.5)) ? t : null;
      if (terugDag == null) terug = redenAfgesloten = null;
    }
  }
  const agendaId = o.agenda(v.instellingId, gemeld);
  push('melding', [
    id,
    R,
    v.instellingId,
    v.id,
    v.melderId,
    agendaId,
    soort,
    status,
    o.bsn,
    o.voornaam,
    o.achternaam,
    o.geboortedatum,
    o.postcode,
    o.gemeente,
    m.telefoon,
    cal.iso[begin],
    null,
    m.vermoedelijkeSoort,
    m.vermoedelijkeReden,
    m.allesGemist,
    m.doorSchoolOndernomen,
    actieGewenst,
    m.toelichtingActieGewenst,
    v.melderNaam,
    'Verzuimcoördinator',
    '088-0000000',
    v.melderEmail,
    dagen,
    uren,
    m.zorgen,
    m.afsprakenMetStudent,
    m.betrokkenContacten,
    m.lopendeHulp,
    m.verwachtingVanRegio,
    o.vorige?.id ?? null,
    volledig,
    ontbrekend,
    cal.ts(gemeld, uurGemeld),
    cal.iso[gemeld],
    cal.iso[deadline],
    opgepakt != null ? cal.ts(opgepakt, rng.int(9 * 60, 17 * 60)) : null,
    consulent?.id ?? null,
    oordeel,
    oordeelReden,
    casus?.id ?? null,
    terug,
    redenAfgesloten,
    terug ? rng.pick(T.TERUGKOPPELING[terug]) : null,
    terug ? (consulent?.naam ?? 'RMC-team') : null,
    terugDag != null ? cal.ts(terugDag, rng.int(9 * 60, 17 * 60)) : null,
  ]);
  // Events: filed; asked for more (and answered); assigned; judged; feedback to the school.
  const ev = (soort, tekst, zichtbaar, door, dag, minuten) =>
    push('melding_gebeurtenis', [rng.uuid(), id, R, v.id, soort, tekst, zichtbaar, door, cal.ts(dag, minuten)]);
  ev('ingediend', null, true, v.melderId, gemeld, uurGemeld);
  if (aanvulling) {
    const vraagDag = Math.min(cal.plusWd(gemeld, 1), today);
    ev('aanvulling-gevraagd', rng.pick(T.AANVULLING_VRAAG), true, o.coord.id, vraagDag, 10 * 60);
    if (status !== 'aanvulling-gevraagd')
      ev(
        'aanvulling-gegeven',
        rng.pick(T.AANVULLING_ANTWOORD),
        true,
        v.melderId,
        Math.min(cal.plusWd(vraagDag, 1), today),
        14 * 60,
      );
  }
  if (consulent && rng.chance(0.1))
    ev('toegewezen', `Toegewezen aan ${consulent.naam}.`, false, o.coord.id, Math.min(opgepakt ?? today, today), 9 * 60);
  if (oordeel)
    ev('oordeel', oordeelReden ? `${oordeel}: ${oordeelReden}` : oordeel, false, consulent?.id ?? o.coord.id, opgepakt, 11 * 60);
  if (terug)
    ev(
      'terugkoppeling',
      `Status: ${terug}${redenAfgesloten ? ` (${domain.REDEN_AFGESLOTEN_LABELS[redenAfgesloten]})` : ''}.`,
      true,
      consulent?.id ?? o.coord.id,
      terugDag,
      15 * 60,
    );
  if (oordeel && !casus && o.audit)
    push('audit_log', [
      cal.ts(opgepakt, 11 * 60),
      R,
      (consulent ?? o.coord).id,
      null,
      (consulent ?? o.coord).rol,
      ctx.orgs['regio-team'],
      'update',
      'Melding',
      id,
      o.audit,
      'verzuimmeldingen',
      'toegestaan',
      'api',
      null,
    ]);
  o.meldingVolgorde.n++;
  return { id, d: gemeld };
}

/** MDO series: weekly and fortnightly meetings over the last year and the next two weeks, with agendas and verslagen. */
function overleggen(rng, ctx, S, cal, today, push, casussen) {
  const R = ctx.id;
  const coord = ctx.team.coordinatoren[0];
  const partners = ctx.partners.filter((o) => ['wijkteam', 'jeugdhulp', 'werk-en-inkomen'].includes(o.soort));
  const orgIds = [ctx.orgs['regio-team'], ...partners.map((o) => o.id)];
  const leden = [
    coord,
    ...ctx.team.consulenten.slice(0, 3),
    ...partners.flatMap((o) => o.leden.slice(0, 1).map((l) => ({ ...l, org: o }))),
  ];
  const reeksen = [
    { naam: `MDO ${ctx.naam}`, soort: 'MDO', weekdag: 2, elke: 1, tijd: 10 * 60 },
    { naam: `Multicasusoverleg jeugd ${ctx.naam}`, soort: 'multicasusoverleg', weekdag: 4, elke: 2, tijd: 14 * 60 },
  ];
  const openOp = (d) => {
    for (let t = 0; t < 40; t++) {
      const c = casussen[rng.int(0, casussen.length - 1)];
      if (c && c.van <= d && c.tot >= d) return c;
    }
    return null;
  };
  for (const r of reeksen) {
    const reeksId = rng.uuid();
    push('overleg_reeks', [reeksId, R, r.naam, orgIds]);
    // Mondays: epoch day 4 was a Monday (1970-01-05); weekday 1..5.
    let d = today - S.overlegDagen;
    while ((cal.d0 + d + 3) % 7 !== r.weekdag - 1) d++;
    for (let w = 0; d <= today + 14; d += 7 * r.elke, w++) {
      if (!cal.wd[cal.clamp(d)]) continue;
      const overlegId = rng.uuid();
      const verleden = d < today;
      push('overleg', [
        overlegId,
        R,
        reeksId,
        r.soort,
        `${r.naam} ${cal.iso[d].slice(8, 10)}-${cal.iso[d].slice(5, 7)}`,
        cal.ts(d, r.tijd),
        rng.pick(['Stadhuis, zaal 2', 'Jongerenloket', 'Wijkcentrum De Brug']),
        rng.chance(0.3) ? 'https://meet.example.org/mdo' : null,
        coord.id,
        orgIds,
        verleden ? 'vastgesteld' : 'gepland',
        verleden ? cal.ts(Math.min(cal.plusWd(d, 1), today), 16 * 60) : null,
        cal.ts(d - 14, 9 * 60),
      ]);
      for (const l of leden) push('overleg_deelnemer', [rng.uuid(), overlegId, R, l.id, verleden ? rng.chance(0.85) : null]);
      if (!verleden)
        for (const l of leden)
          push('notificatie', [
            rng.uuid(),
            l.id,
            R,
            'overleg-uitnodiging',
            `U bent uitgenodigd voor ${r.naam}.`,
            `/overleggen/${overlegId}`,
            `overleg-${overlegId}-${l.id}`,
            null,
            cal.ts(Math.max(d - 10, 0), 9 * 60),
            null,
          ]);
      const gekozen = new Set();
      const n = rng.int(S.agendaMin, S.agendaMax);
      for (let k = 0; k < n; k++) {
        const c = openOp(Math.min(d, today));
        if (!c || gekozen.has(c.id)) continue;
        gekozen.add(c.id);
        const apId = rng.uuid();
        push('agendapunt', [
          apId,
          overlegId,
          R,
          c.id,
          rng.pick(T.AGENDA_VRAGEN),
          k + 1,
          verleden ? rng.pick(T.AGENDA_NOTITIES) : '',
          verleden ? [rng.pick(T.BESLUITEN)] : [],
        ]);
        if (verleden && rng.chance(0.4) && partners.length) {
          const p = rng.pick(partners);
          const deadline = cal.plusWd(d, rng.int(5, 20));
          const status = deadline < today - 5 ? pickActieStatus(rng) : 'open';
          push('plan_actie', [
            rng.uuid(),
            c.id,
            R,
            rng.pick(T.ACTIES_PARTNER[p.soort] ?? T.ACTIES_RMC),
            p.id,
            p.leden[0]?.id ?? null,
            cal.iso[deadline],
            status,
            null,
            cal.ts(d, r.tijd + 60),
            overlegId,
            apId,
            reeksId,
          ]);
        }
      }
    }
  }
}
