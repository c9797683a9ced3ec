import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Db,
  Ongeldig,
  RecordAccess,
  leesCursor,
  leesLimit,
  maakCursor,
  parameters,
  type PaginaQueryDto,
} from '@rmc/server-core';
import type { GebruikerDto, Paged } from '@rmc/shared-api-types';
import { rolPastBijSoort, type Rol } from '@rmc/shared-domain';
import { organisatieNaamSql, organisatieOpId } from '@rmc/server-organisaties';
import { SessionService } from './session.service';
import { UitnodigingenService } from './uitnodigingen.service';
import type { GebruikerUpdateDto, UitnodigingDto } from './gebruikers.dto';

interface Rij {
  id: string;
  naam: string;
  email: string;
  actief: boolean;
  lid_actief: boolean;
  heeft_wachtwoord: boolean;
  geblokkeerd: boolean;
  lid_id: string;
  rol: Rol;
  regio_id: string;
  organisatie_id: string | null;
  organisatie_naam: string | null;
}

const COLUMNS = { regioId: 'l.regio_id', id: 'g.id' };

/** Region user administration. RLS limits memberships to the region; CASL narrows further per role. */
@Injectable()
export class GebruikersService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly uitnodigingen: UitnodigingenService,
  ) {}

  private async rijen(extraWhere: string, params: unknown[]): Promise<Rij[]> {
    const w = this.access.where('read', 'Gebruiker', COLUMNS, params.length);
    return this.db.query<Rij>(
      `SELECT g.id, g.naam, g.email, g.actief, l.actief AS lid_actief, g.wachtwoord_hash IS NOT NULL AS heeft_wachtwoord,
              coalesce(g.geblokkeerd_tot > now(), false) AS geblokkeerd,
              l.id AS lid_id, l.rol, l.regio_id, l.organisatie_id, ${organisatieNaamSql('l.organisatie_id')} AS organisatie_naam
         FROM lidmaatschap l
         JOIN gebruiker g ON g.id = l.gebruiker_id
        WHERE l.regio_id IS NOT NULL AND ${w.sql} ${extraWhere}
        ORDER BY g.naam, g.id, l.rol`,
      [...params, ...w.params],
    );
  }

  /**
   * By name, keyset-paged over users (not memberships): the cursor carries the last user's id only
   * (no name), the name is looked up again. The total is a count of the region's accounts (small).
   */
  async lijst(query: PaginaQueryDto = {}): Promise<Paged<GebruikerDto>> {
    const limit = leesLimit(query.limit);
    const cursor = leesCursor(query.cursor, ['uuid']);
    const w = this.access.where('read', 'Gebruiker', COLUMNS);
    const { params, p } = parameters(w.params);
    const vanRegio = `EXISTS (SELECT 1 FROM lidmaatschap l WHERE l.gebruiker_id = g.id AND l.regio_id IS NOT NULL AND ${w.sql})`;
    let na = 'TRUE';
    if (cursor) {
      const vorige = await this.db.one<{ naam: string }>(`SELECT naam FROM gebruiker WHERE id = $1`, [cursor[0]]);
      if (!vorige)
        throw Ongeldig([{ field: 'cursor', message: 'De lijst is intussen gewijzigd. Begin opnieuw bij de eerste pagina.' }]);
      na = `(g.naam, g.id) > (${p(vorige.naam)}::text, ${p(cursor[0])}::uuid)`;
    }
    const telling = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM gebruiker g WHERE ${vanRegio}`, w.params);
    const ids = await this.db.query<{ id: string }>(
      `SELECT g.id FROM gebruiker g WHERE ${vanRegio} AND ${na} ORDER BY g.naam, g.id LIMIT ${p(limit + 1)}`,
      params,
    );
    const items = ids.length
      ? groepeer(await this.rijen(`AND g.id = ANY($1::uuid[])`, [ids.slice(0, limit).map((r) => r.id)]))
      : [];
    await this.audit.log({ actie: 'search', subjectType: 'Gebruiker', doel: 'gebruikersbeheer', resultaat: 'toegestaan' });
    return { items, total: telling?.n ?? 0, volgende: ids.length > limit ? maakCursor([ids[limit - 1].id]) : null };
  }

  async een(id: string): Promise<GebruikerDto> {
    const rows = await this.rijen('AND g.id = $1', [id]);
    const [dto] = groepeer(rows);
    await this.access.zichtbaar('read', 'Gebruiker', id, dto ? { id, regioId: rows[0].regio_id } : undefined, 'Deze gebruiker');
    await this.audit.log({
      actie: 'read',
      subjectType: 'Gebruiker',
      subjectId: id,
      doel: 'gebruikersbeheer',
      resultaat: 'toegestaan',
    });
    return dto;
  }

  async nodigUit(regioId: string, dto: UitnodigingDto): Promise<GebruikerDto> {
    await this.access.zichtbaar('invite', 'Gebruiker', dto.organisatieId, { regioId }, 'Deze regio');
    const org = await organisatieOpId(this.db, dto.organisatieId);
    if (!org || !org.actief)
      throw Ongeldig([{ field: 'organisatieId', message: 'Deze organisatie bestaat niet (meer) in uw regio.' }]);
    if (!rolPastBijSoort(dto.rol, org.soort))
      throw Ongeldig([{ field: 'rol', message: 'Deze rol past niet bij het soort organisatie.' }]);
    const id = await this.uitnodigingen.nodigUit({
      email: dto.email,
      naam: dto.naam,
      rol: dto.rol,
      regioId,
      organisatieId: org.id,
    });
    const [nieuw] = groepeer(await this.rijen('AND g.id = $1', [id]));
    return nieuw;
  }

  async wijzig(id: string, dto: GebruikerUpdateDto): Promise<GebruikerDto> {
    const rows = await this.rijen('AND g.id = $1', [id]);
    await this.access.zichtbaar(
      'update',
      'Gebruiker',
      id,
      rows[0] ? { id, regioId: rows[0].regio_id } : undefined,
      'Deze gebruiker',
    );
    if (dto.naam !== undefined) await this.db.query(`UPDATE gebruiker SET naam = $2 WHERE id = $1`, [id, dto.naam.trim()]);
    if (dto.actief !== undefined) {
      // Only this region's memberships (RLS admits no others): the account may work in other regions too.
      const leden = await this.db.query<{ id: string }>(
        `UPDATE lidmaatschap SET actief = $2 WHERE gebruiker_id = $1 AND regio_id IS NOT NULL RETURNING id`,
        [id, dto.actief],
      );
      // Deactivating ends the sessions on those memberships at once (the resolver also checks actief).
      if (!dto.actief) await this.sessions.revokeMemberships(leden.map((l) => l.id));
    }
    await this.audit.log({
      actie: 'update',
      subjectType: 'Gebruiker',
      subjectId: id,
      doel: 'gebruikersbeheer',
      resultaat: 'toegestaan',
    });
    return groepeer(await this.rijen('AND g.id = $1', [id]))[0];
  }
}

function groepeer(rows: Rij[]): GebruikerDto[] {
  const per = new Map<string, GebruikerDto>();
  for (const r of rows) {
    const dto =
      per.get(r.id) ??
      ({
        id: r.id,
        naam: r.naam,
        email: r.email,
        actief: r.actief && r.lid_actief,
        status: !r.heeft_wachtwoord ? 'uitgenodigd' : r.geblokkeerd || !r.actief || !r.lid_actief ? 'geblokkeerd' : 'actief',
        lidmaatschappen: [],
      } satisfies GebruikerDto);
    dto.lidmaatschappen.push({ id: r.lid_id, rol: r.rol, organisatieId: r.organisatie_id, organisatieNaam: r.organisatie_naam });
    per.set(r.id, dto);
  }
  return [...per.values()];
}
