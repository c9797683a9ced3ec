import { Injectable } from '@nestjs/common';
import { AuditService, Conflict, Db, NietGevonden, Ongeldig } from '@rmc/server-core';
import { gebruikersPerRegio, UitnodigingenService } from '@rmc/server-identity';
import type { InstellingDto, PlatformRegioDto } from '@rmc/shared-api-types';
import { STANDAARD_REGIO_INSTELLINGEN } from '@rmc/shared-domain';
import {
  deelGemeentenIn,
  gemeentenMetActieveRegio,
  gemeentenOpCode,
  instellingenMetVestigingen,
  maakOrganisatie,
  maakRegio,
  regioNaamBestaat,
  regioTeamVan,
  regiosMetGemeenten,
  wijzigRegioActief,
  wijzigRegioNaam,
} from '@rmc/server-organisaties';
import type { CoordinatorUitnodigingDto, PlatformRegioCreateDto, PlatformRegioUpdateDto } from './dto';

/** Platform administration: regions and the shared school registry. Never case content. */
@Injectable()
export class PlatformService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly uitnodigingen: UitnodigingenService,
  ) {}

  /** Regions (from organisaties) with their number of users (from the memberships), by name. */
  private async metGebruikers(regioId?: string): Promise<PlatformRegioDto[]> {
    const regios = await regiosMetGemeenten(this.db.em, regioId);
    const aantallen = regios.length
      ? await gebruikersPerRegio(
          this.db.em,
          regios.map((r) => r.id),
        )
      : new Map<string, number>();
    return regios.map((r) => ({ ...r, aantalGebruikers: aantallen.get(r.id) ?? 0 }));
  }

  regios(): Promise<PlatformRegioDto[]> {
    return this.metGebruikers();
  }

  async regio(id: string): Promise<PlatformRegioDto> {
    const [r] = await this.metGebruikers(id);
    if (!r) throw NietGevonden('Deze regio');
    return r;
  }

  async maakRegio(input: PlatformRegioCreateDto): Promise<PlatformRegioDto> {
    const codes = [...new Set(input.gemeenteCodes)];
    if (!codes.includes(input.contactgemeenteCode))
      throw Ongeldig([
        { field: 'contactgemeenteCode', message: 'De contactgemeente moet een van de gemeenten van de regio zijn.' },
      ]);
    const gemeenten = await gemeentenOpCode(this.db.em, codes);
    const onbekend = codes.filter((c) => !gemeenten.some((g) => g.code === c));
    if (onbekend.length) throw Ongeldig([{ field: 'gemeenteCodes', message: `Onbekende gemeente(n): ${onbekend.join(', ')}.` }]);
    const bezet = gemeenten.filter((g) => g.regio_id);
    if (bezet.length)
      throw Conflict('gemeente-bezet', 'Een gemeente hoort al bij een andere regio.', [
        { field: 'gemeenteCodes', message: `Al ingedeeld: ${bezet.map((g) => g.code).join(', ')}.` },
      ]);
    if (await regioNaamBestaat(this.db.em, input.naam.trim()))
      throw Conflict('naam-bestaat', 'Er is al een regio met deze naam.', [
        { field: 'naam', message: 'Deze naam is al in gebruik.' },
      ]);
    const regioId = await maakRegio(this.db.em, {
      naam: input.naam.trim(),
      contactgemeenteCode: input.contactgemeenteCode,
      instellingen: STANDAARD_REGIO_INSTELLINGEN,
    });
    await deelGemeentenIn(this.db.em, regioId, codes);
    await maakOrganisatie(this.db.em, {
      regioId,
      naam: `RMC-team ${input.naam.trim()}`,
      soort: 'regio-team',
      gemeenteCode: input.contactgemeenteCode,
    });
    await this.audit.log({
      actie: 'create',
      subjectType: 'PlatformRegio',
      subjectId: regioId,
      doel: 'platformbeheer',
      resultaat: 'toegestaan',
    });
    return this.regio(regioId);
  }

  async wijzigRegio(id: string, input: PlatformRegioUpdateDto): Promise<PlatformRegioDto> {
    await this.regio(id);
    if (input.naam !== undefined) await wijzigRegioNaam(this.db.em, id, input.naam.trim());
    if (input.actief !== undefined) await wijzigRegioActief(this.db.em, id, input.actief);
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
    const team = await regioTeamVan(this.db.em, regioId);
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
    const rows = await instellingenMetVestigingen(this.db.em);
    return rows.map((r) => ({ ...r, vestigingen: r.vestigingen ?? [] }));
  }

  /** regioNaam: the active region the gemeente belongs to (the warm handover form picks the receiving region from it). */
  gemeenten(): Promise<{ code: string; naam: string; regioId: string | null; regioNaam: string | null }[]> {
    return gemeentenMetActieveRegio(this.db.em);
  }
}
