import { ALLE_GEMEENTEN_REF, IJSSEL_VECHT_GEMEENTEN, TWENTE_GEMEENTEN, type GemeenteRef } from './gemeenten';
import {
  STANDAARD_NORMEN,
  STANDAARD_REGIO_INSTELLINGEN,
  amsterdamDatum,
  plusDagen,
  type AgendaInhoud,
  type OrganisatieSoort,
  type Rol,
} from '@rmc/shared-domain';
import * as argon2 from 'argon2';
import { zetContext } from '@rmc/server-core';
import { DataSource, type EntityManager } from 'typeorm';
import { DEMO_INSTELLINGEN, DEMO_PERSONEN_IJSSEL_VECHT, DEMO_PERSONEN_TWENTE, type DemoPersoon } from './demo-data';

export const DEMO_WACHTWOORD = 'Demo-wachtwoord-2026!';

interface DemoRegio {
  slug: string;
  naam: string;
  contactgemeente: string;
  gemeenten: GemeenteRef[];
  personen: DemoPersoon[];
  /** The vestiging whose school accounts belong to this region's demo set. */
  schoolVestiging: string;
}

export const DEMO_REGIOS: DemoRegio[] = [
  {
    slug: 'ijssel-vecht',
    naam: 'IJssel-Vecht',
    contactgemeente: 'GM0193',
    gemeenten: IJSSEL_VECHT_GEMEENTEN,
    personen: DEMO_PERSONEN_IJSSEL_VECHT,
    schoolVestiging: 'landstede-zwolle',
  },
  {
    slug: 'twente',
    naam: 'Twente',
    contactgemeente: 'GM0153',
    gemeenten: TWENTE_GEMEENTEN,
    personen: DEMO_PERSONEN_TWENTE,
    schoolVestiging: 'rocvt-almelo',
  },
];

const ORGANISATIES: Array<{ soort: OrganisatieSoort; naam: (r: string) => string }> = [
  { soort: 'regio-team', naam: (r) => `RMC-team ${r}` },
  { soort: 'leerplicht', naam: (r) => `Leerplicht ${r}` },
  { soort: 'werk-en-inkomen', naam: (r) => `Werk & Inkomen ${r}` },
  { soort: 'wijkteam', naam: (r) => `Wijkteam ${r}` },
  { soort: 'jeugdhulp', naam: (r) => `Jeugdhulp ${r}` },
];

/** One demo account per role per region (docs/demo-accounts.md lists them). */
export const DEMO_ACCOUNTS: Array<{ prefix: string; rol: Rol; soort: OrganisatieSoort | 'vestiging'; naam: string }> = [
  { prefix: 'coordinator', rol: 'regio-coordinator', soort: 'regio-team', naam: 'Coördinator' },
  { prefix: 'consulent', rol: 'regio-consulent', soort: 'regio-team', naam: 'Consulent' },
  { prefix: 'beleid', rol: 'beleidsmedewerker', soort: 'regio-team', naam: 'Beleidsmedewerker' },
  { prefix: 'leerplicht', rol: 'leerplichtambtenaar', soort: 'leerplicht', naam: 'Leerplichtambtenaar' },
  { prefix: 'wi', rol: 'wi-klantmanager', soort: 'werk-en-inkomen', naam: 'Klantmanager W&I' },
  { prefix: 'wijkteam', rol: 'wijkteam-medewerker', soort: 'wijkteam', naam: 'Wijkteammedewerker' },
  { prefix: 'jeugdhulp', rol: 'jeugdhulp-medewerker', soort: 'jeugdhulp', naam: 'Jeugdhulpmedewerker' },
  { prefix: 'verzuim', rol: 'school-verzuimcoordinator', soort: 'vestiging', naam: 'Verzuimcoördinator' },
  { prefix: 'mentor', rol: 'school-mentor', soort: 'vestiging', naam: 'Mentor' },
];
export const PLATFORM_ACCOUNT = 'platform@rmc.demo';
export const demoEmail = (prefix: string, slug: string) => `${prefix}@${slug}.demo`;

/** The seed's context through the tenancy service: a region (or none) as the platform, nothing else set. */
async function ctx(em: EntityManager, regioId: string | null, platform = false) {
  await zetContext(em, { regioId, platform });
}

