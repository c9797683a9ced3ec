import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessieService } from './sessie.service';
import { TOEGANG, type Onderdeel } from './toegang';

/** Logged in at all (the TOTP setup page needs only this). */
export const ingelogdGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(SessieService).laad();
  return me ? true : router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
};

/** Logged in and done with the mandatory TOTP setup: the shell and every page in it. */
export const portaalGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const me = await inject(SessieService).laad();
  if (!me) return router.createUrlTree(['/inloggen'], { queryParams: { terug: state.url } });
  if (me.totpInstellenVereist) return router.createUrlTree(['/totp-instellen']);
  return true;
};

/** The user's rules allow this part of the portal; otherwise back to the overview. */
export function toegangGuard(onderdeel: Onderdeel): CanActivateFn {
  return () => {
    const sessie = inject(SessieService);
    return TOEGANG[onderdeel](sessie.ability(), sessie.me()) ? true : inject(Router).createUrlTree(['/']);
  };
}
