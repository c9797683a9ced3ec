import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/**
 * National scale, part 1: RLS that the planner can see through, and the indexes the policies need.
 *
 * 1. Every session function in every policy becomes an uncorrelated sub-select `(SELECT app_x())`:
 *    PostgreSQL evaluates it once per statement (an InitPlan) instead of once per row, and for an RMC
 *    role the `(SELECT app_is_rmc()) OR …` short-circuits before any per-row work.
 * 2. `casus_gedeeld_met_mij(id)` (a sub-query per row) becomes `id = ANY((SELECT app_gedeelde_casussen())::uuid[])`:
 *    the partner's active shares are read once per request by the session resolution and passed in
 *    `app.casussen`; without that setting (worker, seed) the function reads them from casus_deling,
 *    still once per statement.
 * 3. The session functions are marked PARALLEL SAFE, and LEAKPROOF where the migrating role may
 *    (superuser only; they read settings, never row data).
 * 4. Indexes on every foreign key to casus that a case page or a caseload row reads through.
 * 5. A list read is audited as one row per request: `subject_ids` and `persoon_pseudos` carry what
 *    was shown; `audit_inzage` finds a person in both forms.
 * 6. Identity in one statement: `sessie_actor` resolves token → session → membership → a partner's
 *    shares and records the activity (at most every `p_bijwerken_na`), one round trip on one pooled
 *    connection before the request's own transaction. It runs as the app role under RLS; the context it
 *    sets for its own reads is cleared before it returns.
 */
const SESSIE_FUNCTIES = [
  'app_regio',
  'app_gebruiker',
  'app_platform',
  'app_vestiging',
  'app_instelling',
  'app_is_rmc',
  'app_rol_leeg',
  'app_organisatie',
  'app_vandaag',
];

/** Rewrites one policy expression (pg_get_expr text) for the planner. Exported for its unit test. */
export function planbaar(expr: string): string {
  return expr
    .replace(/(?:public\.)?casus_gedeeld_met_mij\(([a-z_.]+)\)/g, '($1 = ANY ((SELECT app_gedeelde_casussen())::uuid[]))')
    .replace(new RegExp(`(?<!SELECT )(?:public\\.)?\\b(${SESSIE_FUNCTIES.join('|')})\\(\\)`, 'g'), '(SELECT $1())');
}

/** The inverse of `planbaar` on what pg_get_expr prints back (`( SELECT app_regio() AS app_regio)`). */
export function terug(expr: string): string {
  return expr
    .replace(
      /\(([a-z_.]+) = ANY \(\( SELECT (?:public\.)?app_gedeelde_casussen\(\) AS app_gedeelde_casussen\)::uuid\[\]\)\)/g,
      'casus_gedeeld_met_mij($1)',
    )
    .replace(new RegExp(`\\( SELECT (?:public\\.)?(${SESSIE_FUNCTIES.join('|')})\\(\\) AS \\w+\\)`, 'g'), '$1()');
}

