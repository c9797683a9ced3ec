import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AuditService, Db, Ongeldig, RecordAccess, type Actor, type AppConfig } from '@rmc/server-core';
import { instellingBestaat, organisatieOpId } from '@rmc/server-organisaties';
import type { IdentiteitsproviderDto } from '@rmc/shared-api-types';
import { isDomein } from '@rmc/shared-domain';
import { randomUUID } from 'node:crypto';
import { idpLijst, idpOpId, maakIdp, wijzigIdp, type IdpRij, type IdpWijziging } from './data/sso.queries';
import type { IdentiteitsproviderCreateDto, IdentiteitsproviderUpdateDto } from './dto';
import { SsoGeheim } from './geheim';

const COLS = { regioId: 'i.regio_id', id: 'i.id' };

/**
 * The providers as the region (its organisations) or the platform (school instellingen) manages them.
 * RLS on `sso_idp` admits the own region's rows (platform: reads all, writes only instelling providers);
 * CASL `Identiteitsprovider {regioId}` / `{instellingId ≠ null}` does the same in the WHERE clause and on
 * each record (another region's provider is 404; the platform's PATCH of a region's provider too). The
 * client secret is encrypted before it is stored and never returned.
 */
@Injectable()
export class IdentiteitsprovidersService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly geheim: SsoGeheim,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private dto(r: IdpRij): IdentiteitsproviderDto {
    return {
      id: r.id,
      naam: r.naam,
      organisatieId: r.organisatieId,
      organisatieNaam: r.organisatieNaam,
      instellingId: r.instellingId,
      instellingNaam: r.instellingNaam,
      issuer: r.issuer,
      clientId: r.clientId,
      clientSecretIngesteld: !!r.clientSecretVersleuteld,
      domeinen: r.domeinen,
      gebruikerClaim: r.gebruikerClaim,
      mfaAcr: r.mfaAcr,
      wachtwoordLoginUit: r.wachtwoordLoginUit,
      actief: r.actief,
      redirectUri: `${this.config.publicUrl}/api/v1/auth/sso/callback`,
      backchannelLogoutUri: `${this.config.publicUrl}/api/v1/auth/sso/${r.id}/backchannel-logout`,
      postLogoutRedirectUri: `${this.config.publicUrl}/inloggen?uitgelogd=1`,
    };
  }

  async lijst(): Promise<IdentiteitsproviderDto[]> {
    const w = this.access.where('read', 'Identiteitsprovider', COLS);
    return (await idpLijst(this.db.em, w.sql, w.params)).map((r) => this.dto(r));
  }

  private async rij(id: string, actie: 'read' | 'update'): Promise<IdpRij> {
    return this.access.zichtbaar(actie, 'Identiteitsprovider', id, await idpOpId(this.db.em, id), 'Deze identiteitsprovider');
  }

  async een(id: string): Promise<IdentiteitsproviderDto> {
    return this.dto(await this.rij(id, 'read'));
  }

  async maak(actor: Actor, input: IdentiteitsproviderCreateDto): Promise<IdentiteitsproviderDto> {
    const id = randomUUID();
    let plek: { regioId: string | null; organisatieId: string | null; instellingId: string | null };
    if (actor.regioId) {
      // A region configures its own organisations (RLS on organisatie: another region's id is not found).
      if (!input.organisatieId || input.instellingId)
        throw Ongeldig([{ field: 'organisatieId', message: 'Kies een organisatie van uw regio.' }]);
      const org = await organisatieOpId(this.db.em, input.organisatieId);
      if (!org || !org.actief) throw Ongeldig([{ field: 'organisatieId', message: 'Deze organisatie hoort niet bij uw regio.' }]);
      plek = { regioId: actor.regioId, organisatieId: org.id, instellingId: null };
    } else {
      // The platform configures school instellingen.
      if (!input.instellingId || input.organisatieId)
        throw Ongeldig([{ field: 'instellingId', message: 'Kies een MBO-instelling.' }]);
      if (!(await instellingBestaat(this.db.em, input.instellingId)))
        throw Ongeldig([{ field: 'instellingId', message: 'Deze instelling bestaat niet.' }]);
      plek = { regioId: null, organisatieId: null, instellingId: input.instellingId };
    }
    await this.access.zichtbaar(
      'create',
      'Identiteitsprovider',
      id,
      { id, regioId: plek.regioId, instellingId: plek.instellingId },
      'Deze identiteitsprovider',
    );
    await maakIdp(this.db.em, {
      id,
      ...plek,
      naam: input.naam.trim(),
      issuer: this.issuer(input.issuer),
      clientId: input.clientId.trim(),
      clientSecretVersleuteld: this.geheim.versleutel(input.clientSecret, id),
      domeinen: this.domeinen(input.domeinen),
      gebruikerClaim: input.gebruikerClaim?.trim() || 'email',
      mfaAcr: (input.mfaAcr ?? []).map((a) => a.trim()).filter(Boolean),
      wachtwoordLoginUit: input.wachtwoordLoginUit ?? false,
    });
    await this.audit.log({
      actie: 'create',
      subjectType: 'Identiteitsprovider',
      subjectId: id,
      doel: 'regiobeheer',
      resultaat: 'toegestaan',
    });
    return this.een(id);
  }

  async wijzig(id: string, input: IdentiteitsproviderUpdateDto): Promise<IdentiteitsproviderDto> {
    await this.rij(id, 'update');
    const w: IdpWijziging = {
      naam: input.naam?.trim(),
      issuer: input.issuer === undefined ? undefined : this.issuer(input.issuer),
      clientId: input.clientId?.trim(),
      clientSecretVersleuteld: input.clientSecret === undefined ? undefined : this.geheim.versleutel(input.clientSecret, id),
      domeinen: input.domeinen === undefined ? undefined : this.domeinen(input.domeinen),
      gebruikerClaim: input.gebruikerClaim?.trim(),
      mfaAcr: input.mfaAcr?.map((a) => a.trim()).filter(Boolean),
      wachtwoordLoginUit: input.wachtwoordLoginUit,
      actief: input.actief,
    };
    await wijzigIdp(this.db.em, id, w);
    await this.audit.log({
      actie: 'update',
      subjectType: 'Identiteitsprovider',
      subjectId: id,
      doel: 'regiobeheer',
      resultaat: 'toegestaan',
    });
    return this.een(id);
  }

  /** The issuer URL: https (http only with SSO_ALLOW_INSECURE_HTTP), no query or fragment. */
  private issuer(waarde: string): string {
    const fout = () =>
      Ongeldig([{ field: 'issuer', message: 'Een https-adres van de identiteitsprovider (issuer), zonder ? of #.' }]);
    let url: URL;
    try {
      url = new URL(waarde.trim());
    } catch {
      throw fout();
    }
    const protocollen = this.config.sso.httpToegestaan ? ['https:', 'http:'] : ['https:'];
    if (!protocollen.includes(url.protocol) || url.search || url.hash || url.username || url.password) throw fout();
    return waarde.trim();
  }

  private domeinen(lijst: string[]): string[] {
    const schoon = [...new Set(lijst.map((d) => d.trim().toLowerCase()).filter(Boolean))];
    const fout = schoon.find((d) => !isDomein(d));
    if (!schoon.length || fout)
      throw Ongeldig([
        {
          field: 'domeinen',
          message: fout ? `"${fout}" is geen e-maildomein (bijvoorbeeld gemeente.nl).` : 'Geef minstens één e-maildomein.',
        },
      ]);
    return schoon;
  }
}
