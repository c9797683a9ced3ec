import { HttpInterceptorFn } from '@angular/common/http';
import { API } from './api';

/**
 * Every API call sends the session cookie and the X-Requested-With header. The API rejects
 * state-changing requests without that header (a cross-site form post cannot set it: CSRF guard).
 */
export const portalHttpInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith(API)) return next(req);
  return next(req.clone({ withCredentials: true, setHeaders: { 'X-Requested-With': 'rmc-portal' } }));
};
