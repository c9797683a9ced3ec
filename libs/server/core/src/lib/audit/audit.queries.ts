import type { Uitvoerder } from '../tenancy/db.service';

/**
 * The audit log's statements: the only SQL that names `audit_log` outside migrations and the erasure
 * (docs/architecture.md, "Who owns which table": core). The app role may only INSERT. Both take the
 * executor of the transaction the row belongs to (the request's, or a refusal's own).
 */

/**
 * One row. `waarden`: regio_id, actor_id, namens_id, rol, organisatie_id, actie, subject_type,
 * subject_id, persoon_pseudo, doel, resultaat, herkomst, trace_id (AuditService.values).
 */
export async function schrijfAuditRij(q: Uitvoerder, waarden: readonly unknown[]): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (regio_id, actor_id, namens_id, rol, organisatie_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat,
       herkomst, trace_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [...waarden],
  );
}

/** One row for a list read: the row of {@link schrijfAuditRij} plus the ids shown and the persons' pseudonyms. */
export async function schrijfAuditLijst(
  q: Uitvoerder,
  waarden: readonly unknown[],
  subjectIds: string[],
  persoonPseudos: string[],
): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (regio_id, actor_id, namens_id, rol, organisatie_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat,
       herkomst, trace_id, subject_ids, persoon_pseudos)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::text[], $15::text[])`,
    [...waarden, subjectIds, persoonPseudos],
  );
}

/**
 * Retention's rows (the worker, no user; nazorg's `ruimOp`): one 'delete' row per erased subject with
 * its pseudonym, set-based. The subject type comes from a closed list, never from input.
 */
export async function schrijfBewaartermijnAudit(
  q: Uitvoerder,
  regioId: string,
  subjectType: 'Persoon' | 'Melding',
  ids: readonly string[],
  pseudos: readonly string[],
): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (regio_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst)
         SELECT $1, 'delete', '${subjectType}', u.id, u.pseudo, 'bewaartermijn verstreken', 'toegestaan', 'worker' FROM unnest($2::uuid[], $3::text[]) AS u(id, pseudo)`,
    [regioId, ids, pseudos],
  );
}

/** School-side retention's row for one erased melding of no region (nazorg's `ruimSchoolzijdeOp`). */
export async function schrijfSchoolzijdeAudit(q: Uitvoerder, meldingId: string, pseudo: string): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (regio_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst) VALUES (NULL, 'delete', 'Melding', $1, $2, 'bewaartermijn verstreken', 'toegestaan', 'worker')`,
    [meldingId, pseudo],
  );
}
