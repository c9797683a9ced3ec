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
import { STANDAARD_REGIO_INSTELLINGEN, type RegioInstellingen } from '@rmc/shared-domain';
import type { OrganisatieCreateDto, OrganisatieUpdateDto, RegioInstellingenDto } from './dto';

const COLS = { regioId: 'o.regio_id', id: 'o.id' };
const SELECT = `SELECT o.id, o.naam, o.soort, o.gemeente_code AS "gemeenteCode", o.actief, o.regio_id AS "regioId" FROM organisatie o`;

type Rij = OrganisatieDto & { regioId: string };
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
      const vorige = await this.db.one<{ soort: string; naam: string }>(`SELECT soort, naam FROM organisatie WHERE id = $1`, [
        cursor[0],
      ]);
      if (!vorige)
        throw Ongeldig([{ field: 'cursor', message: 'De lijst is intussen gewijzigd. Begin opnieuw bij de eerste pagina.' }]);
      na = `(o.soort, o.naam, o.id) > (${p(vorige.soort)}::text, ${p(vorige.naam)}::text, ${p(cursor[0])}::uuid)`;
    }
    const telling = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM organisatie o WHERE ${w.sql}`, w.params);
    const rows = await this.db.query<Rij>(
      `${SELECT} WHERE (${w.sql}) AND ${na} ORDER BY o.soort, o.naam, o.id LIMIT ${p(limit + 1)}`,
      params,
    );
    return pagina(rows, limit, (r) => [r.id], dto, telling?.n ?? 0);
  }

  private async rij(id: string, actie: 'read' | 'update'): Promise<Rij> {
    const row = await this.db.one<Rij>(`${SELECT} WHERE o.id = $1`, [id]);
    return this.access.zichtbaar(actie, 'Organisatie', id, row, 'Deze organisatie');
  }

  async een(id: string): Promise<OrganisatieDto> {
    return dto(await this.rij(id, 'read'));
  }

  async maak(regioId: string, input: OrganisatieCreateDto): Promise<OrganisatieDto> {
    if (input.gemeenteCode) {
      const g = await this.db.one(`SELECT 1 FROM gemeente WHERE code = $1 AND regio_id = $2`, [input.gemeenteCode, regioId]);
      if (!g) throw Ongeldig([{ field: 'gemeenteCode', message: 'Deze gemeente hoort niet bij uw regio.' }]);
    }
    const bestaat = await this.db.one(`SELECT 1 FROM organisatie WHERE regio_id = $1 AND lower(naam) = lower($2)`, [
      regioId,
      input.naam.trim(),
    ]);
    if (bestaat)
      throw Conflict('naam-bestaat', 'Er is al een organisatie met deze naam.', [
        { field: 'naam', message: 'Deze naam is al in gebruik in uw regio.' },
      ]);
    const row = await this.db.one<{ id: string }>(
      `INSERT INTO organisatie (regio_id, naam, soort, gemeente_code) VALUES ($1, $2, $3, $4) RETURNING id`,
      [regioId, input.naam.trim(), input.soort, input.gemeenteCode ?? null],
    );
    await this.audit.log({
      actie: 'create',
      subjectType: 'Organisatie',
      subjectId: row!.id,
      doel: 'regiobeheer',
      resultaat: 'toegestaan',
    });
    return this.een(row!.id);
  }

  async wijzig(id: string, input: OrganisatieUpdateDto): Promise<OrganisatieDto> {
    await this.rij(id, 'update');
    if (input.naam !== undefined) await this.db.query(`UPDATE organisatie SET naam = $2 WHERE id = $1`, [id, input.naam.trim()]);
    if (input.actief !== undefined) await this.db.query(`UPDATE organisatie SET actief = $2 WHERE id = $1`, [id, input.actief]);
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
    const r = await this.db.one<{
      id: string;
      naam: string;
      contactgemeente_code: string;
      instellingen: RegioInstellingen;
      actief: boolean;
    }>(`SELECT id, naam, contactgemeente_code, instellingen, actief FROM regio WHERE id = $1`, [regioId]);
    await this.access.zichtbaar('read', 'Regio', regioId, r ? { id: r.id } : undefined, 'Deze regio');
    const gemeenten = await this.db.query<{ code: string; naam: string }>(
      `SELECT code, naam FROM gemeente WHERE regio_id = $1 ORDER BY naam`,
      [regioId],
    );
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
    await this.db.query(`UPDATE regio SET instellingen = instellingen || $2::jsonb WHERE id = $1`, [
      regioId,
      JSON.stringify(input),
    ]);
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
