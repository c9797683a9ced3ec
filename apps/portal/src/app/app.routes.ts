import { Route, Routes } from '@angular/router';
import { ingelogdGuard, portaalGuard, toegangGuard } from './core/guards';

/**
 * Pages before (or without) the full shell: plain frame, no navigation, nothing to leak. Each gets
 * its own path on the layout route: an empty-path parent with children would also match "/".
 */
function zonderMenu(
  path: string,
  title: string,
  loadComponent: Route['loadComponent'],
  canActivate: Route['canActivate'] = [],
): Route {
  return {
    path,
    canActivate,
    loadComponent: () => import('./layout/auth-layout.component').then((m) => m.AuthLayoutComponent),
    children: [{ path: '', title, loadComponent }],
  };
}

export const routes: Routes = [
  // The young person's own channel (issue 15): its own frame and session, never the professionals' shell.
  {
    path: 'jongere',
    loadComponent: () => import('./jongere/jongere-layout.component').then((m) => m.JongereLayoutComponent),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Mijn pagina',
        loadComponent: () => import('./jongere/overzicht.page').then((m) => m.JongereOverzichtPage),
      },
      { path: 'welkom', title: 'Welkom', loadComponent: () => import('./jongere/welkom.page').then((m) => m.JongereWelkomPage) },
      {
        path: 'inloggen',
        title: 'Inloggen',
        loadComponent: () => import('./jongere/inloggen.page').then((m) => m.JongereInloggenPage),
      },
      {
        path: 'inzage',
        title: 'Wie heeft je gegevens?',
        loadComponent: () => import('./jongere/inzage.page').then((m) => m.JongereInzagePage),
      },
    ],
  },
  zonderMenu('inloggen', 'Inloggen', () => import('./auth/inloggen.page').then((m) => m.InloggenPage)),
  zonderMenu('wachtwoord-instellen', 'Wachtwoord instellen', () =>
    import('./auth/wachtwoord-instellen.page').then((m) => m.WachtwoordInstellenPage),
  ),
  zonderMenu(
    'totp-instellen',
    'Tweestapsverificatie instellen',
    () => import('./auth/totp-instellen.page').then((m) => m.TotpInstellenPage),
    [ingelogdGuard],
  ),
  {
    path: '',
    canActivate: [portaalGuard],
    loadComponent: () => import('./layout/shell.component').then((m) => m.ShellComponent),
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Overzicht',
        loadComponent: () => import('./overzicht/overzicht.page').then((m) => m.OverzichtPage),
      },
      {
        path: 'meldingen',
        title: 'Meldingen',
        canActivate: [toegangGuard('meldingen')],
        loadComponent: () => import('./meldingen/meldingen.page').then((m) => m.MeldingenPage),
      },
      {
        path: 'meldingen/nieuw',
        title: 'Nieuwe melding',
        canActivate: [toegangGuard('meldingNieuw')],
        loadComponent: () => import('./meldingen/melding-nieuw.page').then((m) => m.MeldingNieuwPage),
      },
      {
        path: 'meldingen/importeren',
        title: 'Meldingen importeren',
        canActivate: [toegangGuard('meldingNieuw')],
        loadComponent: () => import('./meldingen/melding-import.page').then((m) => m.MeldingImportPage),
      },
      {
        path: 'meldingen/:id',
        title: 'Melding',
        canActivate: [toegangGuard('meldingDetail')],
        loadComponent: () => import('./meldingen/melding-detail.page').then((m) => m.MeldingDetailPage),
      },
      {
        path: 'triage',
        title: 'Triage',
        canActivate: [toegangGuard('triage')],
        loadComponent: () => import('./triage/triage.page').then((m) => m.TriagePage),
      },
      {
        path: 'verzuimagenda',
        title: 'Verzuimagenda',
        canActivate: [toegangGuard('verzuimagenda')],
        loadComponent: () => import('./verzuimagenda/verzuimagendas.page').then((m) => m.VerzuimagendasPage),
      },
      {
        path: 'verzuimagenda/:id',
        title: 'Verzuimagenda',
        canActivate: [toegangGuard('verzuimagenda')],
        loadComponent: () => import('./verzuimagenda/verzuimagenda-detail.page').then((m) => m.VerzuimagendaDetailPage),
      },
      {
        path: 'naleving',
        title: 'Naleving van de verzuimagenda',
        canActivate: [toegangGuard('compliance')],
        loadComponent: () => import('./naleving/naleving.page').then((m) => m.NalevingPage),
      },
      {
        path: 'koppelingen',
        title: 'Koppelingen',
        canActivate: [toegangGuard('koppelingen')],
        loadComponent: () => import('./koppelingen/koppelingen.page').then((m) => m.KoppelingenPage),
      },
      {
        path: 'berichten',
        title: 'Berichten',
        loadComponent: () => import('./berichten/berichten.page').then((m) => m.BerichtenPage),
      },
      {
        path: 'casussen',
        title: 'Casussen',
        canActivate: [toegangGuard('casussen')],
        loadComponent: () => import('./casus/casussen.page').then((m) => m.CasussenPage),
      },
      {
        path: 'casussen/nieuw',
        title: 'Nieuwe casus',
        canActivate: [toegangGuard('casusNieuw')],
        loadComponent: () => import('./casus/casus-nieuw.page').then((m) => m.CasusNieuwPage),
      },
      {
        path: 'casussen/:id',
        title: 'Casus',
        canActivate: [toegangGuard('casussen')],
        loadComponent: () => import('./casus/casus-detail.page').then((m) => m.CasusDetailPage),
      },
      {
        path: 'overleggen',
        title: 'Overleggen',
        canActivate: [toegangGuard('overleggen')],
        loadComponent: () => import('./overleg/overleggen.page').then((m) => m.OverleggenPage),
      },
      {
        path: 'overleggen/nieuw',
        title: 'Nieuw overleg',
        canActivate: [toegangGuard('overlegNieuw')],
        loadComponent: () => import('./overleg/overleg-nieuw.page').then((m) => m.OverlegNieuwPage),
      },
      {
        path: 'overleggen/:id',
        title: 'Overleg',
        canActivate: [toegangGuard('overleggen')],
        loadComponent: () => import('./overleg/overleg-detail.page').then((m) => m.OverlegDetailPage),
      },
      {
        path: 'overleggen/:id/verslag',
        title: 'Verslag van het overleg',
        canActivate: [toegangGuard('overleggen')],
        loadComponent: () => import('./overleg/verslag.page').then((m) => m.VerslagPage),
      },
      {
        path: 'overdrachten',
        title: 'Overdrachten',
        canActivate: [toegangGuard('overdrachten')],
        loadComponent: () => import('./overdracht/overdrachten.page').then((m) => m.OverdrachtenPage),
      },
      {
        path: 'nazorg',
        title: 'Nazorg',
        canActivate: [toegangGuard('nazorg')],
        loadComponent: () => import('./nazorg/nazorg.page').then((m) => m.NazorgPage),
      },
      {
        path: 'account',
        title: 'Mijn account',
        loadComponent: () => import('./account/account.page').then((m) => m.AccountPage),
      },
      {
        path: 'acties',
        title: 'Mijn acties',
        canActivate: [toegangGuard('mijnActies')],
        loadComponent: () => import('./overleg/mijn-acties.page').then((m) => m.MijnActiesPage),
      },
      {
        // The term is never in the URL (it may be a BSN): the page keeps it in its state and the history entry's.
        path: 'zoeken',
        title: 'Zoeken',
        canActivate: [toegangGuard('zoeken')],
        loadComponent: () => import('./zoeken/zoeken.page').then((m) => m.ZoekenPage),
      },
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
        path: 'beheer/eenmalige-aanmelding',
        title: 'Eenmalige aanmelding',
        canActivate: [toegangGuard('identiteitsproviders')],
        loadComponent: () => import('./beheer/identiteitsproviders.page').then((m) => m.IdentiteitsprovidersPage),
      },
      {
        path: 'platform/regios',
        title: "Regio's",
        canActivate: [toegangGuard('platformRegios')],
        loadComponent: () => import('./platform/regios.page').then((m) => m.RegiosPage),
      },
      {
        path: 'platform/wachtrijen',
        title: 'Wachtrijen',
        canActivate: [toegangGuard('platformWachtrijen')],
        loadComponent: () => import('./platform/wachtrijen.page').then((m) => m.WachtrijenPage),
      },
      {
        path: '**',
        title: 'Pagina niet gevonden',
        loadComponent: () => import('./niet-gevonden.page').then((m) => m.NietGevondenPage),
      },
    ],
  },
];
