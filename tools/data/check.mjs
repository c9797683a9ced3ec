// Checks a generated data set against the domain's rules (as the owner) and what the app sees through
// RLS (as the app role, tenant context set like the API does). Exit code 1 on any failure.
//   DATABASE_URL=... APP_DATABASE_URL=... node tools/data/check.mjs [--size demo]
import pg from 'pg';
import { domain } from './domain.mjs';
import { zomertijd } from './calendar.mjs';

const size = process.argv.includes('--size') ? process.argv[process.argv.indexOf('--size') + 1] : 'demo';
const ownerUrl = process.env.DATABASE_URL || `postgres://postgres@127.0.0.1:5432/rmc_${size}`;
let appUrl = process.env.APP_DATABASE_URL;
if (!appUrl) {
  const u = new URL(ownerUrl);
  u.username = 'rmc_app_demo';
  u.password = 'rmc-app-demo-wachtwoord';
  appUrl = u.toString();
}
const fouten = [];
const ok = (naam, goed, detail = '') => {
  console.log(`${goed ? 'ok  ' : 'FAIL'} ${naam}${detail ? `: ${detail}` : ''}`);
  if (!goed) fouten.push(naam);
};
const SAMPLE = 20_000;

const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
const q = async (sql, p) => (await owner.query(sql, p)).rows;
const vandaag = domain.amsterdamDatum(new Date());
const one = async (sql, p) => Number((await q(sql, p))[0].n);

// ── domain rules per phase (on a sample of cases) ──────────────────────────────────────────────────
await owner.query(`CREATE TEMP TABLE s AS SELECT id FROM casus ORDER BY id LIMIT ${SAMPLE}`);
const via = (fase) => `EXISTS (SELECT 1 FROM casus_fase_wijziging w WHERE w.casus_id = c.id AND w.van = '${fase}')`;
ok(
  'left waarnemen for analyseren ⇒ oordeel signalering "actie nodig"',
  (await one(
    `SELECT count(*) n FROM casus c JOIN s USING (id) WHERE EXISTS (SELECT 1 FROM casus_fase_wijziging w WHERE w.casus_id = c.id AND w.naar = 'analyseren') AND coalesce(c.oordeel_signalering->>'actieNodig', '') <> 'true'`,
  )) === 0,
);
ok(
  'reached plannen ⇒ intake and a scan',
  (await one(
    `SELECT count(*) n FROM casus c JOIN s USING (id) WHERE ${via('analyseren')} AND EXISTS (SELECT 1 FROM casus_fase_wijziging w WHERE w.casus_id = c.id AND w.naar = 'plannen') AND (c.intake IS NULL OR NOT EXISTS (SELECT 1 FROM levensdomein_scan l WHERE l.casus_id = c.id))`,
  )) === 0,
);
ok(
  'reached handelen ⇒ plan actions and procesregie',
  (await one(
    `SELECT count(*) n FROM casus c JOIN s USING (id) WHERE EXISTS (SELECT 1 FROM casus_fase_wijziging w WHERE w.casus_id = c.id AND w.naar = 'handelen') AND (c.procesregie_id IS NULL OR NOT EXISTS (SELECT 1 FROM plan_actie a WHERE a.casus_id = c.id))`,
  )) === 0,
);
const evals = await q(
  `SELECT c.evaluatie FROM casus c JOIN s USING (id) WHERE EXISTS (SELECT 1 FROM casus_fase_wijziging w WHERE w.casus_id = c.id AND w.van = 'evalueren' AND w.naar = 'afgesloten')`,
);
ok(
  'closed from evalueren ⇒ every evaluation question answered',
  evals.every((r) => domain.controleerEvaluatie(r.evaluatie) === null),
  `${evals.length} cases`,
);
ok(
  'closed ⇒ closing date and reason',
  (await one(
    `SELECT count(*) n FROM casus WHERE fase IN ('afgesloten', 'nazorg', 'beeindigd') AND (afgesloten_op IS NULL OR sluitreden IS NULL)`,
  )) === 0,
);
ok(
  'nazorg ⇒ nazorg_tot ahead and check-in tasks',
  (await one(
    `SELECT count(*) n FROM casus c WHERE fase = 'nazorg' AND (nazorg_tot < $1::date OR NOT EXISTS (SELECT 1 FROM nazorg_taak t WHERE t.casus_id = c.id))`,
    [vandaag],
  )) === 0,
);
ok(
  'open cases have a consulent of an RMC role',
  (await one(
    `SELECT count(*) n FROM casus c WHERE fase NOT IN ('afgesloten', 'nazorg', 'beeindigd') AND NOT EXISTS (SELECT 1 FROM lidmaatschap l WHERE l.gebruiker_id = c.consulent_id AND l.regio_id = c.regio_id AND l.rol IN ('regio-consulent', 'leerplichtambtenaar', 'regio-coordinator'))`,
  )) === 0,
);

