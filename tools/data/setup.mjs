// Everything before the bulk load: the regions of the chosen size (real gemeenten and PC4 ranges
// assigned), their organisations and teams, MBO instellingen with vestigingen, and per region the
// context the row generator needs. Small volumes: plain statements and COPY, in one transaction.
import { copyLines, line } from './copy.mjs';
import { domain } from './domain.mjs';
import { Rng, hashSeed } from './prng.mjs';
import { MBO, MEDEWERKER_VOORNAMEN, ACHTERNAMEN, REGIOS } from './reference.mjs';

export const slug = (naam) =>
  naam
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const ORG_NAMEN = {
  'regio-team': (r) => `RMC-team ${r}`,
  leerplicht: (r) => `Leerplicht ${r}`,
  'werk-en-inkomen': (r) => `Werk & Inkomen ${r}`,
  wijkteam: (r) => `Wijkteam ${r}`,
  jeugdhulp: (r) => `Jeugdhulp ${r}`,
  ggd: (r) => `GGD ${r}`,
  'pro-vso-school': (r) => `Praktijkschool ${r}`,
};
const PARTNER_ROL = {
  'werk-en-inkomen': 'wi-klantmanager',
  wijkteam: 'wijkteam-medewerker',
  jeugdhulp: 'jeugdhulp-medewerker',
  ggd: 'jeugdhulp-medewerker',
  leerplicht: 'leerplichtambtenaar',
};
const DEMO_PARTNER = { 'werk-en-inkomen': 'wi', wijkteam: 'wijkteam', jeugdhulp: 'jeugdhulp', leerplicht: 'leerplicht' };

/**
 * @param client owner connection (inside a transaction)
 * @param S the size (sizes.mjs)
 * @returns region contexts for the row generator
 */
