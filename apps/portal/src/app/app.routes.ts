import { Routes } from '@angular/router';
import { ingelogdGuard, portaalGuard, toegangGuard } from './core/guards';

export const routes: Routes = [
  {
    // Pages before (or without) the full shell: no navigation, nothing to leak.
    path: '',
    loadComponent: () => import('./layout/auth-layout.component').then((m) => m.AuthLayoutComponent),
    children: [
      { path: 'inloggen', title: 'Inloggen', loadComponent: () => import('./auth/inloggen.page').then((m) => m.InloggenPage) },
      {
        path: 'wachtwoord-instellen',
        title: 'Wachtwoord instellen',
        loadComponent: () => import('./auth/wachtwoord-instellen.page').then((m) => m.WachtwoordInstellenPage),
      },
      {
        path: 'totp-instellen',
        title: 'Tweestapsverificatie instellen',
        canActivate: [ingelogdGuard],
        loadComponent: () => import('./auth/totp-instellen.page').then((m) => m.TotpInstellenPage),
      },
    ],
  },
  {
    path: '',
    canActivate: [portaalGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      { path: '', pathMatch: 'full', title: 'Overzicht', loadComponent: () => import('./overzicht/overzicht.page').then((m) => m.OverzichtPage) },
      {
        path: 'personen',
        title: 'Jongeren',
        canActivate: [toegangGuard('personen')],
        loadComponent: () => import('./personen/personen.page').then((m) => m.PersonenPage),
      },
      {
        path: 'personen/:id',
        title: 'Gegevens jongere',
        canActivate: [toegangGuard('personen')],
        loadComponent: () => import('./personen/persoon-detail.page').then((m) => m.PersoonDetailPage),
      },
      {
        path: 'beheer/organisaties',
        title: 'Organisaties',
        canActivate: [toegangGuard('organisaties')],
        loadComponent: () => import('./beheer/organisaties.page').then((m) => m.OrganisatiesPage),
      },
      {
        path: 'beheer/gebruikers',
        title: 'Gebruikers',
        canActivate: [toegangGuard('gebruikers')],
        loadComponent: () => import('./beheer/gebruikers.page').then((m) => m.GebruikersPage),
      },
      {
        path: 'beheer/instellingen',
        title: 'Instellingen van de regio',
        canActivate: [toegangGuard('instellingen')],
        loadComponent: () => import('./beheer/instellingen.page').then((m) => m.InstellingenPage),
      },
      {
        path: 'platform/regios',
        title: "Regio's",
        canActivate: [toegangGuard('platformRegios')],
        loadComponent: () => import('./platform/regios.page').then((m) => m.RegiosPage),
      },
      { path: '**', title: 'Pagina niet gevonden', loadComponent: () => import('./niet-gevonden.page').then((m) => m.NietGevondenPage) },
    ],
  },
];
