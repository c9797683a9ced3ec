import { verwijderPersoon } from '@rmc/server-core';
import { STANDAARD_REGIO_INSTELLINGEN, type IsoDate, type RegioInstellingen } from '@rmc/shared-domain';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rows } from './rows';


/**
 * Retention: a person past the region's term (default two years after the age limit) and without an
 * active case is erased, partners that received data get a notice, and the audit row names the person
 * only by pseudonym. Meldingen of students who never became a person here go after the same term.
 * Runs in the worker per region; idempotent (a second run finds nobody). Returns persons + meldingen erased.
 */
export async function ruimOp(ds: DataSource, regioId: string, vandaag: IsoDate, pseudonymKey: string): Promise<number> {
  return ds.transaction(async (em) => {
    await em.query(`SELECT set_config('app.regio_id', $1, true), set_config('app.rol', '', true)`, [regioId]);
    const q = { query: async <T>(sql: string, params: unknown[] = []) => rows<T>(await em.query(sql, params)) };
    const [regio] = await q.query<{ instellingen: Partial<RegioInstellingen> }>(`SELECT instellingen FROM regio WHERE id = $1`, [regioId]);
    const inst = { ...STANDAARD_REGIO_INSTELLINGEN, ...regio?.instellingen };
    const verlopen = await q.query<{ id: string; bsn: string; regio_id: string }>(
      `SELECT p.id, p.bsn, p.regio_id FROM persoon p
        WHERE p.geboortedatum + make_interval(years => $2) < $1::date
          AND NOT EXISTS (SELECT 1 FROM casus c WHERE c.persoon_id = p.id AND c.fase NOT IN ('afgesloten', 'beeindigd'))`,
      [vandaag, inst.maxLeeftijd + inst.bewaartermijnJaren],
    );
    for (const p of verlopen) {
      const ontvangers = await verwijderPersoon(q, p);
      for (const gebruikerId of ontvangers) {
        await q.query(`SELECT set_config('app.gebruiker_id', $1, true)`, [gebruikerId]);
        await q.query(`INSERT INTO notificatie (gebruiker_id, regio_id, soort, tekst, link, sleutel) VALUES ($1, $2, 'gegevens-gewist', $3, '/berichten', $4) ON CONFLICT DO NOTHING`, [
          gebruikerId,
          regioId,
          'De bewaartermijn van gegevens die met uw organisatie waren gedeeld, is verstreken; ze zijn gewist. Verwijder ook de kopieën in uw eigen systemen.',
          `bewaartermijn-${p.id}-${gebruikerId}`,
        ]);
      }
      await q.query(`SELECT set_config('app.gebruiker_id', '', true)`);
      await q.query(
        `INSERT INTO audit_log (regio_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst) VALUES ($1, 'delete', 'Persoon', $2, $3, 'bewaartermijn verstreken', 'toegestaan', 'worker')`,
        [regioId, p.id, createHmac('sha256', pseudonymKey).update(p.bsn).digest('hex').slice(0, 32)],
      );
    }
    // Meldingen of students who never became a person here (judged geen actie / ter kennisneming, never
    // judged) follow the same term: past the age limit + term by the birth date on the melding, and the
    // term also passed since filing (a melding about an older student is not erased before triage).
    const meldingen = await q.query<{ id: string; bsn: string }>(
      `SELECT m.id, m.bsn FROM melding m
        WHERE m.regio_id = $3 AND m.geboortedatum + make_interval(years => $2) < $1::date
          AND m.gemeld_op_datum + make_interval(years => $4) < $1::date
          AND NOT EXISTS (SELECT 1 FROM persoon p WHERE p.bsn = m.bsn AND p.regio_id = m.regio_id)`,
      [vandaag, inst.maxLeeftijd + inst.bewaartermijnJaren, regioId, inst.bewaartermijnJaren],
    );
    if (meldingen.length) {
      const ids = meldingen.map((m) => m.id);
      await q.query(`DELETE FROM herinnering WHERE onderwerp_id = ANY($1::uuid[])`, [ids]);
      await q.query(`DELETE FROM melding_gebeurtenis WHERE melding_id = ANY($1::uuid[])`, [ids]);
      await q.query(`DELETE FROM melding WHERE id = ANY($1::uuid[])`, [ids]);
      for (const m of meldingen)
        await q.query(
          `INSERT INTO audit_log (regio_id, actie, subject_type, subject_id, persoon_pseudo, doel, resultaat, herkomst) VALUES ($1, 'delete', 'Melding', $2, $3, 'bewaartermijn verstreken', 'toegestaan', 'worker')`,
          [regioId, m.id, createHmac('sha256', pseudonymKey).update(m.bsn).digest('hex').slice(0, 32)],
        );
    }
    return verlopen.length + meldingen.length;
  });
}
