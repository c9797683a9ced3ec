import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '@rmc/server-database';

/**
 * Sessions opened by single sign-on (docs/adr/0017-oidc-sso.md): `sessie.mfa_extern` is true when the
 * organisation's identity provider asserted multi-factor authentication at login. The TOTP gate then
 * does not ask for the platform's own TOTP (`SessionService.resolve`); `sessie_actor` returns the flag
 * with the session (same statement, one more column).
 */
export class SessieMfaExtern1735300000000 implements MigrationInterface {
  name = 'SessieMfaExtern1735300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessie ADD COLUMN mfa_extern boolean NOT NULL DEFAULT false`);
    await q.query(SESSIE_ACTOR_MET_MFA);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(SESSIE_ACTOR_ZONDER_MFA);
    await q.query(`ALTER TABLE sessie DROP COLUMN mfa_extern`);
  }
}

const SESSIE_ACTOR_MET_MFA = `
  CREATE OR REPLACE FUNCTION sessie_actor(p_hash text, p_nu timestamptz, p_partner_rollen text[], p_bijwerken_na interval)
    RETURNS jsonb LANGUAGE plpgsql VOLATILE SET search_path = public AS $f$
  DECLARE
    v_s record;
    v_l record;
    v_d jsonb;
    v_ok boolean;
  BEGIN
    SELECT s.id, s.gebruiker_id, s.lidmaatschap_id, s.aangemaakt_op, s.laatst_actief_op, s.inactief_minuten, s.max_uren,
           g.naam, g.email, g.totp_actief, s.mfa_extern
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

const SESSIE_ACTOR_ZONDER_MFA = `
  CREATE OR REPLACE FUNCTION sessie_actor(p_hash text, p_nu timestamptz, p_partner_rollen text[], p_bijwerken_na interval)
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
