import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../sql-helpers';

/**
 * Tamper-evident audit log (ADR 0015): one hash chain per region, and one for the rows without a
 * region (key `00000000-0000-0000-0000-000000000000`).
 *
 * - Rows are inserted as before: no lock, no chain work in the request path.
 * - `audit_verzegel(max_rijen)` seals afterwards, per chain in `id` order: `keten_volgnr` is the
 *   position in the chain (1, 2, …), `keten_hash = sha256(previous keten_hash || utf8(audit_kanoniek(row)))`,
 *   the previous hash of position 1 being 32 zero bytes. Rows that commit late (a lower id than rows
 *   already sealed) are appended at the end of the chain: the chain's order is the order of sealing.
 * - It is `SECURITY DEFINER`, owned by the migration role, which FORCE RLS admits to SELECT (policy
 *   `audit_inzage_eigenaar`) and now to UPDATE (policy `audit_zegel_eigenaar`). The app role keeps
 *   INSERT only and gets EXECUTE on the function: it can start a seal but never choose a hash. Its
 *   INSERT policy refuses rows that arrive with chain columns set.
 * - `max_rijen` bounds the rows of one call over all chains (a call stays short, far below the
 *   statement timeout); chains are taken in random order, so a backlog in one does not starve others.
 * - Two sealers at once: a transaction-level advisory try-lock per chain; the second skips the chain.
 *   Already sealed rows are never touched again (idempotent).
 * - Partial index of the unsealed rows (small: a few seconds of traffic) and a unique index on
 *   (chain, position): no two rows share a position, and verification walks a chain by index.
 * Adding nullable columns rewrites no table.
 */
export const KETEN_ZONDER_REGIO = '00000000-0000-0000-0000-000000000000';
const KETEN = `coalesce(regio_id, '${KETEN_ZONDER_REGIO}'::uuid)`;

export class AuditKeten1734900000000 implements MigrationInterface {
  name = 'AuditKeten1734900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_log ADD COLUMN keten_volgnr bigint, ADD COLUMN keten_hash bytea;
      CREATE INDEX audit_log_onverzegeld_idx ON audit_log ((${KETEN}), id) WHERE keten_hash IS NULL;
      CREATE UNIQUE INDEX audit_log_keten_idx ON audit_log ((${KETEN}), keten_volgnr) WHERE keten_volgnr IS NOT NULL;

      ALTER POLICY audit_insert ON audit_log
        WITH CHECK ((regio_id IS NULL OR regio_id = (SELECT app_regio())) AND keten_volgnr IS NULL AND keten_hash IS NULL);
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY audit_zegel_eigenaar ON audit_log FOR UPDATE USING (current_user = %L) WITH CHECK (current_user = %L)', current_user, current_user);
      END $$;

