import { Db, schrijfBewaartermijnAudit, type Wisser } from '@rmc/server-core';
import { verlopenMeldingen, verwijderMeldingen } from '@rmc/server-meldingen';
import { voegNotificatiesToe } from '@rmc/server-notificaties';
import { regioOpId } from '@rmc/server-organisaties';
import { STANDAARD_REGIO_INSTELLINGEN, type IsoDate } from '@rmc/shared-domain';
import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { NazorgBronnen } from './bronnen.port';
import { regioSlot, verwijderHerinneringenOver } from './data/herinneringen.queries';

/**
 * Retention: a person past the region's term (default two years after the age limit) and without an
 * active case is erased, partners that received data get a notice, and the audit row names the person
 * only by pseudonym. Meldingen of students who never became a person here go after the same term.
 * Runs in the worker per region, reading only who is past the term (indexed birth dates, ADR 0013);
 * idempotent (a second run finds nobody). Returns persons + meldingen erased. `wisser` runs the erasure
 * participants the contexts registered (`PersoonWisser`), the same ones as an erasure on request.
 * `bronnen`: the persons past the term without an active case (the ports personen and casus implement).
 */
export async function ruimOp(
  bron: Db | DataSource,
  regioId: string,
  vandaag: IsoDate,
  pseudonymKey: string,
  wisser: Wisser,
  bronnen: NazorgBronnen,
): Promise<number> {
  const q = Db.van(bron);
  return q.alsRegio(regioId, async () => {
    // One retention run per region at a time (another worker's run of this region: nothing to do now).
    if (!(await regioSlot(q.em, 'bewaartermijn', regioId))) return 0;
    const regio = await regioOpId(q.em, regioId);
    const inst = { ...STANDAARD_REGIO_INSTELLINGEN, ...regio?.instellingen };
    const pseudo = (bsn: string) => createHmac('sha256', pseudonymKey).update(bsn).digest('hex').slice(0, 32);
    // Only those past the term are read: the birth-date bound (a superset by two days, for 29 February)
    // is served by (regio_id, geboortedatum); the exact rule follows. A person held by an active case is
    // read again on later ticks until the case ends.
    const verlopen = await bronnen.personen.verlopenPersonen(
      q,
      regioId,
      vandaag,
      inst.maxLeeftijd + inst.bewaartermijnJaren,
      bronnen.casus.actieveCasusVanPersoonSql('p.id'),
    );
    for (const p of verlopen) {
      const ontvangers = await wisser.wis(q, p);
      // Written as each recipient's own (the insert policy wants an acting user); a repeated run adds nothing.
      for (const gebruikerId of ontvangers)
        await q.alsGebruiker(gebruikerId, () =>
          voegNotificatiesToe(
            q,
            { gebruikerId, regioId, gemaild: false },
            [
              {
                soort: 'gegevens-gewist',
                tekst:
                  'De bewaartermijn van gegevens die met uw organisatie waren gedeeld, is verstreken; ze zijn gewist. Verwijder ook de kopieën in uw eigen systemen.',
                link: '/berichten',
                sleutel: `bewaartermijn-${p.id}-${gebruikerId}`,
              },
            ],
            { bestaandeOverslaan: true },
          ),
        );
    }
    if (verlopen.length)
      await schrijfBewaartermijnAudit(
        q,
        regioId,
        'Persoon',
        verlopen.map((p) => p.id),
        verlopen.map((p) => pseudo(p.bsn)),
      );
    // Meldingen of students who never became a person here (judged geen actie / ter kennisneming, never
    // judged) follow the same term: past the age limit + term by the birth date on the melding, and the
    // term also passed since filing (a melding about an older student is not erased before triage).
    const meldingen = await verlopenMeldingen(
      q,
      regioId,
      vandaag,
      inst.maxLeeftijd + inst.bewaartermijnJaren,
      inst.bewaartermijnJaren,
      bronnen.personen.persoonBestaatSql('m.bsn', 'm.regio_id'),
    );
    if (meldingen.length) {
      const ids = meldingen.map((m) => m.id);
      await verwijderHerinneringenOver(q, ids);
      await verwijderMeldingen(q, ids);
      await schrijfBewaartermijnAudit(
        q,
        regioId,
        'Melding',
        ids,
        meldingen.map((m) => pseudo(m.bsn)),
      );
    }
    return verlopen.length + meldingen.length;
  });
}
