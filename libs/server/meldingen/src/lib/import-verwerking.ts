import { createHash } from 'node:crypto';
import { parseCsv, rijNaarMelding } from '@rmc/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { MeldingCreateDto } from './dto';
import { dienMeldingIn, type IndienCache, type Indiener, type MeldingInvoer, type Querier } from './indiening';

export interface ImportJob {
  batchId: string;
  gebruikerId: string;
  vestigingId: string;
  instellingId: string;
}

interface Fout {
  rij: number;
  veld: string;
  melding: string;
}

const PER_TRANSACTIE = 250;
const MAX_FOUTEN_BEWAARD = 5_000;

function querier(em: EntityManager): Querier {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await em.query(sql, params);
      return (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number' ? r[0] : r) as T[];
    },
  };
}

/** The first message per field, as the API would name it. */
function eersteFouten(errors: ValidationError[]): Array<{ veld: string; melding: string }> {
  return errors.map((e) => ({
    veld: e.property,
    melding: e.constraints?.['whitelistValidation'] ? 'Dit veld bestaat niet; pas de kolomkoppeling aan.' : Object.values(e.constraints ?? {})[0] ?? 'Ongeldige waarde.',
  }));
}

/** Same key for the same student, start date and kind: a re-upload finds the row and does not add it again. */
export function importSleutel(m: Record<string, unknown>): string {
  return createHash('sha256').update(`${m['bsn'] ?? ''}|${m['begindatum'] ?? ''}|${m['soort'] ?? ''}`).digest('hex').slice(0, 40);
}

/**
 * Processes one CSV import in the worker, in chunks of PER_TRANSACTIE rows, each chunk its own
 * transaction in the school's tenant context (RLS as for the school in the portal). Progress is
 * committed per chunk; a re-run after a crash skips what is already saved (import key).
 */
export async function verwerkImport(ds: DataSource, job: ImportJob): Promise<{ goed: number; fout: number; alAanwezig: number }> {
  const ctx = async (em: EntityManager) =>
    em.query(
      `SELECT set_config('app.gebruiker_id', $1, true), set_config('app.vestiging_id', $2, true), set_config('app.instelling_id', $3, true)`,
      [job.gebruikerId, job.vestigingId, job.instellingId],
    );
  const batch = await ds.transaction(async (em) => {
    await ctx(em);
    const [b] = await em.query(`SELECT id, proefrun, kolommen, inhoud, status FROM import_batch WHERE id = $1`, [job.batchId]);
    // A finished batch is never processed again (a repeated job would otherwise wipe its report).
    if (b && b.status !== 'klaar') await em.query(`UPDATE import_batch SET status = 'bezig', verwerkt = 0, goed = 0, al_aanwezig = 0, fout = 0, fouten = '[]' WHERE id = $1`, [job.batchId]);
    return b as { id: string; proefrun: boolean; kolommen: Record<string, string>; inhoud: string; status: string } | undefined;
  });
  if (!batch || batch.status === 'klaar') return { goed: 0, fout: 0, alAanwezig: 0 };
  if (!batch.inhoud) {
    // Retried after the retention sweep blanked the file: say so instead of "done, 0 rows".
    await ds.transaction(async (em) => {
      await ctx(em);
      await em.query(`UPDATE import_batch SET status = 'mislukt', fouten = $2 WHERE id = $1`, [
        job.batchId,
        JSON.stringify([{ rij: 0, veld: 'csv', melding: 'Het bestand is na 14 dagen gewist; upload het opnieuw.' }]),
      ]);
    });
    return { goed: 0, fout: 0, alAanwezig: 0 };
  }

  const [kop, ...rijen] = parseCsv(batch.inhoud);
  const wie: Indiener = { gebruikerId: job.gebruikerId, vestigingId: job.vestigingId, instellingId: job.instellingId };
  const telling = { goed: 0, fout: 0, alAanwezig: 0 };
  const fouten: Fout[] = [];
  const cache: IndienCache = { routes: new Map() };
  await ds.transaction(async (em) => {
    await ctx(em);
    await em.query(`UPDATE import_batch SET totaal = $2 WHERE id = $1`, [job.batchId, rijen.length]);
  });

  for (let start = 0; start < rijen.length; start += PER_TRANSACTIE) {
    const deel = rijen.slice(start, start + PER_TRANSACTIE);
    await ds.transaction(async (em) => {
      await ctx(em);
      const q = querier(em);
      for (const [i, rij] of deel.entries()) {
        const nummer = start + i + 2; // header is row 1
        const invoer = { ...rijNaarMelding(kop, rij, batch.kolommen), leslocatieVestigingId: job.vestigingId };
        const errors = await validate(plainToInstance(MeldingCreateDto, invoer), { whitelist: true, forbidNonWhitelisted: true });
        if (errors.length) {
          telling.fout++;
          for (const f of eersteFouten(errors)) fouten.push({ rij: nummer, ...f });
          continue;
        }
        // Each row in a savepoint: a failing row never takes its neighbours with it.
        await em.query('SAVEPOINT rij');
        try {
          const uitkomst = await dienMeldingIn(q, wie, invoer as MeldingInvoer, { importSleutel: importSleutel(invoer), proefrun: batch.proefrun, cache });
          if (!uitkomst.ok) {
            telling.fout++;
            for (const f of uitkomst.fouten) fouten.push({ rij: nummer, veld: f.field, melding: f.message });
          } else if (uitkomst.nieuw) telling.goed++;
          else telling.alAanwezig++;
          await em.query('RELEASE SAVEPOINT rij');
        } catch {
          await em.query('ROLLBACK TO SAVEPOINT rij');
          telling.fout++;
          fouten.push({ rij: nummer, veld: '', melding: 'Deze rij kon niet worden verwerkt.' });
        }
      }
      await em.query(`UPDATE import_batch SET verwerkt = $2, goed = $3, al_aanwezig = $4, fout = $5, fouten = $6 WHERE id = $1`, [
        job.batchId,
        Math.min(start + PER_TRANSACTIE, rijen.length),
        telling.goed,
        telling.alAanwezig,
        telling.fout,
        JSON.stringify(fouten.slice(0, MAX_FOUTEN_BEWAARD)),
      ]);
    });
  }
  await ds.transaction(async (em) => {
    await ctx(em);
    // The raw CSV names every student in it; once every row is saved or reported, it has no purpose left.
    await em.query(`UPDATE import_batch SET status = 'klaar', klaar_op = now(), inhoud = '' WHERE id = $1`, [job.batchId]);
  });
  return telling;
}
