import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { Db } from '@rmc/server-core';
import { WachtwoordBeleidRegister, type WachtwoordBeleid } from '@rmc/server-identity';
import { wachtwoordLoginUit } from './data/sso.queries';
import { SsoGeheim } from './geheim';
import { IdentiteitsprovidersService } from './identiteitsproviders.service';
import { OidcKlant } from './oidc';
import { IdentiteitsprovidersController, SsoLoginController } from './sso.controller';
import { SsoLoginService } from './sso-login.service';

/** Identity's port: password login is off for members of an organisation whose active provider says so. */
@Injectable()
export class SsoWachtwoordBeleid implements WachtwoordBeleid, OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly register: WachtwoordBeleidRegister,
  ) {}

  onModuleInit(): void {
    this.register.zet(this);
  }

  /** Runs inside the login's transaction (a SECURITY DEFINER function: no region is known yet). */
  wachtwoordLoginUit(lid: { organisatieId: string | null; instellingId: string | null }): Promise<boolean> {
    if (!lid.organisatieId && !lid.instellingId) return Promise.resolve(false);
    return wachtwoordLoginUit(this.db.em, lid.organisatieId, lid.instellingId);
  }
}

/** Single sign-on per organisation (OIDC): docs/adr/0017-oidc-sso.md. */
@Module({
  controllers: [SsoLoginController, IdentiteitsprovidersController],
  providers: [SsoGeheim, OidcKlant, SsoLoginService, IdentiteitsprovidersService, SsoWachtwoordBeleid],
})
export class SsoModule {}