/**
 * Loads reference data and the demo set. Runs as the APP role, through the same RLS policies as the
 * product (the seed gets no bypass). Idempotent: does nothing when the demo regions exist.
 */
export async function seedDemo(appDatabaseUrl: string): Promise<{ aangemaakt: boolean }> {
  const ds = new DataSource({ type: 'postgres', url: appDatabaseUrl });
  await ds.initialize();
  try {
    const [bestaand] = await ds.query(`SELECT 1 FROM regio WHERE naam = 'IJssel-Vecht'`);
    if (bestaand) return { aangemaakt: false };
    const hash = await argon2.hash(DEMO_WACHTWOORD, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await ds.transaction(async (em) => {
      await ctx(em, null, true);
      await seedReferentie(em);
      const vestigingen = await seedInstellingen(em);
      const platform = await em.query(
        `INSERT INTO gebruiker (email, naam, wachtwoord_hash) VALUES ($1, 'Platformbeheerder', $2) RETURNING id`,
        [PLATFORM_ACCOUNT, hash],
      );
      await em.query(`INSERT INTO lidmaatschap (gebruiker_id, rol) VALUES ($1, 'platform-beheerder')`, [platform[0].id]);
      for (const regio of DEMO_REGIOS) await seedRegio(em, regio, hash, vestigingen);
      await seedAgendas(em, vestigingen);
    });
    return { aangemaakt: true };
  } finally {
    await ds.destroy();
  }
}

export async function seedReferentie(em: EntityManager): Promise<void> {
  for (const g of ALLE_GEMEENTEN_REF) {
    await em.query(`INSERT INTO gemeente (code, naam) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING`, [g.code, g.naam]);
    const pc4s = g.pc4.flatMap(([van, tot]) => Array.from({ length: tot - van + 1 }, (_, i) => van + i));
    await em.query(`INSERT INTO pc4_gemeente (pc4, gemeente_code) SELECT unnest($1::int[]), $2 ON CONFLICT (pc4) DO NOTHING`, [
      pc4s,
      g.code,
    ]);
  }
}

async function seedInstellingen(em: EntityManager): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const inst of DEMO_INSTELLINGEN) {
    const [i] = await em.query(`INSERT INTO instelling (naam, brin) VALUES ($1, $2) RETURNING id`, [inst.naam, inst.brin]);
    for (const v of inst.vestigingen) {
      const [row] = await em.query(
        `INSERT INTO vestiging (instelling_id, naam, plaats, postcode) VALUES ($1, $2, $3, $4) RETURNING id`,
        [i.id, v.naam, v.plaats, v.postcode],
      );
      ids.set(v.key, row.id);
    }
  }
  return ids;
}