const INDEXEN = [
  `CREATE INDEX IF NOT EXISTS plan_actie_casus_idx ON plan_actie (casus_id, deadline) WHERE status = 'open'`,
  `CREATE INDEX IF NOT EXISTS plan_actie_casus_alle_idx ON plan_actie (casus_id)`,
  `CREATE INDEX IF NOT EXISTS contactmoment_casus_idx ON contactmoment (casus_id, datum DESC)`,
  `CREATE INDEX IF NOT EXISTS levensdomein_scan_casus_idx ON levensdomein_scan (casus_id)`,
  `CREATE INDEX IF NOT EXISTS partner_notitie_casus_idx ON partner_notitie (casus_id)`,
  `CREATE INDEX IF NOT EXISTS melding_casus_idx ON melding (casus_id) WHERE casus_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS overdracht_casus_idx ON overdracht (casus_id)`,
  `CREATE INDEX IF NOT EXISTS overdracht_naar_regio_idx ON overdracht (naar_regio_id) WHERE naar_regio_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS agendapunt_casus_idx ON agendapunt (casus_id)`,
  `CREATE INDEX IF NOT EXISTS agendapunt_overleg_idx ON agendapunt (overleg_id)`,
  `CREATE INDEX IF NOT EXISTS deling_machtiging_casus_idx ON deling_machtiging (casus_id)`,
  `CREATE INDEX IF NOT EXISTS plan_actie_status_actie_idx ON plan_actie_status (actie_id)`,
  `CREATE INDEX IF NOT EXISTS plan_actie_eigenaar_idx ON plan_actie (eigenaar_gebruiker_id, deadline) WHERE status = 'open' AND eigenaar_gebruiker_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS plan_actie_overleg_idx ON plan_actie (overleg_id) WHERE overleg_id IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS overleg_deelnemer_overleg_idx ON overleg_deelnemer (overleg_id)`,
  `CREATE INDEX IF NOT EXISTS overleg_regio_idx ON overleg (regio_id, start)`,
  `CREATE INDEX IF NOT EXISTS casus_deling_org_actief_idx ON casus_deling (organisatie_id, casus_id) WHERE ingetrokken_op IS NULL`,
  `CREATE INDEX IF NOT EXISTS lidmaatschap_gebruiker_idx ON lidmaatschap (gebruiker_id) WHERE actief`,
  `CREATE INDEX IF NOT EXISTS audit_log_pseudos_idx ON audit_log USING gin (persoon_pseudos) WHERE persoon_pseudos IS NOT NULL`,
  `CREATE INDEX IF NOT EXISTS audit_log_subject_ids_idx ON audit_log USING gin (subject_ids) WHERE subject_ids IS NOT NULL`,
];

const SESSIE_ACTOR = `
  CREATE FUNCTION sessie_actor(p_hash text, p_nu timestamptz, p_partner_rollen text[], p_bijwerken_na interval)
    RETURNS jsonb LANGUAGE plpgsql VOLATILE SET search_path = public AS $f$
  DECLARE
    v_s record;
    v_l record;
    v_d jsonb;
    v_ok boolean;
  BEGIN
    SELECT s.id, s.gebruiker_id, s.lidmaatschap_id, s.aangemaakt_op, s.laatst_actief_op, s.inactief_minuten, s.max_uren,
           g.naam, g.email, g.totp_actief
      INTO v_s
      FROM sessie s
      JOIN gebruiker g ON g.id = s.gebruiker_id
     WHERE s.token_hash = p_hash
       AND s.ingetrokken_op IS NULL
       AND g.actief;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
    PERFORM set_config('app.gebruiker_id', v_s.gebruiker_id::text, true);
    SELECT l.id, l.rol, l.regio_id, l.organisatie_id, l.vestiging_id, v.instelling_id, r.instellingen, r.actief AS regio_actief
      INTO v_l
      FROM lidmaatschap l
      LEFT JOIN regio r ON r.id = l.regio_id
      LEFT JOIN vestiging v ON v.id = l.vestiging_id
     WHERE l.gebruiker_id = v_s.gebruiker_id
       AND l.actief
       AND l.id = v_s.lidmaatschap_id;
    v_ok := FOUND;
    IF v_ok THEN
      v_ok := v_l.regio_actief IS NOT FALSE;
    END IF;
    IF v_ok THEN
      IF p_nu < least(v_s.laatst_actief_op + make_interval(mins => v_s.inactief_minuten), v_s.aangemaakt_op + make_interval(hours => v_s.max_uren))
         AND v_s.laatst_actief_op <= p_nu - p_bijwerken_na THEN
        UPDATE sessie SET laatst_actief_op = p_nu WHERE id = v_s.id;
      END IF;
      IF v_l.rol = ANY (p_partner_rollen) THEN
        PERFORM set_config('app.regio_id', v_l.regio_id::text, true),
                set_config('app.organisatie_id', v_l.organisatie_id::text, true),
                set_config('app.rol', v_l.rol, true);
        SELECT coalesce(jsonb_agg(jsonb_build_object('casusId', d.casus_id, 'secties', d.secties)), '[]'::jsonb)
          INTO v_d
          FROM casus_deling d
         WHERE d.organisatie_id = v_l.organisatie_id
           AND d.ingetrokken_op IS NULL
           AND d.eind_datum >= app_vandaag();
      END IF;
    END IF;
    PERFORM set_config('app.gebruiker_id', '', true), set_config('app.regio_id', '', true),
            set_config('app.organisatie_id', '', true), set_config('app.rol', '', true);
    IF NOT v_ok THEN
      RETURN NULL;
    END IF;
    RETURN jsonb_build_object('sessie', to_jsonb(v_s), 'lid', to_jsonb(v_l), 'delingen', v_d);
  END
  $f$;
  REVOKE ALL ON FUNCTION sessie_actor(text, timestamptz, text[], interval) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION sessie_actor(text, timestamptz, text[], interval) TO ${APP_ROLE};
`;

