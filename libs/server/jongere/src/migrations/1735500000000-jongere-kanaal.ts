import { APP_ROLE, forceRls, grant } from '@rmc/server-database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The person's own cases (one array per statement, like `app_gedeelde_casussen()`); empty outside a jongere session. */
const EIGEN_CASUS = `casus_id = ANY((SELECT app_jongere_casussen())::uuid[])`;
const REGIO = `regio_id = (SELECT app_regio())`;

/**
 * The young person's channel (issue 15 part 2, docs/jongere-kanaal.md).
 *
 * 1. `app_persoon()` reads `app.persoon_id`, set by `Db` only for a jongere session (role `jongere`).
 *    Empty means NULL: no other context ever matches a jongere policy.
 * 2. The slice: extra permissive policies (`<tabel>_jongere`) that admit the person's own rows only:
 *    their person row, their cases, the actions and shares of those cases (read); their own actions
 *    (`eigenaar_jongere`, update), their consents (update: withdrawal) and a message as a note (insert,
 *    without an author). Professionals' policies are unchanged; for them `app_persoon()` is NULL.
 * 3. Login tables (account, link, code, session): read by e-mail address or token hash before any
 *    context exists, like `gebruiker` and `sessie`: no RLS, grants cut to what the code uses.
 * 4. `jongere_afspraak_reactie`: the person's answers to an appointment (tenant data, RLS).
 * 5. `jongere_inzage(pseudo)`: the audit rows about the person, like `audit_inzage` but for the person's
 *    own session (app_persoon set) instead of an RMC role.
 */
export class JongereKanaal1735500000000 implements MigrationInterface {
  name = 'JongereKanaal1735500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_persoon() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
        $f$ SELECT NULLIF(current_setting('app.persoon_id', true), '')::uuid $f$;
      GRANT EXECUTE ON FUNCTION app_persoon() TO ${APP_ROLE};
      -- plpgsql, so it is never inlined into a policy: its query on casus runs with casus's own policies
      -- (casus_jongere), and outside a jongere session it reads nothing. A jongere context always sets
      -- app.casussen to '{}', so casus_tenant never reads casus_deling from here (no policy recursion).
      CREATE FUNCTION app_jongere_casussen() RETURNS uuid[] LANGUAGE plpgsql STABLE PARALLEL SAFE AS $f$
      BEGIN
        IF app_persoon() IS NULL THEN RETURN '{}'::uuid[]; END IF;
        RETURN ARRAY(SELECT c.id FROM casus c WHERE c.persoon_id = app_persoon());
      END
      $f$;
      GRANT EXECUTE ON FUNCTION app_jongere_casussen() TO ${APP_ROLE};

      CREATE POLICY persoon_jongere ON persoon FOR SELECT USING (${REGIO} AND id = (SELECT app_persoon()));
      CREATE POLICY casus_jongere ON casus FOR SELECT USING (${REGIO} AND persoon_id = (SELECT app_persoon()));
      CREATE POLICY plan_actie_jongere ON plan_actie FOR SELECT USING (${REGIO} AND ${EIGEN_CASUS});
      CREATE POLICY plan_actie_jongere_gedaan ON plan_actie FOR UPDATE
        USING (${REGIO} AND eigenaar_jongere AND ${EIGEN_CASUS})
        WITH CHECK (${REGIO} AND eigenaar_jongere AND ${EIGEN_CASUS});
      CREATE POLICY casus_deling_jongere ON casus_deling FOR SELECT USING (${REGIO} AND ${EIGEN_CASUS});
      CREATE POLICY casus_deling_jongere_intrekken ON casus_deling FOR UPDATE
        USING (${REGIO} AND grondslag = 'toestemming' AND ${EIGEN_CASUS})
        WITH CHECK (${REGIO} AND grondslag = 'toestemming' AND ${EIGEN_CASUS});
      CREATE POLICY partner_notitie_jongere ON partner_notitie FOR INSERT
        WITH CHECK (${REGIO} AND door IS NULL AND ${EIGEN_CASUS});