async function seedRegio(em: EntityManager, r: DemoRegio, hash: string, vestigingen: Map<string, string>) {
  const instellingen = { ...STANDAARD_REGIO_INSTELLINGEN, totpVerplicht: false };
  const [regio] = await em.query(
    `INSERT INTO regio (naam, contactgemeente_code, instellingen) VALUES ($1, $2, $3) RETURNING id`,
    [r.naam, r.contactgemeente, JSON.stringify(instellingen)],
  );
  await em.query(`UPDATE gemeente SET regio_id = $1 WHERE code = ANY($2)`, [regio.id, r.gemeenten.map((g) => g.code)]);
  await ctx(em, regio.id, true);
  const orgs = new Map<string, string>();
  const consulenten = new Map<string, string>();
  for (const o of ORGANISATIES) {
    const [row] = await em.query(
      `INSERT INTO organisatie (regio_id, naam, soort, gemeente_code) VALUES ($1, $2, $3, $4) RETURNING id`,
      [regio.id, o.naam(r.naam), o.soort, r.contactgemeente],
    );
    orgs.set(o.soort, row.id);
  }
  for (const a of DEMO_ACCOUNTS) {
    const [g] = await em.query(`INSERT INTO gebruiker (email, naam, wachtwoord_hash) VALUES ($1, $2, $3) RETURNING id`, [
      demoEmail(a.prefix, r.slug),
      `${a.naam} ${r.naam}`,
      hash,
    ]);
    consulenten.set(a.prefix, g.id);
    if (a.soort === 'vestiging')
      await em.query(`INSERT INTO lidmaatschap (gebruiker_id, rol, vestiging_id) VALUES ($1, $2, $3)`, [
        g.id,
        a.rol,
        vestigingen.get(r.schoolVestiging),
      ]);
    else
      await em.query(`INSERT INTO lidmaatschap (gebruiker_id, rol, regio_id, organisatie_id) VALUES ($1, $2, $3, $4)`, [
        g.id,
        a.rol,
        regio.id,
        orgs.get(a.soort),
      ]);
  }
  for (const p of r.personen) {
    const pc4 = Number(p.postcode.slice(0, 4));
    const [gm] = await em.query(`SELECT gemeente_code FROM pc4_gemeente WHERE pc4 = $1`, [pc4]);
    await em.query(
      `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon, email) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [regio.id, p.bsn, p.voornaam, p.achternaam, p.geboortedatum, p.postcode, gm?.gemeente_code ?? null, p.telefoon, p.email],
    );
  }
  if (r.slug === 'ijssel-vecht') await seedDemoJongere(em, regio.id, orgs, consulenten.get('consulent')!);
  await ctx(em, null, true);
}

/** The demo young person's login address (youth channel, docs/demo-accounts.md): e-mail + a code from the mail sink. */
export const DEMO_JONGERE_EMAIL = 'jongere@ijssel-vecht.demo';

/**
 * A young person of IJssel-Vecht who can log in to /jongere (issue 15): a case of the demo consulent with a
 * plan (two goals, an appointment next week), a contact moment, an action of their own and one of W&I,
 * a consent share with W&I they can withdraw, and an active youth account (no link: they ask for a code).
 * A person of their own (BSN outside the tests' 99… range), so no other demo person gets a case.
 */
async function seedDemoJongere(em: EntityManager, regioId: string, orgs: Map<string, string>, consulentId: string) {
  const vandaag = amsterdamDatum(new Date());
  const [p] = await em.query(
    `INSERT INTO persoon (regio_id, bsn, voornaam, achternaam, geboortedatum, postcode, gemeente_code, telefoon, email)
     SELECT $1, '111222011', 'Sanne', 'Visser', '2007-03-14', '8011 AB', gemeente_code, '06-12345678', $2 FROM pc4_gemeente WHERE pc4 = 8011
     RETURNING id`,
    [regioId, DEMO_JONGERE_EMAIL],
  );
  const plan = {
    doelen: [
      { omschrijving: 'Een opleiding in de zorg kiezen en me aanmelden.', status: 'open' },
      { omschrijving: 'Een bijbaan vinden voor de zomer.', status: 'open' },
    ],
    contactafspraken: [
      { met: 'jongere', afspraak: 'Gesprek op het RMC-kantoor in Zwolle.', volgendeDatum: plusDagen(vandaag, 7) },
      {
        met: 'partner',
        organisatieId: orgs.get('werk-en-inkomen'),
        afspraak: 'Intake bij Werk & Inkomen.',
        volgendeDatum: plusDagen(vandaag, 14),
      },
    ],
  };
  const [c] = await em.query(
    `INSERT INTO casus (regio_id, persoon_id, doelgroep, consulent_id, procesregie_id, fase, bron, plan) VALUES ($1, $2, 'nieuw-vsv', $3, $3, 'handelen', 'duo-lijst', $4) RETURNING id`,
    [regioId, p.id, consulentId, JSON.stringify(plan)],
  );
  await em.query(
    `INSERT INTO contactmoment (casus_id, regio_id, datum, vorm, uitkomst, notitie, door) VALUES ($1, $2, $3, 'telefoon', 'contact', 'Kennismaking; afspraak gemaakt voor een gesprek.', $4)`,
    [c.id, regioId, plusDagen(vandaag, -3), consulentId],
  );
  await em.query(
    `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_jongere, deadline) VALUES ($1, $2, 'De open dag van het ROC bezoeken.', true, $3)`,
    [c.id, regioId, plusDagen(vandaag, 10)],
  );
  await em.query(
    `INSERT INTO plan_actie (casus_id, regio_id, omschrijving, eigenaar_organisatie_id, deadline) VALUES ($1, $2, 'Uitkering en bijbaan bespreken.', $3, $4)`,
    [c.id, regioId, orgs.get('werk-en-inkomen'), plusDagen(vandaag, 14)],
  );
  await em.query(
    `INSERT INTO casus_deling (casus_id, regio_id, organisatie_id, grondslag, toestemming, doel, secties, eind_datum, aangemaakt_door)
     VALUES ($1, $2, $3, 'toestemming', $4, 'Samen werken aan inkomen en een bijbaan', '{basis,acties}', $5, $6)`,
    [
      c.id,
      regioId,
      orgs.get('werk-en-inkomen'),
      JSON.stringify({ datum: vandaag, reikwijdte: 'Werk en inkomen', verlooptOp: plusDagen(vandaag, 180) }),
      plusDagen(vandaag, 180),
      consulentId,
    ],
  );
  await em.query(`INSERT INTO jongere_account (persoon_id, regio_id, email, uitgenodigd_door) VALUES ($1, $2, $3, $4)`, [
    p.id,
    regioId,
    DEMO_JONGERE_EMAIL,
    consulentId,
  ]);
}

/**
 * Vastgestelde verzuimagenda's 2026-2027: Landstede MBO with both demo regions (its Raalte students come
 * from Twente too), ROC van Twente with Twente only (the isolation sweep uses it as the other side's record).
 */
async function seedAgendas(em: EntityManager, vestigingen: Map<string, string>) {
  const id = async (sql: string, param: string) => ((await em.query(sql, [param])) as Array<{ id: string }>)[0].id;
  const regio = (naam: string) => id(`SELECT id FROM regio WHERE naam = $1`, naam);
  const gebruiker = (email: string) => id(`SELECT id FROM gebruiker WHERE email = $1`, email);
  const agendas = [
    {
      instelling: 'landstede',
      regios: ['IJssel-Vecht', 'Twente'],
      akkoord: {
        instelling: 'verzuim@ijssel-vecht.demo',
        'IJssel-Vecht': 'coordinator@ijssel-vecht.demo',
        Twente: 'coordinator@twente.demo',
      },
    },
    {
      instelling: 'roc-van-twente',
      regios: ['Twente'],
      akkoord: { instelling: 'verzuim@twente.demo', Twente: 'coordinator@twente.demo' },
    },
  ];
  for (const a of agendas) {
    const ref = DEMO_INSTELLINGEN.find((i) => i.key === a.instelling)!;
    const instellingId = await id(`SELECT id FROM instelling WHERE brin = $1`, ref.brin);
    const regioIds = await Promise.all(a.regios.map(regio));
    const goedkeuringen: Record<string, { op: string; door: string; doorNaam: string }> = {};
    for (const [partij, email] of Object.entries(a.akkoord)) {
      const door = await gebruiker(email);
      const [g] = await em.query(`SELECT naam FROM gebruiker WHERE id = $1`, [door]);
      goedkeuringen[partij === 'instelling' ? 'instelling' : regioIds[a.regios.indexOf(partij)]] = {
        op: '2026-07-01T10:00:00.000Z',
        door,
        doorNaam: g.naam,
      };
    }
    const inhoud: AgendaInhoud = {
      normen: STANDAARD_NORMEN,
      contactpersonen: ref.vestigingen.map((v) => ({
        vestigingId: vestigingen.get(v.key)!,
        schoolContact: `Verzuimcoördinator ${v.naam}`,
        regioContact: `RMC-team ${a.regios.length > 1 && v.plaats === 'Raalte' ? a.regios.join(' / ') : a.regios[0]}`,
      })),
      preventie: {
        verzuimspreekuur: true,
        rmcOpLocatie: 'Eén dagdeel per week op elke vestiging.',
        overig: 'Gezamenlijke casuïstiekbespreking per periode.',
      },
      startoverleg: 'September: startoverleg met alle partijen.',
    };
    // RLS: the agenda is written in the instelling's context.
    await zetContext(em, { platform: true, instellingId });
    await em.query(
      `INSERT INTO verzuimagenda (instelling_id, schooljaar, status, inhoud, regio_ids, goedkeuringen, vastgesteld_op) VALUES ($1, '2026-2027', 'vastgesteld', $2, $3::uuid[], $4, '2026-07-01T10:00:00Z')`,
      [instellingId, JSON.stringify(inhoud), regioIds, JSON.stringify(goedkeuringen)],
    );
  }
  await ctx(em, null, true);
}
