import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Db,
  NietIngelogd,
  RecordAccess,
  leesZoekvraag,
  parameters,
  type ClsStore,
  type Zoekvraag,
} from '@rmc/server-core';
import { zoekCasussen } from '@rmc/server-casus';
import { zoekMeldingen } from '@rmc/server-meldingen';
import { zoekOverleggen } from '@rmc/server-overleg';
import { zoekPersonen } from '@rmc/server-personen';
import type { ZoekAntwoord, ZoekGroep, ZoekItem, ZoekSoort } from '@rmc/shared-api-types';
import { FASE_LABELS, veldenVoorSecties } from '@rmc/shared-domain';
import { ClsService } from 'nestjs-cls';

const STATUS: Record<string, string> = {
  ontvangen: 'ontvangen',
  'aanvulling-gevraagd': 'aanvulling gevraagd',
  'in-behandeling': 'in behandeling',
  afgesloten: 'afgesloten',
  'ter-kennisneming': 'ter kennisneming',
  'regio-niet-aangesloten': 'regio niet aangesloten',
};

/** At most this many items per group; one more is read to say that there are more. */
export const PER_GROEP = 10;

const datumNl = (iso: string) => iso.slice(0, 10).split('-').reverse().join('-');
const naam = (r: { voornaam: string; achternaam: string }) => `${r.voornaam} ${r.achternaam}`;

/**
 * "Vind alles" (issue 13): one term, every kind the user may read, each context's own search query
 * (its data module), grouped and capped. Per kind the CASL rules become the SQL admission
 * (`RecordAccess.where`), RLS filters again. One audit row (`search`) carries every id shown and the
 * persons' pseudonyms; the term itself is stored nowhere (it may be a BSN).
 */
@Injectable()
export class ZoekenService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly cls: ClsService<ClsStore>,
  ) {}

  async zoek(term: string): Promise<ZoekAntwoord> {
    const vraag = leesZoekvraag(term);
    const ability = this.access.ability;
    const groepen: ZoekGroep[] = [];
    const audit: Array<{ id: string; bsn: string | null }> = [];
    const groep = (soort: ZoekSoort, rijen: ZoekItem[], bsns: Array<string | null>) => {
      const items = rijen.slice(0, PER_GROEP);
      items.forEach((it, i) => audit.push({ id: it.id, bsn: bsns[i] ?? null }));
      groepen.push({ soort, items, meer: rijen.length > PER_GROEP });
    };

    if (ability.can('read', 'Persoon')) {
      const rows = await this.zoekIn('Persoon', { regioId: 'p.regio_id', id: 'p.id' }, vraag, zoekPersonen);
      groep(
        'jongere',
        rows.map((r) => ({
          id: r.id,
          titel: naam(r),
          omschrijving: `Geboren ${datumNl(r.geboortedatum)}`,
          link: `/personen/${r.id}`,
        })),
        rows.map((r) => r.bsn),
      );
    }
    if (ability.can('read', 'Melding')) {
      const rows = await this.zoekIn(
        'Melding',
        { regioId: 'm.regio_id', vestigingId: 'm.vestiging_id', id: 'm.id' },
        vraag,
        zoekMeldingen,
      );
      groep(
        'melding',
        rows.map((r) => ({
          id: r.id,
          titel: naam(r),
          omschrijving: `Gemeld ${datumNl(r.gemeldOp)} · ${STATUS[r.status] ?? r.status}`,
          link: `/meldingen/${r.id}`,
        })),
        rows.map((r) => r.bsn),
      );
    }
    if (ability.can('read', 'Casus')) {
      // Through a share, a case is found by its young person only where the share opens the person.
      const actor = this.cls.get('actor');
      if (!actor) throw NietIngelogd();
      const metPersoon = actor.delingen
        ? actor.delingen.filter((d) => veldenVoorSecties(d.secties).includes('persoon')).map((d) => d.casusId)
        : null;
      const rows = await this.zoekIn('Casus', { id: 'c.id', regioId: 'c.regio_id' }, vraag, (q, where, v, params, p, limit) =>
        zoekCasussen(
          q,
          metPersoon ? `(${where}) AND c.id = ANY(${p(metPersoon)}::uuid[])` : where,
          v,
          params,
          p,
          limit,
          !!metPersoon,
        ),
      );
      groep(
        'casus',
        rows.map((r) => ({
          id: r.id,
          titel: naam(r),
          omschrijving: `Fase: ${FASE_LABELS[r.fase as keyof typeof FASE_LABELS] ?? r.fase}`,
          link: `/casussen/${r.id}`,
        })),
        rows.map((r) => r.bsn),
      );
    }
    if (ability.can('read', 'Overleg')) {
      const rows =
        vraag.soort === 'naam'
          ? await this.zoekIn(
              'Overleg',
              { regioId: 'o.regio_id', deelnemerOrganisaties: '[]o.deelnemer_organisaties' },
              vraag,
              (q, where, v, params, p, limit) => zoekOverleggen(q, where, vraag.woorden, params, p, limit),
            )
          : [];
      groep(
        'overleg',
        rows.map((r) => ({
          id: r.id,
          titel: r.titel,
          omschrijving: `${datumNl(r.start.slice(0, 10))} ${r.start.slice(11)}`,
          link: `/overleggen/${r.id}`,
        })),
        [],
      );
    }

    // One row for the whole result list (the logMany pattern): ids shown and the persons' pseudonyms.
    if (audit.length)
      await this.audit.logMany(
        audit.map((a) => ({
          actie: 'search' as const,
          subjectType: 'Zoekresultaat',
          subjectId: a.id,
          persoonSleutel: a.bsn,
          doel: 'dossiervoering',
          resultaat: 'toegestaan' as const,
        })),
      );
    return { groepen };
  }

  private async zoekIn<T>(
    type: 'Persoon' | 'Melding' | 'Casus' | 'Overleg',
    kolommen: Record<string, string>,
    vraag: Zoekvraag,
    zoek: (
      q: Db['em'],
      where: string,
      vraag: Zoekvraag,
      params: unknown[],
      p: (v: unknown) => string,
      limit: number,
    ) => Promise<T[]>,
  ): Promise<T[]> {
    const w = this.access.where('read', type, kolommen);
    const { params, p } = parameters(w.params);
    return zoek(this.db.em, w.sql, vraag, params, p, PER_GROEP + 1);
  }
}