export async function setup(client, S, log) {
  const rng = new Rng(hashSeed(S.seed, 'setup'));
  const q = async (sql, params) => (await client.query(sql, params)).rows;
  const [{ hash }] = await q(`SELECT wachtwoord_hash AS hash FROM gebruiker WHERE email = 'coordinator@ijssel-vecht.demo'`);
  const refGemeenten = new Map(
    (
      await q(
        `SELECT g.code, array_agg(p.pc4 ORDER BY p.pc4) AS pc4s FROM gemeente g JOIN pc4_gemeente p ON p.gemeente_code = g.code GROUP BY g.code`,
      )
    ).map((r) => [r.code, r.pc4s]),
  );
  const regioIds = new Map((await q(`SELECT id, naam FROM regio`)).map((r) => [r.naam, r.id]));

  // ── regions of this size ────────────────────────────────────────────────────────────────────────
  const gekozen = REGIOS.filter(([naam]) => S.regios.includes(naam));
  const gewichtTotaal = gekozen.reduce((t, [, w]) => t + w, 0);
  const regios = [];
  let bsnStart = 0;
  for (const [naam, gewicht, gemeenten] of gekozen) {
    const personen = S.personen[naam] ?? Math.round((S.personenTotaal * gewicht) / gewichtTotaal);
    let id = regioIds.get(naam);
    if (!id) {
      id = rng.uuid();
      const contact = gemeenten[0][0];
      for (const [code, gnaam, reeksen] of gemeenten) {
        await q(`INSERT INTO gemeente (code, naam) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [code, gnaam]);
        if (reeksen) {
          const pc4s = reeksen.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i));
          await q(`INSERT INTO pc4_gemeente (pc4, gemeente_code) SELECT unnest($1::int[]), $2 ON CONFLICT (pc4) DO NOTHING`, [
            pc4s,
            code,
          ]);
          refGemeenten.set(
            code,
            (await q(`SELECT array_agg(pc4 ORDER BY pc4) AS p FROM pc4_gemeente WHERE gemeente_code = $1`, [code]))[0].p,
          );
        }
      }
      await q(`INSERT INTO regio (id, naam, contactgemeente_code, instellingen) VALUES ($1, $2, $3, '{}')`, [id, naam, contact]);
      await q(`UPDATE gemeente SET regio_id = $1 WHERE code = ANY($2)`, [id, gemeenten.map((g) => g[0])]);
    }
    // Since 2026 regions may follow young people up to 27 (Wet van school naar duurzaam werk); the data set
    // has people aged 12–27, so every region here does (else the retention job would erase the 26–27s).
    await q(`UPDATE regio SET instellingen = $2 WHERE id = $1`, [
      id,
      JSON.stringify({ ...domain.STANDAARD_REGIO_INSTELLINGEN, maxLeeftijd: 27, totpVerplicht: false }),
    ]);
    const pc4s = (
      await q(
        `SELECT p.pc4, p.gemeente_code FROM pc4_gemeente p JOIN gemeente g ON g.code = p.gemeente_code WHERE g.regio_id = $1 ORDER BY p.pc4`,
        [id],
      )
    ).map((r) => [r.pc4, r.gemeente_code]);
    regios.push({
      id,
      naam,
      slug: slug(naam),
      personen,
      bsnStart,
      demo: gemeenten === 'demo',
      pc4s,
      faseMix: S.faseMixVoor(naam),
      historieDagen: S.historieVoor(naam),
    });
    bsnStart += personen;
  }
  const regioVan = new Map(
    (
      await q(
        `SELECT p.pc4, g.regio_id FROM pc4_gemeente p JOIN gemeente g ON g.code = p.gemeente_code WHERE g.regio_id IS NOT NULL`,
      )
    ).map((r) => [r.pc4, r.regio_id]),
  );

  // ── organisations and teams ─────────────────────────────────────────────────────────────────────
  const gebruikers = [];
  const leden = [];
  const orgRows = [];
  let teller = 0;
  const nieuweGebruiker = (r, rol, velden) => {
    const vn = rng.pick(MEDEWERKER_VOORNAMEN);
    const an = rng.pick(ACHTERNAMEN);
    const u = { id: rng.uuid(), naam: `${vn} ${an}`, rol };
    teller++;
    gebruikers.push(line([u.id, `${slug(vn)}.${slug(an)}.${teller}@${r.slug}.demo`, u.naam, hash, '2026-01-05 09:00:00+01']));
    leden.push(line([rng.uuid(), u.id, rol, velden.regio ?? null, velden.org ?? null, velden.vestiging ?? null]));
    return u;
  };
  const demoAccounts = new Map(
    (
      await q(
        `SELECT g.id, g.naam, g.email, l.rol FROM gebruiker g JOIN lidmaatschap l ON l.gebruiker_id = g.id WHERE g.email LIKE '%.demo'`,
      )
    ).map((r) => [r.email, r]),
  );
  const demoUser = (prefix, r) => {
    const d = demoAccounts.get(`${prefix}@${r.slug}.demo`);
    return d ? { id: d.id, naam: d.naam, rol: d.rol } : null;
  };

  for (const r of regios) {
    const bestaand = new Map(
      (await q(`SELECT soort, id FROM organisatie WHERE regio_id = $1`, [r.id])).map((o) => [o.soort, o.id]),
    );
    r.orgs = {};
    for (const [soort, naam] of Object.entries(ORG_NAMEN)) {
      let id = bestaand.get(soort);
      if (!id) {
        id = rng.uuid();
        orgRows.push(line([id, r.id, naam(r.naam), soort, r.pc4s[0]?.[1] ?? null, '2026-01-05 09:00:00+01']));
      }
      r.orgs[soort] = id;
    }
    // Team size follows the open caseload: about 60 open cases per consulent.
    const C = r.personen * S.casusPerPersoon;
    const open = C * ['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren'].reduce((t, f) => t + (r.faseMix[f] ?? 0), 0);
    const nCons = Math.max(S.minConsulenten, Math.round((open * 0.8) / 60));
    const nLp = Math.max(2, Math.round((open * 0.2) / 60));
    const rt = { regio: r.id, org: r.orgs['regio-team'] };
    const team = { coordinatoren: [], consulenten: [], leerplicht: [] };
    const dc = demoUser('coordinator', r);
    team.coordinatoren.push(dc ?? nieuweGebruiker(r, 'regio-coordinator', rt));
    if (r.personen > 10_000) team.coordinatoren.push(nieuweGebruiker(r, 'regio-coordinator', rt));
    const dcons = demoUser('consulent', r);
    if (dcons) team.consulenten.push({ ...dcons, gewicht: S.demoConsulentGewicht });
    while (team.consulenten.length < nCons) team.consulenten.push({ ...nieuweGebruiker(r, 'regio-consulent', rt), gewicht: 1 });
    const dlp = demoUser('leerplicht', r);
    if (dlp) team.leerplicht.push(dlp);
    while (team.leerplicht.length < nLp)
      team.leerplicht.push(nieuweGebruiker(r, 'leerplichtambtenaar', { regio: r.id, org: r.orgs.leerplicht }));
    if (!demoUser('beleid', r)) nieuweGebruiker(r, 'beleidsmedewerker', rt);
    if (r.personen > 10_000) nieuweGebruiker(r, 'beleidsmedewerker', rt);
    r.team = team;
    r.partners = [];
    for (const soort of ['werk-en-inkomen', 'wijkteam', 'jeugdhulp', 'ggd', 'leerplicht']) {
      const org = r.orgs[soort];
      const lijst = soort === 'leerplicht' ? [...team.leerplicht] : [];
      if (soort !== 'leerplicht') {
        const d = DEMO_PARTNER[soort] && demoUser(DEMO_PARTNER[soort], r);
        if (d) lijst.push(d);
        const n = soort === 'ggd' ? 1 : soort === 'jeugdhulp' ? 2 : 3;
        while (lijst.length < n) lijst.push(nieuweGebruiker(r, PARTNER_ROL[soort], { regio: r.id, org }));
      }
      r.partners.push({ soort, id: org, leden: lijst.map((u) => ({ id: u.id, naam: u.naam })), rolLid: PARTNER_ROL[soort] });
    }
  }
  await copyLines(client, 'organisatie', ['id', 'regio_id', 'naam', 'soort', 'gemeente_code', 'aangemaakt_op'], orgRows);

  // ── MBO instellingen and vestigingen ────────────────────────────────────────────────────────────
  const instRows = [];
  const vestRows = [];
  const brinGebruikt = new Set((await q(`SELECT brin FROM instelling`)).map((r) => r.brin));
  let brinTeller = 0;
  const nieuweBrin = () => {
    for (;;) {
      const n = brinTeller++;
      const brin = `${String(27 + Math.floor(n / 400)).padStart(2, '0')}${'ABCDEFGHJKLMNPRSTUVWXYZ'[Math.floor(n / 20) % 20]}${'ABCDEFGHJKLMNPRSTUVWXYZ'[n % 20]}`;
      if (!brinGebruikt.has(brin)) return brin;
    }
  };
  const index = new Map(regios.map((r, i) => [r.naam, i]));
  const plaatsVan = new Map((await q(`SELECT code, naam FROM gemeente`)).map((g) => [g.code, g.naam]));
  for (const r of regios) {
    for (const naam of MBO[r.naam] ?? []) {
      const instId = rng.uuid();
      instRows.push(line([instId, naam, nieuweBrin()]));
      // Several locations in the home region, one or two in the neighbouring regions of this size.
      const i = index.get(r.naam);
      const buren = [regios[i - 1], regios[i + 1]].filter((b) => b && !b.demo);
      const plekken = [...Array(rng.int(2, 4)).fill(r), ...buren.filter(() => rng.chance(0.7))];
      plekken.forEach((plek, k) => {
        const [pc4, code] = rng.pick(plek.pc4s);
        const plaats = plaatsVan.get(code);
        vestRows.push(
          line([
            rng.uuid(),
            instId,
            `${naam} ${plaats}${k > 0 && plek === r ? ` ${['Centrum', 'Noord', 'Zuid', 'Oost', 'West'][k]}` : ''}`,
            plaats,
            `${pc4} ${'ABCDEFGHJKLMNPRTVWXZ'[k]}${'ABCDEFGHJKLMNPRTVWXZ'[rng.int(0, 19)]}`,
          ]),
        );
      });
    }
  }
  await copyLines(client, 'instelling', ['id', 'naam', 'brin'], instRows);
  await copyLines(client, 'vestiging', ['id', 'instelling_id', 'naam', 'plaats', 'postcode'], vestRows);

  // School accounts: the demo verzuimcoördinator where the demo set has one, else one per vestiging.
  const vestigingen = await q(
    `SELECT v.id, v.instelling_id, v.naam, v.postcode, i.naam AS instelling FROM vestiging v JOIN instelling i ON i.id = v.instelling_id ORDER BY v.naam`,
  );
  const schoolDemo = new Map(
    (
      await q(
        `SELECT l.vestiging_id, g.id, g.naam, g.email FROM lidmaatschap l JOIN gebruiker g ON g.id = l.gebruiker_id WHERE l.rol = 'school-verzuimcoordinator' AND g.email LIKE 'verzuim@%.demo'`,
      )
    ).map((r) => [r.vestiging_id, r]),
  );
  for (const v of vestigingen) {
    const pc4 = Number(v.postcode.slice(0, 4));
    v.regio = regioVan.get(pc4) ?? null;
    const d = schoolDemo.get(v.id);
    if (d) Object.assign(v, { melderId: d.id, melderNaam: d.naam, melderEmail: d.email, demo: true });
    else {
      const r = regios.find((x) => x.id === v.regio) ?? regios[0];
      const u = nieuweGebruiker({ slug: slug(v.instelling) }, 'school-verzuimcoordinator', { vestiging: v.id });
      Object.assign(v, { melderId: u.id, melderNaam: u.naam, melderEmail: `verzuim.${slug(v.naam)}@${r.slug}.demo` });
    }
  }
  await copyLines(client, 'gebruiker', ['id', 'email', 'naam', 'wachtwoord_hash', 'aangemaakt_op'], gebruikers);
  await copyLines(client, 'lidmaatschap', ['id', 'gebruiker_id', 'rol', 'regio_id', 'organisatie_id', 'vestiging_id'], leden);

  // Students of a region attend its own vestigingen, some the neighbours' (the demo set's
  // cross-region vestigingen: ROC van Twente Almelo and Landstede Raalte serve both demo regions).
  const agendas = await q(
    `SELECT id, instelling_id, regio_ids FROM verzuimagenda WHERE status = 'vastgesteld' AND schooljaar = '2026-2027'`,
  );
  for (const [i, r] of regios.entries()) {
    const buren = new Set([regios[i - 1]?.id, regios[i + 1]?.id].filter(Boolean));
    r.vestigingen = vestigingen
      .map((v) => {
        let gewicht = v.regio === r.id ? 1 : buren.has(v.regio) ? 0.12 : 0;
        if (r.demo && v.demo) gewicht = v.regio === r.id ? 4 : 0.5;
        return {
          id: v.id,
          instellingId: v.instelling_id,
          melderId: v.melderId,
          melderNaam: v.melderNaam,
          melderEmail: v.melderEmail,
          gewicht,
        };
      })
      .filter((v) => v.gewicht > 0);
    if (!r.vestigingen.length) throw new Error(`region ${r.naam} has no vestiging`);
    r.agendas = Object.fromEntries(agendas.filter((a) => a.regio_ids.includes(r.id)).map((a) => [a.instelling_id, a.id]));
    r.naarRegios = S.overdrachtNaarRegio ? [...buren] : [];
  }
  log(
    `setup: ${regios.length} regions, ${gebruikers.length} new users, ${instRows.length} instellingen, ${vestRows.length} vestigingen`,
  );
  return regios.map(
    ({
      id,
      naam,
      slug: s,
      personen,
      bsnStart: b,
      pc4s,
      faseMix,
      historieDagen,
      orgs,
      team,
      partners,
      vestigingen: v,
      agendas: a,
      naarRegios,
    }) => ({
      id,
      naam,
      slug: s,
      personen,
      bsnStart: b,
      pc4s,
      faseMix,
      historieDagen,
      orgs,
      team,
      partners,
      vestigingen: v,
      agendas: a,
      naarRegios,
    }),
  );
}
