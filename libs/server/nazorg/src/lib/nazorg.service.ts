import { Inject, Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  NietGevonden,
  leesCursor,
  leesLimit,
  pagina,
  parameters,
  type Actor,
  type Keyset,
} from '@rmc/server-core';
import type { NazorgTaakDto, NazorgUitkomstAntwoord, Paged } from '@rmc/shared-api-types';
import { amsterdamDatum } from '@rmc/shared-domain';
import { NAZORG_CASUS_BRON, NAZORG_PERSOON_BRON, type NazorgCasusBron, type NazorgPersoonBron } from './bronnen.port';
import { legUitkomstVast, taakOpId, takenPagina } from './data/taken.queries';
import type { NazorgTakenQueryDto, NazorgUitkomstDto } from './nazorg.dto';

/** Open before finished, then by moment, id as tie-breaker (`nazorg_taak_lijst_idx`). */
const TAAK_SLEUTEL: Keyset = {
  kolommen: ['(t.afgerond_op IS NOT NULL)', 't.moment', 't.id'],
  vorm: ['vlag', 'datum', 'uuid'],
  richting: 'ASC',
};

/**
 * Follow-up tasks — nazorg check-ins ("is the young person still at school / at work?"), oud-vsv yearly
 * contacts and Kwint quarterly follow-up — and the user's mail preference.
 */
@Injectable()
export class NazorgService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(NAZORG_CASUS_BRON) private readonly casus: NazorgCasusBron,
    @Inject(NAZORG_PERSOON_BRON) private readonly personen: NazorgPersoonBron,
  ) {}

  /**
   * Open tasks first (by moment), then the finished ones, keyset-paged on (finished, moment, id):
   * the inner query reads nazorg_taak only (RLS: the region) through `nazorg_taak_lijst_idx`; names
   * are joined for the page's rows. No total (tasks pile up with the region's history).
   */
  async taken(query: NazorgTakenQueryDto = {}): Promise<Paged<NazorgTaakDto>> {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, TAAK_SLEUTEL.vorm);
    const { params, p } = parameters([amsterdamDatum(new Date())]);
    const rows = await takenPagina(
      this.db,
      { casus: this.casus, personen: this.personen },
      TAAK_SLEUTEL,
      cursor,
      p,
      limit,
      params,
      // Open or finished: an equality on the key's first column, served by nazorg_taak_lijst_idx.
      query.status ? `(t.afgerond_op IS NOT NULL) = ${p(query.status === 'afgerond')}::boolean` : 'TRUE',
    );
    const getoond = rows.slice(0, limit);
    // The list names young people: each case shown is a "search" in the audit, as in the caseload, so
    // the inzage export lists it. The BSN only feeds the pseudonym; it does not leave the API.
    const gezien = [...new Map(getoond.map((r) => [r.casusId, r.bsn])).entries()];
    await this.audit.logMany(
      gezien.map(([casusId, bsn]) => ({
        actie: 'search' as const,
        subjectType: 'Casus',
        subjectId: casusId,
        persoonSleutel: bsn,
        doel: 'nazorg',
        resultaat: 'toegestaan' as const,
      })),
    );
    return pagina(
      rows,
      limit,
      (r) => [r.afgerond, r.moment, r.id],
      ({ bsn: _bsn, afgerond: _a, ...rest }) => rest,
      null,
    );
  }

  async uitkomst(actor: Actor, id: string, dto: NazorgUitkomstDto): Promise<NazorgUitkomstAntwoord> {
    const t = await taakOpId(this.db, id);
    if (!t) throw NietGevonden('Deze nazorgtaak');
    // Claimed in the update itself: of two concurrent outcomes only the first is recorded.
    const vastgelegd = await legUitkomstVast(this.db, id, dto.uitkomst, dto.toelichting ?? null, actor.gebruikerId);
    if (!vastgelegd) throw Conflict('al-afgerond', 'Deze taak is al afgerond; de uitkomst staat vast.');
    await this.audit.log({ actie: 'update', subjectType: 'NazorgTaak', subjectId: id, doel: 'nazorg', resultaat: 'toegestaan' });
    // Not at school, work or daytime activity any more: offer to reopen the case (nazorg → analyseren).
    // Yearly oud-vsv and Kwint tasks belong to a case that is still open: nothing to reopen.
    return {
      id,
      casusId: t.casus_id,
      heropenenAanbevolen: t.soort === 'nazorg' && (dto.uitkomst === 'geen' || dto.uitkomst === 'geen-contact'),
    };
  }
}
