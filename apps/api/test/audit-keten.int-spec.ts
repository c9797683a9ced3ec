import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Pool, type PoolClient } from 'pg';
import { testEnv } from './support/env';
import { startWorkerProcess, waitFor } from './support/processes';

/**
 * The tamper-evident audit log (ADR 0015): rows are sealed per region into a hash chain after they
 * are written; `npm run audit:verify` recomputes every chain in Node and names the first broken link.
 * Tampering is done as the superuser, who can do anything: the chain makes it visible.
 */
const ROOT = resolve(__dirname, '../../..');
const NUL = '00000000-0000-0000-0000-000000000000';

interface Keten {
  keten: string;
  verzegeld: number;
  onverzegeld: { aantal: number; eersteId: string | null };
  kop: { volgnr: number; hash: string | null };
  breuk: { id: string | null; volgnr: number | null; reden: string } | null;
}
interface Verslag {
  intact: boolean;
  ketens: Keten[];
  verzegeld: number;
  onverzegeld: number;
}

describe('tamper-evident audit log', () => {
  const env = testEnv();
  const su = new Pool({ connectionString: env.vars.DATABASE_URL, max: 2 });
  const app = new Pool({ connectionString: env.vars.APP_DATABASE_URL, max: 3 });
  let ijv: string;
  let twente: string;

  const verify = (...args: string[]) =>
    new Promise<{ code: number; verslag: Verslag }>((done, fail) => {
      execFile(
        process.execPath,
        [resolve(ROOT, 'tools/ops/audit-verify.mjs'), '--json', ...args],
        { env: { ...process.env, DATABASE_URL: env.vars.DATABASE_URL } },
        (err, stdout, stderr) => {
          const code = err ? Number((err as { code?: number }).code ?? 2) : 0;
          if (code === 2) return fail(new Error(`audit-verify: ${stderr}`));
          done({ code, verslag: JSON.parse(stdout) });
        },
      );
    });
  const keten = (v: Verslag, id: string) => v.ketens.find((k) => k.keten === id);

  /** Writes audit rows as the app role, as the API does (own region or none). */
  async function schrijf(
    c: PoolClient,
    regioId: string | null,
    doel: string,
    extra: { subjectIds?: string[] | null; pseudos?: (string | null)[] | null } = {},
  ): Promise<string> {
    await c.query(`SELECT set_config('app.regio_id', $1, true)`, [regioId ?? '']);
    // The app role may not read audit_log, so no RETURNING: the id is drawn first.
    const [{ id }] = (await c.query(`SELECT nextval('audit_log_id_seq')::text AS id`)).rows;
    await c.query(
      `INSERT INTO audit_log (id, regio_id, actie, subject_type, subject_id, doel, resultaat, herkomst, subject_ids, persoon_pseudos)
       VALUES ($1, $2, 'read', 'Casus', 'c-1', $3, 'toegestaan', 'api', $4::text[], $5::text[])`,
      [id, regioId, doel, extra.subjectIds ?? null, extra.pseudos ?? null],
    );
    return id;
  }
  async function alsApp<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    const c = await app.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    } finally {
      c.release();
    }
  }
  const verzegel = async (pool: Pool = app, max = 5000) =>
    (await pool.query(`SELECT keten::text, verzegeld, volgnr::int, hash FROM audit_verzegel($1)`, [max])).rows;

  beforeAll(async () => {
    const r = await su.query(`SELECT id, naam FROM regio`);
    ijv = r.rows.find((x) => x.naam === 'IJssel-Vecht').id;
    twente = r.rows.find((x) => x.naam === 'Twente').id;
    // Awkward values: separators, quotes, non-ASCII, arrays with commas, quotes and NULL elements.
    await alsApp(async (c) => {
      for (let i = 0; i < 30; i++) await schrijf(c, i % 3 === 0 ? ijv : i % 3 === 1 ? twente : null, `doel ${i}`);
      await schrijf(c, ijv, 'a|b:c~"d"\\e', { subjectIds: ['x,y', 'q"r', 'é 🙂'], pseudos: ['p1', null] });
      await schrijf(c, twente, 'ë\ttab\nnewline', { subjectIds: [], pseudos: ['{}', 'NULL'] });
    });
  });
  afterAll(async () => {
    await su.end();
    await app.end();
  });

  it('the app role inserts only: no chain columns on insert, no UPDATE, no SELECT; it may start a seal', async () => {
    await expect(
      alsApp(async (c) => {
        await c.query(`SELECT set_config('app.regio_id', $1, true)`, [ijv]);
        await c.query(
          `INSERT INTO audit_log (regio_id, actie, subject_type, doel, resultaat, keten_volgnr, keten_hash) VALUES ($1, 'read', 'T', 't', 'toegestaan', 1, '\\x00')`,
          [ijv],
        );
      }),
    ).rejects.toThrow(/row-level security/);
    await expect(app.query(`UPDATE audit_log SET keten_hash = NULL`)).rejects.toThrow(/permission denied/);
    await expect(app.query(`SELECT keten_hash FROM audit_log LIMIT 1`)).rejects.toThrow(/permission denied/);
    await expect(verzegel()).resolves.toBeInstanceOf(Array);
  });

  it('seals every chain in id order; verify says intact; a second seal changes nothing', async () => {
    await verzegel();
    const eerst = await verify();
    expect(eerst.code).toBe(0);
    expect(eerst.verslag.intact).toBe(true);
    expect(eerst.verslag.onverzegeld).toBe(0);
    for (const id of [ijv, twente, NUL]) expect(keten(eerst.verslag, id)?.verzegeld).toBeGreaterThanOrEqual(10);
    const { rows } = await su.query(`SELECT id, keten_volgnr FROM audit_log WHERE regio_id = $1 ORDER BY id`, [twente]);
    expect(rows.map((r) => Number(r.keten_volgnr))).toEqual(rows.map((_, i) => i + 1));
    expect(await verzegel()).toEqual([]);
    expect((await verify()).verslag.ketens).toEqual(eerst.verslag.ketens);
  });

  it('rows not yet sealed are reported as such, not as a break; the next seal appends them', async () => {
    await alsApp(async (c) => {
      await schrijf(c, ijv, 'later 1');
      await schrijf(c, ijv, 'later 2');
    });
    const v = await verify();
    expect(v.code).toBe(0);
    expect(keten(v.verslag, ijv)?.onverzegeld.aantal).toBe(2);
    expect(keten(v.verslag, ijv)?.breuk).toBeNull();
    await verzegel();
    expect((await verify()).verslag.onverzegeld).toBe(0);
  });

  it('a row that commits after a later id was sealed joins the chain at its end', async () => {
    const laat = await app.connect();
    try {
      await laat.query('BEGIN');
      const laatId = await schrijf(laat, twente, 'lange transactie');
      const vroegId = await alsApp((c) => schrijf(c, twente, 'korte transactie'));
      expect(Number(vroegId)).toBeGreaterThan(Number(laatId));
      await verzegel();
      await laat.query('COMMIT');
      await verzegel();
      const { rows } = await su.query(
        `SELECT id::text, keten_volgnr::int AS nr FROM audit_log WHERE id = ANY($1::bigint[]) ORDER BY keten_volgnr`,
        [[laatId, vroegId]],
      );
      expect(rows.map((r) => r.id)).toEqual([vroegId, laatId]);
      const v = await verify();
      expect(v.code).toBe(0);
    } finally {
      laat.release();
    }
  });

  it('two sealers at once: every row sealed exactly once, the chains stay intact', async () => {
    await alsApp(async (c) => {
      for (let i = 0; i < 300; i++) await schrijf(c, [ijv, twente, null][i % 3], `gelijktijdig ${i}`);
    });
    const tweede = new Pool({ connectionString: env.vars.APP_DATABASE_URL, max: 2 });
    try {
      await Promise.all([verzegel(app, 20), verzegel(tweede, 20), verzegel(app, 20), verzegel(tweede, 20)]);
      while ((await verzegel(app, 50)).length) {
        /* until everything is sealed */
      }
    } finally {
      await tweede.end();
    }
    const v = await verify();
    expect(v.code).toBe(0);
    expect(v.verslag.onverzegeld).toBe(0);
  });

  it('the worker seals on its own: one audit-verzegel job scheduler', async () => {
    await alsApp(async (c) => {
      for (let i = 0; i < 20; i++) await schrijf(c, i % 2 ? ijv : twente, `worker ${i}`);
    });
    expect((await verify()).verslag.onverzegeld).toBeGreaterThanOrEqual(20);
    const worker = startWorkerProcess({ WORKER_AUDIT_MS: '500' });
    try {
      const v = await waitFor(
        'the worker sealed every row',
        async () => {
          const r = await verify();
          return r.verslag.onverzegeld === 0 && r;
        },
        30_000,
        500,
      );
      expect(v.code).toBe(0);
    } finally {
      worker.kill('SIGTERM');
      await new Promise((done) => worker.once('exit', done));
    }
  });

  describe('tampering (as the superuser) is found, at the first broken link', () => {
    let rijen: Array<{ id: string; nr: number }>;
    beforeAll(async () => {
      rijen = (
        await su.query(
          `SELECT id::text, keten_volgnr::int AS nr FROM audit_log WHERE regio_id = $1 AND keten_volgnr IS NOT NULL ORDER BY keten_volgnr`,
          [ijv],
        )
      ).rows;
      expect(rijen.length).toBeGreaterThan(10);
    });
    // The row as it was (microseconds included), to put back after the case.
    const bewaar = async (id: string) => {
      await su.query(`DROP TABLE IF EXISTS audit_bewaard; CREATE TABLE audit_bewaard (LIKE audit_log)`);
      await su.query(`INSERT INTO audit_bewaard SELECT * FROM audit_log WHERE id = $1`, [id]);
    };
    const terugzetten = () => su.query(`INSERT INTO audit_log SELECT * FROM audit_bewaard; DROP TABLE audit_bewaard`);
    afterEach(async () => {
      // Every case undoes its tampering: the chain is intact again, so the next case starts clean.
      expect((await verify()).code).toBe(0);
    });

    it('a changed purpose', async () => {
      const doelwit = rijen[4];
      const [{ doel }] = (await su.query(`SELECT doel FROM audit_log WHERE id = $1`, [doelwit.id])).rows;
      await su.query(`UPDATE audit_log SET doel = 'iets anders' WHERE id = $1`, [doelwit.id]);
      const v = await verify();
      expect(v.code).toBe(1);
      expect(v.verslag.intact).toBe(false);
      expect(keten(v.verslag, ijv)?.breuk).toEqual({
        id: doelwit.id,
        volgnr: doelwit.nr,
        reden: expect.stringMatching(/hash does not match/),
      });
      expect(keten(v.verslag, twente)?.breuk).toBeNull();
      await su.query(`UPDATE audit_log SET doel = $2 WHERE id = $1`, [doelwit.id, doel]);
    });

    it('a deleted row: the next row names the gap', async () => {
      const doelwit = rijen[6];
      await bewaar(doelwit.id);
      await su.query(`DELETE FROM audit_log WHERE id = $1`, [doelwit.id]);
      const v = await verify();
      expect(v.code).toBe(1);
      expect(keten(v.verslag, ijv)?.breuk).toEqual({
        id: rijen[7].id,
        volgnr: doelwit.nr,
        reden: expect.stringMatching(/missing/),
      });
      await terugzetten();
    });

    it('two rows swapped in the chain', async () => {
      const [a, b] = [rijen[2], rijen[3]];
      const wissel = async () =>
        su.query(`UPDATE audit_log SET keten_volgnr = CASE id WHEN $1 THEN $4::bigint ELSE $3::bigint END WHERE id IN ($1, $2)`, [
          a.id,
          b.id,
          a.nr,
          b.nr,
        ]);
      await su.query(`UPDATE audit_log SET keten_volgnr = -keten_volgnr WHERE id IN ($1, $2)`, [a.id, b.id]);
      await wissel();
      const v = await verify();
      expect(v.code).toBe(1);
      expect(keten(v.verslag, ijv)?.breuk).toEqual({
        id: b.id,
        volgnr: a.nr,
        reden: expect.stringMatching(/hash does not match/),
      });
      await su.query(`UPDATE audit_log SET keten_volgnr = -keten_volgnr WHERE id IN ($1, $2)`, [a.id, b.id]);
      await su.query(
        `UPDATE audit_log SET keten_volgnr = CASE id WHEN $1 THEN $3::bigint ELSE $4::bigint END WHERE id IN ($1, $2)`,
        [a.id, b.id, a.nr, b.nr],
      );
    });

    it('rows cut off at the end: found against a recorded anchor', async () => {
      const anker = join(tmpdir(), `rmc-audit-anker-${process.pid}.json`);
      await verify('--koppen-uit', anker);
      const laatste = rijen[rijen.length - 1];
      await bewaar(laatste.id);
      await su.query(`DELETE FROM audit_log WHERE id = $1`, [laatste.id]);
      expect((await verify()).code).toBe(0); // Without an anchor the shorter chain looks whole.
      const v = await verify('--anker', anker);
      expect(v.code).toBe(1);
      expect(keten(v.verslag, ijv)?.breuk).toEqual({
        id: null,
        volgnr: laatste.nr,
        reden: expect.stringMatching(/before the recorded anchor/),
      });
      await terugzetten();
      expect((await verify('--anker', anker)).code).toBe(0);
      rmSync(anker, { force: true });
    });
  });
});
