import { Injectable } from '@nestjs/common';

/**
 * Port: whether an organisation logs in through its identity provider only (password login switched
 * off). The sso context registers its implementation (`WachtwoordBeleidRegister.zet`) when its module
 * starts; identity does not import sso, so there is no cycle. Without sso, password login is always on.
 */
export interface WachtwoordBeleid {
  wachtwoordLoginUit(lid: { organisatieId: string | null; instellingId: string | null }): Promise<boolean>;
}

@Injectable()
export class WachtwoordBeleidRegister implements WachtwoordBeleid {
  private beleid: WachtwoordBeleid | null = null;

  zet(beleid: WachtwoordBeleid): void {
    this.beleid = beleid;
  }

  wachtwoordLoginUit(lid: { organisatieId: string | null; instellingId: string | null }): Promise<boolean> {
    return this.beleid ? this.beleid.wachtwoordLoginUit(lid) : Promise.resolve(false);
  }
}

/** Shown when a member of such an organisation logs in with a (correct) password. */
export const WACHTWOORD_LOGIN_UIT =
  'Uw organisatie gebruikt eenmalige aanmelding. Inloggen met een wachtwoord is uitgeschakeld: kies op de inlogpagina "Inloggen met" uw organisatie.';
