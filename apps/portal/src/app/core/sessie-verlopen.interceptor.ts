import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { probleemCode } from '@rmc/shared-api-types';
import { catchError, throwError } from 'rxjs';
import { API } from './api';
import { SessieService } from './sessie.service';

/** Calls whose 401 means "wrong input" or "not logged in yet", not "session expired". */
const GEEN_SESSIE_NODIG = [
  `${API}/auth/login`,
  `${API}/auth/me`,
  `${API}/auth/logout`,
  `${API}/auth/wachtwoord-instellen`,
  `${API}/auth/sso/uitloggen`,
  `${API}/auth/sso/totp`,
];

/** The youth channel's login calls: their 401 is a wrong link or code, not an ended session. */
const JONGERE_LOGIN = [`${API}/jongere/link`, `${API}/jongere/code`, `${API}/jongere/inloggen`];

/**
 * A 401 on any other call means the session ended (idle timeout, logout elsewhere): go log in.
 * A 403 "totp-instellen-vereist" means the region now requires two-step verification: set it up.
 */
export const sessieVerlopenInterceptor: HttpInterceptorFn = (req, next) => {
  const router = inject(Router);
  const sessie = inject(SessieService);
  return next(req).pipe(
    catchError((fout: unknown) => {
      // The young person's channel has its own session and its own login page.
      if (req.url.startsWith(`${API}/jongere/`)) {
        if (fout instanceof HttpErrorResponse && fout.status === 401 && !JONGERE_LOGIN.some((url) => req.url.startsWith(url)))
          void router.navigate(['/jongere/inloggen']);
        return throwError(() => fout);
      }
      if (fout instanceof HttpErrorResponse && fout.status === 401 && !GEEN_SESSIE_NODIG.some((url) => req.url.startsWith(url))) {
        sessie.vergeet();
        const huidig = router.url;
        if (!huidig.startsWith('/inloggen')) {
          void router.navigate(['/inloggen'], {
            queryParams: { terug: huidig },
            state: { melding: 'Uw sessie is verlopen. Log opnieuw in.' },
          });
        }
      }
      if (fout instanceof HttpErrorResponse && probleemCode(fout.error) === 'totp-instellen-vereist') {
        void router.navigate(['/totp-instellen']);
      }
      return throwError(() => fout);
    }),
  );
};