// Every step of the recorded history is a step the routekaart allows, and the last one is the current phase.
const hist = await q(
  `SELECT c.id, c.fase, c.sluitreden, array_agg(w.naar ORDER BY w.op, w.van NULLS FIRST) AS pad FROM casus c JOIN s USING (id) JOIN casus_fase_wijziging w ON w.casus_id = c.id GROUP BY c.id`,
);
const feiten = (c) => ({
  oordeelSignalering: { actieNodig: true },
  intakeVastgelegd: true,
  aantalScans: 1,
  aantalPlanacties: 1,
  procesregieGezet: true,
  evaluatieVastgelegd: true,
  nazorgMaanden: 12,
  overgedragen: c.sluitreden === 'overgedragen',
});
const slecht = hist.filter(
  (c) =>
    c.pad.at(-1) !== c.fase || c.pad.slice(1).some((naar, i) => domain.controleerOvergang(c.pad[i], naar, feiten(c)) !== null),
);
ok(
  'phase history follows the routekaart and ends in the current phase',
  slecht.length === 0,
  `${hist.length} cases${slecht.length ? `, e.g. ${slecht[0].pad.join('→')} (${slecht[0].fase})` : ''}`,
);

// The generator's Amsterdam offsets (EU summer-time rule) agree with the domain's, every day 2019–2029.
let dstFout = 0;
for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
  const iso = new Date(t).toISOString().slice(0, 10);
  if ((domain.amsterdamTijdstip(iso, '12:00').getUTCHours() === 10) !== zomertijd(iso)) dstFout++;
}
ok('timestamps carry the Amsterdam offset of their day', dstFout === 0);

// Meldingen: werkdagen, deadlines by the agenda's norm, completeness, routing and test-range BSNs.
const meld = await q(
  `SELECT m.soort, m.gemeld_op_datum::text AS d, m.oppak_deadline::text AS dl, m.bsn, m.regio_id, g.regio_id AS route FROM melding m LEFT JOIN pc4_gemeente p ON p.pc4 = left(m.postcode, 4)::int LEFT JOIN gemeente g ON g.code = p.gemeente_code ORDER BY m.id LIMIT ${SAMPLE}`,
);
const norm = (s) => domain.STANDAARD_NORMEN.find((n) => n.soort === s);
ok(
  'meldingen filed on werkdagen',
  meld.every((m) => domain.isWerkdag(m.d)),
  `${meld.length} meldingen`,
);
ok(
  "pick-up deadline = filing date + the norm's werkdagen",
  meld.every((m) => m.dl === domain.plusWerkdagen(m.d, norm(m.soort).oppakTermijnWerkdagen)),
);
ok(
  "meldingen routed to the region of the student's PC4",
  meld.every((m) => m.regio_id === m.route),
);
ok(
  'BSNs from the test range (99…) passing the 11-proef',
  meld.every((m) => m.bsn.startsWith('99') && domain.isGeldigBsn(m.bsn)),
);
ok(
  'vervolgmelding points at an earlier melding of the same student and vestiging',
  (await one(
    `SELECT count(*) n FROM melding m WHERE soort = 'vervolgmelding' AND NOT EXISTS (SELECT 1 FROM melding v WHERE v.id = m.vorige_melding_id AND v.bsn = m.bsn AND v.vestiging_id = m.vestiging_id AND v.gemeld_op < m.gemeld_op)`,
  )) === 0,
);
ok(
  'ages 12–27 today',
  (await one(
    `SELECT count(*) n FROM persoon WHERE age($1::date, geboortedatum) NOT BETWEEN interval '12 years' AND interval '28 years'`,
    [vandaag],
  )) === 0,
);
ok(
  'active shares only with partner kinds, within their default slice',
  (await one(
    `SELECT count(*) n FROM casus_deling d JOIN organisatie o ON o.id = d.organisatie_id WHERE o.soort NOT IN ('werk-en-inkomen', 'wijkteam', 'jeugdhulp', 'ggd', 'overig')`,
  )) === 0,
);