      CREATE TABLE jongere_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        persoon_id uuid NOT NULL UNIQUE REFERENCES persoon(id),
        regio_id uuid NOT NULL REFERENCES regio(id),
        email text NOT NULL,
        actief boolean NOT NULL DEFAULT true,
        uitgenodigd_door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        laatst_ingelogd_op timestamptz
      );
      CREATE INDEX jongere_account_email_idx ON jongere_account (lower(email)) WHERE actief;
      CREATE TABLE jongere_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES jongere_account(id),
        token_hash text NOT NULL UNIQUE,
        verloopt_op timestamptz NOT NULL,
        gebruikt_op timestamptz,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE jongere_code (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES jongere_account(id),
        code_hash text NOT NULL,
        verloopt_op timestamptz NOT NULL,
        pogingen integer NOT NULL DEFAULT 0,
        gebruikt_op timestamptz,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX jongere_code_account_idx ON jongere_code (account_id, aangemaakt_op DESC);
      CREATE TABLE jongere_sessie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES jongere_account(id),
        token_hash text NOT NULL UNIQUE,
        methode text NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        laatst_actief_op timestamptz NOT NULL DEFAULT now(),
        ingetrokken_op timestamptz
      );
      CREATE TABLE jongere_afspraak_reactie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regio_id uuid NOT NULL REFERENCES regio(id),
        casus_id uuid NOT NULL REFERENCES casus(id),
        persoon_id uuid NOT NULL REFERENCES persoon(id),
        sleutel text NOT NULL,
        reactie text NOT NULL CHECK (reactie IN ('bevestigd', 'verzetten')),
        toelichting text,
        op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (casus_id, sleutel)
      );
    `);
    await forceRls(
      q,
      'jongere_afspraak_reactie',
      `${REGIO} AND ((SELECT app_is_rmc()) OR (SELECT app_rol_leeg()) OR persoon_id = (SELECT app_persoon()))`,
    );
    await grant(q, ['jongere_account'], 'SELECT, INSERT, DELETE, UPDATE (email, actief, uitgenodigd_door, laatst_ingelogd_op)');
    await grant(q, ['jongere_link'], 'SELECT, INSERT, DELETE, UPDATE (gebruikt_op)');
    await grant(q, ['jongere_code'], 'SELECT, INSERT, DELETE, UPDATE (pogingen, gebruikt_op)');
    await grant(q, ['jongere_sessie'], 'SELECT, INSERT, DELETE, UPDATE (laatst_actief_op, ingetrokken_op)');
    await grant(q, ['jongere_afspraak_reactie'], 'SELECT, INSERT, DELETE, UPDATE (reactie, toelichting, op)');
    await q.query(`
      CREATE FUNCTION jongere_inzage(p_pseudo text)
        RETURNS TABLE (tijdstip timestamptz, actor text, rol text, actie text, subject_type text, doel text, resultaat text, organisatie text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $f$
          SELECT a.tijdstip, g.naam, a.rol, a.actie, a.subject_type, a.doel, a.resultaat, o.naam
            FROM audit_log a
            LEFT JOIN gebruiker g ON g.id = a.actor_id
            LEFT JOIN organisatie o ON o.id = a.organisatie_id
           WHERE (a.persoon_pseudo = p_pseudo OR a.persoon_pseudos @> ARRAY[p_pseudo])
             AND a.regio_id = app_regio()
             AND app_persoon() IS NOT NULL
           ORDER BY a.tijdstip
        $f$;
      REVOKE ALL ON FUNCTION jongere_inzage(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION jongere_inzage(text) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION jongere_inzage(text);
      DROP TABLE jongere_afspraak_reactie, jongere_sessie, jongere_code, jongere_link, jongere_account;
      DROP POLICY partner_notitie_jongere ON partner_notitie;
      DROP POLICY casus_deling_jongere_intrekken ON casus_deling;
      DROP POLICY casus_deling_jongere ON casus_deling;
      DROP POLICY plan_actie_jongere_gedaan ON plan_actie;
      DROP POLICY plan_actie_jongere ON plan_actie;
      DROP POLICY casus_jongere ON casus;
      DROP POLICY persoon_jongere ON persoon;
      DROP FUNCTION app_jongere_casussen();
      DROP FUNCTION app_persoon();
    `);
  }
}
