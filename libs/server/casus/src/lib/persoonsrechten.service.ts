import { Inject, Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, PersoonWisser, RecordAccess, type Actor } from '@rmc/server-core';
import { NotificatieService } from '@rmc/server-notificaties';
import { persoonOpId, persoonVoorInzage } from '@rmc/server-personen';
import type { InzageBundel, InzageRegel, WisResultaat } from '@rmc/shared-api-types';
import { heeftActieveCasus, inzageDelen } from './data/inzage.queries';
import { CASUS_OVERLEG_BRON, type CasusOverlegBron } from './overleg-bron.port';

/**
 * AVG rights of the young person: inzage (everything held, who received it, who viewed it) and erasure
 * on request, with a notice to every partner organisation that received data.
 */
@Injectable()
export class PersoonsrechtenService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly notificaties: NotificatieService,
    private readonly wisser: PersoonWisser,
    @Inject(CASUS_OVERLEG_BRON) private readonly overleg: CasusOverlegBron,
  ) {}

  private async persoon(id: string, actie: 'read' | 'delete') {
    const r = await persoonOpId(this.db, id);
    const p = r && { id: r.id, regio_id: r.regioId, bsn: r.bsn };
    await this.access.zichtbaar(actie, 'Persoon', id, p ? { id: p.id, regioId: p.regio_id } : undefined, 'Deze persoon');
    return p!;
  }

  async inzage(id: string): Promise<InzageBundel> {
    const p = await this.persoon(id, 'read');
    const bundel = {
      gegenereerdOp: new Date().toISOString(),
      persoon: await persoonVoorInzage(this.db, id),
      ...(await inzageDelen(this.db, this.overleg, id, p.bsn)),
      inzagen: await this.db.query<InzageRegel>(`SELECT * FROM audit_inzage($1)`, [this.audit.pseudonym(p.bsn)]),
    };
    await this.audit.log({
      actie: 'export',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: p.bsn,
      doel: 'inzageverzoek',
      resultaat: 'toegestaan',
    });
    return bundel;
  }

  async wis(actor: Actor, id: string, reden: string): Promise<WisResultaat> {
    const p = await this.persoon(id, 'delete');
    if (await heeftActieveCasus(this.db, id))
      throw Conflict('casus-actief', 'Deze jongere heeft een lopende casus: sluit die eerst af (de wettelijke taak loopt nog).');
    // Every context's erasure participant, in their fixed order, in this request's one transaction.
    const ontvangers = await this.wisser.wis(this.db, p);
    for (const gebruikerId of ontvangers)
      await this.notificaties.meld({
        gebruikerId,
        regioId: actor.regioId,
        soort: 'gegevens-gewist',
        tekst:
          'De gegevens van een jongere die met uw organisatie waren gedeeld, zijn op verzoek gewist. Verwijder ook de kopieën in uw eigen systemen.',
        link: '/berichten',
        sleutel: `wissen-${id}-${gebruikerId}`,
      });
    // The audit keeps only the pseudonym: who did what stays accountable without the person's data.
    await this.audit.log({
      actie: 'delete',
      subjectType: 'Persoon',
      subjectId: id,
      persoonSleutel: p.bsn,
      doel: `wissen op verzoek: ${reden.slice(0, 200)}`,
      resultaat: 'toegestaan',
    });
    return { gewist: true, partnersGeinformeerd: ontvangers.length };
  }
}
