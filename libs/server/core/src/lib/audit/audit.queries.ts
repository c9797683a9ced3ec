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