      -- The canonical text of a row (format v1, ADR 0015): every field as "<bytes>:<text>" or "~" for NULL, joined by "|".
      CREATE FUNCTION audit_veld(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $f$ SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(v)::text || ':' || v END $f$;
      CREATE FUNCTION audit_kanoniek(a audit_log) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $f$
        SELECT concat_ws('|', 'v1',
          audit_veld(a.id::text),
          audit_veld(to_char(a.tijdstip AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
          audit_veld(a.regio_id::text), audit_veld(a.actor_id::text), audit_veld(a.namens_id::text), audit_veld(a.rol),
          audit_veld(a.organisatie_id::text), audit_veld(a.actie), audit_veld(a.subject_type), audit_veld(a.subject_id),
          audit_veld(a.persoon_pseudo), audit_veld(a.doel), audit_veld(a.resultaat), audit_veld(a.herkomst), audit_veld(a.trace_id),
          audit_veld(a.subject_ids::text), audit_veld(a.persoon_pseudos::text))
      $f$;

      -- Running hash over a window: the first row starts from "begin" (the chain's last sealed hash).
      CREATE FUNCTION audit_keten_stap(s bytea, begin bytea, d bytea) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $f$ SELECT sha256(coalesce(s, begin) || d) $f$;
      CREATE AGGREGATE audit_keten_hash(bytea, bytea) (SFUNC = audit_keten_stap, STYPE = bytea);

      CREATE FUNCTION audit_verzegel(max_rijen int DEFAULT 5000)
        RETURNS TABLE (keten uuid, verzegeld int, volgnr bigint, hash text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $f$
        #variable_conflict use_column
        DECLARE
          k uuid;
          v_nr bigint;
          v_hash bytea;
          n int;
          rest int := max_rijen;
        BEGIN
          -- The chains with unsealed rows (a loose scan of the partial index), in random order so that
          -- no chain waits behind another's backlog; max_rijen is the budget of the whole call.
          FOR k IN
            WITH RECURSIVE t AS (
              (SELECT ${KETEN} AS k FROM audit_log WHERE keten_hash IS NULL ORDER BY 1 LIMIT 1)
              UNION ALL
              SELECT (SELECT ${KETEN} FROM audit_log WHERE keten_hash IS NULL AND ${KETEN} > t.k ORDER BY 1 LIMIT 1) FROM t WHERE t.k IS NOT NULL
            ) SELECT t.k FROM t WHERE t.k IS NOT NULL ORDER BY random()
          LOOP
            EXIT WHEN rest <= 0;
            CONTINUE WHEN NOT pg_try_advisory_xact_lock(hashtext('audit_keten'), hashtext(k::text));
            v_nr := NULL; v_hash := NULL;
            SELECT a.keten_volgnr, a.keten_hash INTO v_nr, v_hash FROM audit_log a
             WHERE coalesce(a.regio_id, '${KETEN_ZONDER_REGIO}'::uuid) = k AND a.keten_volgnr IS NOT NULL
             ORDER BY a.keten_volgnr DESC LIMIT 1;
            v_nr := coalesce(v_nr, 0);
            v_hash := coalesce(v_hash, decode(repeat('00', 32), 'hex'));
            WITH o AS (
              SELECT a.id, a AS rij FROM audit_log a
               WHERE coalesce(a.regio_id, '${KETEN_ZONDER_REGIO}'::uuid) = k AND a.keten_hash IS NULL
               ORDER BY a.id LIMIT rest
            ), r AS (
              SELECT o.id, v_nr + row_number() OVER w AS nr, audit_keten_hash(v_hash, convert_to(audit_kanoniek(o.rij), 'UTF8')) OVER w AS h
                FROM o WINDOW w AS (ORDER BY o.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
            ), u AS (
              UPDATE audit_log a SET keten_volgnr = r.nr, keten_hash = r.h FROM r WHERE a.id = r.id RETURNING r.nr, r.h
            )
            SELECT count(*)::int, max(u.nr), (array_agg(u.h ORDER BY u.nr DESC))[1] INTO n, v_nr, v_hash FROM u;
            rest := rest - n;
            IF n > 0 THEN
              keten := k; verzegeld := n; volgnr := v_nr; hash := encode(v_hash, 'hex');
              RETURN NEXT;
            END IF;
          END LOOP;
        END
      $f$;
      REVOKE ALL ON FUNCTION audit_verzegel(int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION audit_verzegel(int) TO ${APP_ROLE};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION audit_verzegel(int);
      DROP AGGREGATE audit_keten_hash(bytea, bytea);
      DROP FUNCTION audit_keten_stap(bytea, bytea, bytea);
      DROP FUNCTION audit_kanoniek(audit_log);
      DROP FUNCTION audit_veld(text);
      DROP POLICY audit_zegel_eigenaar ON audit_log;
      ALTER POLICY audit_insert ON audit_log WITH CHECK (regio_id IS NULL OR regio_id = (SELECT app_regio()));
      DROP INDEX audit_log_keten_idx, audit_log_onverzegeld_idx;
      ALTER TABLE audit_log DROP COLUMN keten_volgnr, DROP COLUMN keten_hash;
    `);
  }
}
