import type { Onderdeel } from '../core/toegang';

export interface NavigatieItem {
  label: string;
  pad: string;
  /** Shown on the overview page as the card text. */
  omschrijving: string;
  /** Permission needed; items without one are for everyone who is logged in. */
  onderdeel?: Onderdeel;
}

export const HOOFDNAVIGATIE: readonly NavigatieItem[] = [
  { label: 'Overzicht', pad: '/', omschrijving: 'Startpagina.' },
  {
    label: 'Meldingen',
    pad: '/meldingen',
    omschrijving: 'Verzuim melden en de terugkoppeling van het RMC lezen.',
    onderdeel: 'meldingen',
  },
  {
    label: 'Triage',
    pad: '/triage',
    omschrijving: 'Nieuwe verzuimmeldingen beoordelen, toewijzen en terugkoppelen.',
    onderdeel: 'triage',
  },
  {
    label: 'Caseload',
    pad: '/casussen',
    omschrijving: 'Uw casussen door de fasen van de routekaart, met plan, contact en delen.',
    onderdeel: 'caseload',
  },
  {
    label: 'Gedeelde casussen',
    pad: '/casussen',
    omschrijving: 'Casussen die het RMC met uw organisatie deelt, uw acties en notities.',
    onderdeel: 'gedeeldeCasussen',
  },
  {
    label: 'Overleggen',
    pad: '/overleggen',
    omschrijving: 'Casusoverleggen (MDO): agenda, besluiten en actiepunten, live met de deelnemers.',
    onderdeel: 'overleggen',
  },
  {
    label: 'Overdrachten',
    pad: '/overdrachten',
    omschrijving: 'Warme overdrachten: aan u aangeboden casussen accepteren, en wat uw regio overdroeg.',
    onderdeel: 'overdrachten',
  },
  {
    label: 'Nazorg',
    pad: '/nazorg',
    omschrijving: 'Nazorgmomenten na het afsluiten: is de jongere nog op school of aan het werk?',
    onderdeel: 'nazorg',
  },
  {
    label: 'Mijn acties',
    pad: '/acties',
    omschrijving: 'Uw open acties uit casussen en overleggen, te late eerst.',
    onderdeel: 'mijnActies',
  },
  { label: 'Jongeren', pad: '/personen', omschrijving: 'De jongeren die u mag zien.', onderdeel: 'personen' },
  {
    label: 'Verzuimagenda',
    pad: '/verzuimagenda',
    omschrijving: 'De afspraken over verzuim tussen school en regio’s.',
    onderdeel: 'verzuimagenda',
  },
  {
    label: 'Naleving',
    pad: '/naleving',
    omschrijving: 'Cijfers per vestiging: op tijd, volledig, terugkoppeling.',
    onderdeel: 'compliance',
  },
  {
    label: 'Koppelingen',
    pad: '/koppelingen',
    omschrijving: 'Tokens waarmee het schoolsysteem meldingen rechtstreeks doorgeeft.',
    onderdeel: 'koppelingen',
  },
  {
    label: 'Organisaties',
    pad: '/beheer/organisaties',
    omschrijving: 'Ketenpartners en teams in de regio.',
    onderdeel: 'organisaties',
  },
  {
    label: 'Gebruikers',
    pad: '/beheer/gebruikers',
    omschrijving: 'Collega’s uitnodigen en accounts beheren.',
    onderdeel: 'gebruikers',
  },
  {
    label: 'Instellingen',
    pad: '/beheer/instellingen',
    omschrijving: 'Leeftijdsgrens, nazorg en beveiliging van de regio.',
    onderdeel: 'instellingen',
  },
  {
    label: 'Eenmalige aanmelding',
    pad: '/beheer/eenmalige-aanmelding',
    omschrijving: 'Inloggen via de identiteitsprovider (OIDC) van een organisatie.',
    onderdeel: 'identiteitsproviders',
  },
  {
    label: 'Regio’s',
    pad: '/platform/regios',
    omschrijving: 'Regio’s op het platform aanmaken en beheren.',
    onderdeel: 'platformRegios',
  },
  {
    label: 'Wachtrijen',
    pad: '/platform/wachtrijen',
    omschrijving: 'Wachtrijen voor e-mail en imports, en de e-mailoutbox.',
    onderdeel: 'platformWachtrijen',
  },
];
