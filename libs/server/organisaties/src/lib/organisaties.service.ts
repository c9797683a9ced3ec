import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Conflict,
  Db,
  Ongeldig,
  RecordAccess,
  leesCursor,
  leesLimit,
  pagina,
  parameters,
  type PaginaQueryDto,
} from '@rmc/server-core';
import type { OrganisatieDto, Paged, RegioDto } from '@rmc/shared-api-types';
import { STANDAARD_REGIO_INSTELLINGEN } from '@rmc/shared-domain';
import {
  maakOrganisatie,
  organisatieNaamBestaat,
  organisatieOpId,
  organisatiePagina,
  organisatieSorteersleutel,
  telOrganisaties,
  wijzigOrganisatieActief,
  wijzigOrganisatieNaam,
  type OrganisatieRij,
} from './data/organisaties.queries';
import { gemeenteHoortBijRegio, gemeentenVanRegio, regioOpId, wijzigRegioInstellingen } from './data/regio.queries';
import type { OrganisatieCreateDto, OrganisatieUpdateDto, RegioInstellingenDto } from './dto';

const COLS = { regioId: 'o.regio_id', id: 'o.id' };

type Rij = OrganisatieRij;
const dto = ({ regioId: _r, ...o }: Rij): OrganisatieDto => o;

@Injectable()
export class OrganisatiesService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
  ) {}

  /**
   * By kind and name, keyset-paged; the cursor carries the last organisation's id and its key is
   * looked up again. The total is cheap: a region has tens of organisations.
   */
  async lijst(query: PaginaQueryDto = {}): Promise<Paged<OrganisatieDto>> {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, ['uuid']);
    const w = this.access.where('read', 'Organisatie', COLS);
    const { params, p } = parameters(w.params);
    let na = 'TRUE';
    if (cursor) {
      const vorige = await organisatieSorteersleutel(this.db.em, String(cursor[0]));
      if (!vorige)
        throw Ongeldig([{ field: 'cursor', message: 'De lijst is intussen gewijzigd. Begin opnieuw bij de eerste pagina.' }]);
      na = `(o.soort, o.naam, o.id) > (${p(vorige.soort)}::text, ${p(vorige.naam)}::text, ${p(cursor[0])}::uuid)`;
    }
    const telling = await telOrganisaties(this.db.em, w.sql, w.params);
    const rows = await organisatiePagina(this.db.em, w.sql, na, p(limit + 1), params);
    return pagina(rows, limit, (r) => [r.id], dto, telling);
  }

  private async rij(id: string, actie: 'read' | 'update'): Promise<Rij> {
    const row = await organisatieOpId(this.db.em, id);
    return this.access.zichtbaar(actie, 'Organisatie', id, row, 'Deze organisatie');
  }

  async een(id: string): Promise<OrganisatieDto> {
    return dto(await this.rij(id, 'read'));
  }

  async maak(regioId: string, input: OrganisatieCreateDto): Promise<OrganisatieDto> {
    if (input.gemeenteCode) {
      if (!(await gemeenteHoortBijRegio(this.db.em, input.gemeenteCode, regioId)))
        throw Ongeldig([{ field: 'gemeenteCode', message: 'Deze gemeente hoort niet bij uw regio.' }]);
    }
    if (await organisatieNaamBestaat(this.db.em, regioId, input.naam.trim()))
      throw Conflict('naam-bestaat', 'Er is al een organisatie met deze naam.', [
        { field: 'naam', message: 'Deze naam is al in gebruik in uw regio.' },
      ]);
    const id = await maakOrganisatie(this.db.em, {
      regioId,
      naam: input.naam.trim(),
      soort: input.soort,
      gemeenteCode: input.gemeenteCode ?? null,
    });
    await this.audit.log({
      actie: 'create',
      subjectType: 'Organisatie',
      subjectId: id,
      doel: 'regiobeheer',
      resultaat: 'toegestaan',
    });
    return this.een(id);
  }

  async wijzig(id: string, input: OrganisatieUpdateDto): Promise<OrganisatieDto> {
    await this.rij(id, 'update');
    if (input.naam !== undefined) await wijzigOrganisatieNaam(this.db.em, id, input.naam.trim());
    if (input.actief !== undefined) await wijzigOrganisatieActief(this.db.em, id, input.actief);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Organisatie',
      subjectId: id,
      doel: 'regiobeheer',
      resultaat: 'toegestaan',
    });
    return this.een(id);
  }

  async regio(regioId: string): Promise<RegioDto> {
    const r = await regioOpId(this.db.em, regioId);
    await this.access.zichtbaar('read', 'Regio', regioId, r ? { id: r.id } : undefined, 'Deze regio');
    const gemeenten = await gemeentenVanRegio(this.db.em, regioId);
    const contact = gemeenten.find((g) => g.code === r!.contactgemeente_code) ?? {
      code: r!.contactgemeente_code,
      naam: r!.contactgemeente_code,
    };
    return {
      id: r!.id,
      naam: r!.naam,
      contactgemeente: contact,
      gemeenten,
      instellingen: { ...STANDAARD_REGIO_INSTELLINGEN, ...r!.instellingen },
      actief: r!.actief,
    };
  }

  async wijzigInstellingen(regioId: string, input: RegioInstellingenDto): Promise<RegioDto> {
    await this.access.zichtbaar('update', 'Regio', regioId, { id: regioId }, 'Deze regio');
    await wijzigRegioInstellingen(this.db.em, regioId, input);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Regio',
      subjectId: regioId,
      doel: 'regiobeheer',
      resultaat: 'toegestaan',
    });
    return this.regio(regioId);
  }
}