export class RlsPlanner1734500000000 implements MigrationInterface {
  name = 'RlsPlanner1734500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_log ADD COLUMN subject_ids text[], ADD COLUMN persoon_pseudos text[];

      CREATE FUNCTION app_gedeelde_casussen() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS $f$
        SELECT CASE WHEN coalesce(current_setting('app.casussen', true), '') <> '' THEN current_setting('app.casussen', true)::uuid[]
                    ELSE ARRAY(SELECT d.casus_id FROM casus_deling d
                                WHERE d.organisatie_id = app_organisatie() AND d.ingetrokken_op IS NULL AND d.eind_datum >= app_vandaag()) END
      $f$;
      GRANT EXECUTE ON FUNCTION app_gedeelde_casussen() TO ${APP_ROLE};
    `);
    for (const f of SESSIE_FUNCTIES) await q.query(`ALTER FUNCTION ${f}() PARALLEL SAFE`);
    const [{ rolsuper }] = await q.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
    if (rolsuper) for (const f of SESSIE_FUNCTIES) await q.query(`ALTER FUNCTION ${f}() LEAKPROOF`);
    await this.herschrijf(q, planbaar);
    for (const sql of INDEXEN) await q.query(sql);
    await q.query(SESSIE_ACTOR);
    await q.query(`
      DROP FUNCTION audit_inzage(text);
      CREATE FUNCTION audit_inzage(p_pseudo text)
        RETURNS TABLE (tijdstip timestamptz, actor text, rol text, actie text, subject_type text, doel text, resultaat text, organisatie text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT a.tijdstip, g.naam, a.rol, a.actie, a.subject_type, a.doel, a.resultaat, o.naam
            FROM audit_log a
            LEFT JOIN gebruiker g ON g.id = a.actor_id
            LEFT JOIN organisatie o ON o.id = a.organisatie_id
           WHERE (a.persoon_pseudo = p_pseudo OR a.persoon_pseudos @> ARRAY[p_pseudo])
             AND a.regio_id = app_regio()
             AND app_is_rmc()
           ORDER BY a.tijdstip
        $f$;
      REVOKE ALL ON FUNCTION audit_inzage(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION audit_inzage(text) TO ${APP_ROLE};
    `);
  }

  /** ALTER POLICY for every policy whose expression changes; the policy names and commands stay. */
  private async herschrijf(q: QueryRunner, f: (e: string) => string): Promise<void> {
    const policies: Array<{ tabel: string; naam: string; qual: string | null; check: string | null }> = await q.query(`
      SELECT c.relname AS tabel, p.polname AS naam, pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS check
        FROM pg_policy p
        JOIN pg_class c ON c.oid = p.polrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public'`);
    for (const p of policies) {
      const delen: string[] = [];
      if (p.qual && f(p.qual) !== p.qual) delen.push(`USING (${f(p.qual)})`);
      if (p.check && f(p.check) !== p.check) delen.push(`WITH CHECK (${f(p.check)})`);
      if (delen.length) await q.query(`ALTER POLICY ${p.naam} ON ${p.tabel} ${delen.join(' ')}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION sessie_actor(text, timestamptz, text[], interval)`);
    await this.herschrijf(q, terug);
    for (const sql of INDEXEN) await q.query(`DROP INDEX IF EXISTS ${sql.split(' ')[5]}`);
    await q.query(
      `DROP FUNCTION app_gedeelde_casussen(); ALTER TABLE audit_log DROP COLUMN subject_ids, DROP COLUMN persoon_pseudos;`,
    );
  }
}
