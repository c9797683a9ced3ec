/**
 * Erasure coverage from the catalog (issue 10, part 3): every table that holds personal data — a
 * foreign key (directly or through another such table) to `persoon` or `casus`, or a column named `bsn`
 * — must be cleared by an erasure participant a context module registered (`wisDeelnemer(...)`,
 * libs/server/core/src/lib/persoonsgegevens/verwijderen.ts). A new table with a `casus_id` and no
 * participant fails here, not in production when an erasure leaves a copy behind (or a foreign key stops it).
 */
import { ERASURE_PARTICIPANTS, PersoonWisser, type WisDeelnemer } from '@rmc/server-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type TestApi } from './support/api';

/** Tables with personal data that erasure deliberately does not touch, with the reason. Keep it short. */
const NIET_GEWIST: Record<string, string> = {};

describe('erasure participants cover every table with personal data', () => {
  let api: TestApi;
  let deelnemers: WisDeelnemer[];
  let persoonlijk: Map<string, string>;
  let fks: Array<{ kind: string; ouder: string; actie: string }>;

  beforeAll(async () => {
    api = await startApi();
    deelnemers = api.app.get(PersoonWisser).deelnemers;
    const rijen = await api.su.query<{ tabel: string; reden: string }>(
      `WITH RECURSIVE fk AS (
         SELECT c.conrelid::regclass::text AS kind, c.confrelid::regclass::text AS ouder
           FROM pg_constraint c
          WHERE c.contype = 'f'
            AND c.connamespace = 'public'::regnamespace
       ), persoonlijk (tabel, reden) AS (
         SELECT t, 'zelf'
           FROM unnest(ARRAY['persoon', 'casus']) AS t
         UNION
         SELECT fk.kind, 'verwijst naar ' || fk.ouder
           FROM fk
           JOIN persoonlijk p ON p.tabel = fk.ouder
       )
       SELECT tabel, min(reden) AS reden
         FROM persoonlijk
        GROUP BY tabel
       UNION
       SELECT c.table_name, 'kolom bsn'
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public'
          AND c.column_name = 'bsn'
          AND t.table_type = 'BASE TABLE'`,
    );
    persoonlijk = new Map(rijen.rows.map((r) => [r.tabel, r.reden]));
    fks = (
      await api.su.query<{ kind: string; ouder: string; actie: string }>(
        `SELECT c.conrelid::regclass::text AS kind, c.confrelid::regclass::text AS ouder, c.confdeltype AS actie
           FROM pg_constraint c
          WHERE c.contype = 'f'
            AND c.connamespace = 'public'::regnamespace`,
      )
    ).rows;
  });
  afterAll(() => api?.close());

  it('finds the personal tables in the catalog (the query itself works)', () => {
    for (const t of ['persoon', 'casus', 'melding', 'plan_actie', 'plan_actie_status', 'agendapunt', 'nazorg_taak'])
      expect(persoonlijk.has(t)).toBe(true);
  });

  it('every context module registered its participants, in one fixed order', () => {
    // The runner orders by volgorde (unique); these participants of the contexts that exist since the
    // start keep their relative order (a new context adds its own participant anywhere in between).
    const volgorde = deelnemers.map((d) => `${d.volgorde}:${d.context}`);
    const bekend = ['0:nazorg', '10:casus', '20:overleg', '30:nazorg', '40:meldingen', '50:casus', '90:personen'];
    expect(volgorde.filter((v) => bekend.includes(v))).toEqual(bekend);
    expect(new Set(deelnemers.map((d) => d.volgorde)).size).toBe(deelnemers.length);
    // The token holds the same objects the runner uses (no second list).
    expect(new Set(api.app.get<WisDeelnemer[]>(ERASURE_PARTICIPANTS))).toEqual(new Set(deelnemers));
  });

  it('the worker registers the same erasure modules (retention erases too)', () => {
    const libs = join(__dirname, '..', '..', '..', 'libs', 'server');
    const modules = readdirSync(libs).flatMap((lib) => {
      let index = '';
      try {
        index = readFileSync(join(libs, lib, 'src', 'index.ts'), 'utf8');
      } catch {
        return [];
      }
      return [...index.matchAll(/\b([A-Z]\w*WissenModule)\b/g)].map((m) => m[1]!);
    });
    expect(modules.length).toBeGreaterThanOrEqual(5);
    const worker = readFileSync(join(__dirname, '..', '..', 'worker', 'src', 'worker.module.ts'), 'utf8');
    expect([...new Set(modules)].filter((m) => !new RegExp(`^\\s+${m},`, 'm').test(worker))).toEqual([]);
  });

  it('no table with personal data is left without a participant', () => {
    const gedekt = new Set(deelnemers.flatMap((d) => d.tabellen));
    const open = [...persoonlijk].filter(([t]) => !gedekt.has(t) && !(t in NIET_GEWIST)).map(([t, reden]) => `${t} (${reden})`);
    expect(open).toEqual([]);
  });

  it('participants only name tables that exist, and the exemptions are still needed', async () => {
    const bestaand = new Set(
      (await api.su.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)).rows.map(
        (r) => r.t,
      ),
    );
    expect(deelnemers.flatMap((d) => d.tabellen).filter((t) => !bestaand.has(t))).toEqual([]);
    expect(Object.keys(NIET_GEWIST).filter((t) => !persoonlijk.has(t))).toEqual([]);
  });

  it('children are cleared before their parents (every restricting foreign key between covered tables)', () => {
    const eerste = new Map<string, number>();
    const laatste = new Map<string, number>();
    for (const d of deelnemers)
      for (const t of d.tabellen) {
        eerste.set(t, Math.min(eerste.get(t) ?? Infinity, d.volgorde));
        laatste.set(t, Math.max(laatste.get(t) ?? -Infinity, d.volgorde));
      }
    // 'a' no action, 'r' restrict: the parent row cannot go while the child row is there.
    const fout = fks
      .filter((f) => f.kind !== f.ouder && (f.actie === 'a' || f.actie === 'r'))
      .filter((f) => eerste.has(f.kind) && laatste.has(f.ouder))
      .filter((f) => eerste.get(f.kind)! > laatste.get(f.ouder)!)
      .map((f) => `${f.kind} → ${f.ouder}`);
    expect(fout).toEqual([]);
  });
});
