import { Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, NietGevonden, Ongeldig } from '@rmc/server-core';
import { UitnodigingenService } from '@rmc/server-identity';
import type { InstellingDto, PlatformRegioDto } from '@rmc/shared-api-types';
import { STANDAARD_REGIO_INSTELLINGEN } from '@rmc/shared-domain';
import type { CoordinatorUitnodigingDto, PlatformRegioCreateDto, PlatformRegioUpdateDto } from './dto';

const SELECT = `SELECT r.id, r.naam, r.contactgemeente_code AS "contactgemeenteCode", r.actief,
  coalesce((SELECT array_agg(code ORDER BY code) FROM gemeente g WHERE g.regio_id = r.id), '{}') AS "gemeenteCodes",
  (SELECT count(DISTINCT gebruiker_id)::int FROM lidmaatschap l WHERE l.regio_id = r.id) AS "aantalGebruikers"
  FROM regio r`;

/** Platform administration: regions and the shared school registry. Never case content. */
@Injectable()
export class PlatformService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly uitnodigingen: UitnodigingenService,
  ) {}

  regios(): Promise<PlatformRegioDto[]> {
    return this.db.query<PlatformRegioDto>(`${SELECT} ORDER BY r.naam`);
  }

  async regio(id: string): Promise<PlatformRegioDto> {
    const r = await this.db.one<PlatformRegioDto>(`${SELECT} WHERE r.id = $1`, [id]);
    if (!r) throw NietGevonden('Deze regio');
    return r;
  }

  async maakRegio(input: PlatformRegioCreateDto): Promise<PlatformRegioDto> {
    const codes = [...new Set(input.gemeenteCodes)];
    if (!codes.includes(input.contactgemeenteCode))
      throw Ongeldig([
        { field: 'contactgemeenteCode', message: 'De contactgemeente moet een van de gemeenten van de regio zijn.' },
      ]);
    const gemeenten = await this.db.query<{ code: string; regio_id: string | null }>(
      `SELECT code, regio_id FROM gemeente WHERE code = ANY($1)`,
      [codes],
    );
    const onbekend = codes.filter((c) => !gemeenten.some((g) => g.code === c));
    if (onbekend.length) throw Ongeldig([{ field: 'gemeenteCodes', message: `Onbekende gemeente(n): ${onbekend.join(', ')}.` }]);
    const bezet = gemeenten.filter((g) => g.regio_id);
    if (bezet.length)
      throw Conflict('gemeente-bezet', 'Een gemeente hoort al bij een andere regio.', [
        { field: 'gemeenteCodes', message: `Al ingedeeld: ${bezet.map((g) => g.code).join(', ')}.` },
      ]);
    const naamBezet = await this.db.one(`SELECT 1 FROM regio WHERE lower(naam) = lower($1)`, [input.naam.trim()]);
    if (naamBezet)
      throw Conflict('naam-bestaat', 'Er is al een regio met deze naam.', [
        { field: 'naam', message: 'Deze naam is al in gebruik.' },
      ]);
    const r = await this.db.one<{ id: string }>(
      `INSERT INTO regio (naam, contactgemeente_code, instellingen) VALUES ($1, $2, $3) RETURNING id`,
      [input.naam.trim(), input.contactgemeenteCode, JSON.stringify(STANDAARD_REGIO_INSTELLINGEN)],
    );
    await this.db.query(`UPDATE gemeente SET regio_id = $1 WHERE code = ANY($2)`, [r!.id, codes]);
    await this.db.query(`INSERT INTO organisatie (regio_id, naam, soort, gemeente_code) VALUES ($1, $2, 'regio-team', $3)`, [
      r!.id,
      `RMC-team ${input.naam.trim()}`,
      input.contactgemeenteCode,
    ]);
    await this.audit.log({
      actie: 'create',
      subjectType: 'PlatformRegio',
      subjectId: r!.id,
      doel: 'platformbeheer',
      resultaat: 'toegestaan',
    });
    return this.regio(r!.id);
  }

  async wijzigRegio(id: string, input: PlatformRegioUpdateDto): Promise<PlatformRegioDto> {
    await this.regio(id);
    if (input.naam !== undefined) await this.db.query(`UPDATE regio SET naam = $2 WHERE id = $1`, [id, input.naam.trim()]);
    if (input.actief !== undefined) await this.db.query(`UPDATE regio SET actief = $2 WHERE id = $1`, [id, input.actief]);
    await this.audit.log({
      actie: 'update',
      subjectType: 'PlatformRegio',
      subjectId: id,
      doel: 'platformbeheer',
      resultaat: 'toegestaan',
    });
    return this.regio(id);
  }

  async nodigCoordinatorUit(regioId: string, input: CoordinatorUitnodigingDto): Promise<{ gebruikerId: string }> {
    await this.regio(regioId);
    const team = await this.db.one<{ id: string }>(
      `SELECT id FROM organisatie WHERE regio_id = $1 AND soort = 'regio-team' ORDER BY aangemaakt_op LIMIT 1`,
      [regioId],
    );
    if (!team) throw Conflict('geen-regioteam', 'Deze regio heeft nog geen RMC-team.');
    const gebruikerId = await this.uitnodigingen.nodigUit({
      email: input.email,
      naam: input.naam,
      rol: 'regio-coordinator',
      regioId,
      organisatieId: team.id,
    });
    return { gebruikerId };
  }

  async instellingen(): Promise<InstellingDto[]> {
    const rows = await this.db.query<{
      id: string;
      naam: string;
      brin: string;
      vestigingen: InstellingDto['vestigingen'] | null;
    }>(
      `SELECT i.id, i.naam, i.brin,
              (SELECT json_agg(json_build_object('id', v.id, 'naam', v.naam, 'plaats', v.plaats, 'postcode', v.postcode) ORDER BY v.naam) FROM vestiging v WHERE v.instelling_id = i.id) AS vestigingen
         FROM instelling i ORDER BY i.naam`,
    );
    return rows.map((r) => ({ ...r, vestigingen: r.vestigingen ?? [] }));
  }

  /** regioNaam: the active region the gemeente belongs to (the warm handover form picks the receiving region from it). */
  gemeenten(): Promise<{ code: string; naam: string; regioId: string | null; regioNaam: string | null }[]> {
    return this.db.query(
      `SELECT g.code, g.naam, g.regio_id AS "regioId", r.naam AS "regioNaam" FROM gemeente g LEFT JOIN regio r ON r.id = g.regio_id AND r.actief ORDER BY g.naam`,
    );
  }
}
