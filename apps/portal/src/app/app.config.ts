import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';
import { portalHttpInterceptor } from './core/portal-http.interceptor';
import { sessieVerlopenInterceptor } from './core/sessie-verlopen.interceptor';
import { PortaalTitelStrategie } from './core/titel-strategie';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([portalHttpInterceptor, sessieVerlopenInterceptor])),
    { provide: TitleStrategy, useClass: PortaalTitelStrategie },
  ],
};