// ── what the app sees through RLS (demo accounts) ──────────────────────────────────────────────────
const app = new pg.Client({ connectionString: appUrl });
await app.connect();
const acc = async (email) =>
  (
    await q(
      `SELECT g.id, l.rol, l.regio_id, l.organisatie_id, l.vestiging_id FROM gebruiker g JOIN lidmaatschap l ON l.gebruiker_id = g.id WHERE g.email = $1`,
      [email],
    )
  )[0];
async function alsApp(email, sql, params = []) {
  const a = await acc(email);
  await app.query('BEGIN');
  try {
    await app.query(
      `SELECT set_config('app.regio_id', $1, true), set_config('app.rol', $2, true), set_config('app.gebruiker_id', $3, true), set_config('app.organisatie_id', $4, true), set_config('app.vestiging_id', $5, true)`,
      [a.regio_id ?? '', a.rol, a.id, a.organisatie_id ?? '', a.vestiging_id ?? ''],
    );
    return Number((await app.query(sql, params)).rows[0].n);
  } finally {
    await app.query('ROLLBACK');
  }
}
const OPEN = `('waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren')`;
for (const slug of ['ijssel-vecht', 'twente']) {
  const eigen = await alsApp(
    `consulent@${slug}.demo`,
    `SELECT count(*) n FROM casus WHERE consulent_id = app_gebruiker() AND fase IN ${OPEN}`,
  );
  ok(`${slug}: the demo consulent's open caseload through RLS`, eigen >= 20 && eigen <= 120, `${eigen} open cases`);
  const andere = await alsApp(`consulent@${slug}.demo`, `SELECT count(*) n FROM casus WHERE regio_id <> app_regio()`);
  ok(`${slug}: no case of another region visible`, andere === 0);
  const triage = await alsApp(
    `coordinator@${slug}.demo`,
    `SELECT count(*) n FROM melding WHERE status IN ('ontvangen', 'aanvulling-gevraagd')`,
  );
  const teLaat = await alsApp(
    `coordinator@${slug}.demo`,
    `SELECT count(*) n FROM melding WHERE status IN ('ontvangen', 'aanvulling-gevraagd') AND opgepakt_op IS NULL AND oppak_deadline < app_vandaag()`,
  );
  ok(
    `${slug}: triage queue with some meldingen past their pick-up deadline`,
    triage >= 10 && teLaat >= 1,
    `${triage} waiting, ${teLaat} overdue`,
  );
  const overleg = await alsApp(
    `coordinator@${slug}.demo`,
    `SELECT count(*) n FROM overleg o WHERE o.start >= date_trunc('week', now()) - interval '7 days' AND o.start < date_trunc('week', now()) + interval '7 days'`,
  );
  ok(`${slug}: meetings this week and last`, overleg >= 2, `${overleg}`);
  const nazorg = await alsApp(
    `consulent@${slug}.demo`,
    `SELECT count(*) n FROM nazorg_taak t JOIN casus c ON c.id = t.casus_id WHERE t.afgerond_op IS NULL AND t.moment <= app_vandaag() AND c.regio_id = app_regio()`,
  );
  ok(`${slug}: nazorg check-ins due`, nazorg >= 1, `${nazorg}`);
  const wi = await alsApp(`wi@${slug}.demo`, `SELECT count(*) n FROM casus`);
  ok(
    `${slug}: W&I sees only cases shared with it`,
    wi >= 1 &&
      wi ===
        (await one(
          `SELECT count(DISTINCT d.casus_id) n FROM casus_deling d JOIN lidmaatschap l ON l.organisatie_id = d.organisatie_id JOIN gebruiker g ON g.id = l.gebruiker_id WHERE g.email = $1 AND d.ingetrokken_op IS NULL AND d.eind_datum >= $2::date`,
          [`wi@${slug}.demo`, vandaag],
        )),
    `${wi}`,
  );
  const school = await alsApp(
    `verzuim@${slug}.demo`,
    `SELECT count(*) n FROM melding WHERE gemeld_op_datum >= app_vandaag() - 365`,
  );
  ok(`${slug}: the demo school has a year of meldingen`, school >= 50, `${school}`);
  const naleving = await alsApp(
    `beleid@${slug}.demo`,
    `SELECT count(*) n FROM compliance_meldingen(app_vandaag() - 365, app_vandaag())`,
  );
  ok(`${slug}: naleving figures for the beleidsmedewerker`, naleving >= 50, `${naleving}`);
}
await app.end();
await owner.end();
console.log(fouten.length ? `\n${fouten.length} check(s) failed` : '\nall checks passed');
process.exit(fouten.length ? 1 : 0);
