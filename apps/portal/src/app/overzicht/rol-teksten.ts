import type { Rol } from '@rmc/shared-domain';

/** One line per role on the overview: what this person does here (DOMAIN.md "People"). */
export const ROL_TEKSTEN: Record<Rol, string> = {
  'school-systeem': 'Technisch account van een schoolsysteem; werkt alleen via de API.',
  'regio-coordinator':
    'Je beheert de regio: organisaties, gebruikers en instellingen. Je houdt zicht op de jongeren en de caseload van het team.',
  'regio-consulent': 'Je begeleidt jongeren zonder startkwalificatie terug naar school, werk of een zinvolle dagbesteding.',
  leerplichtambtenaar: 'Je volgt jongeren tot 18 jaar en draagt hen rond hun achttiende zorgvuldig over aan het RMC.',
  beleidsmedewerker: 'Je ziet cijfers over de regio en de gemeenten. Persoonsgegevens van jongeren zie je niet.',
  'school-verzuimcoordinator': 'Je ziet de verzuimmeldingen van je school en de terugkoppeling die het RMC daarop geeft.',
  'school-mentor': 'Je ziet de meldingen van je studenten en de terugkoppeling die het RMC daarop geeft.',
  'wi-klantmanager': 'Je ziet alleen jongeren die met Werk & Inkomen zijn gedeeld, en alleen wat je voor werk en inkomen nodig hebt.',
  'wijkteam-medewerker': 'Je ziet alleen jongeren die met het wijkteam zijn gedeeld, en alleen wat je voor je taak nodig hebt.',
  'jeugdhulp-medewerker': 'Je ziet alleen jongeren die met jeugdhulp zijn gedeeld, en alleen wat je voor je taak nodig hebt.',
  'platform-beheerder': 'Je beheert de regio’s op het platform. Gegevens van jongeren zijn voor jou niet zichtbaar.',
};

/** Greeting by the clock in the Netherlands, whatever time zone the device is in. */
export function begroeting(nu = new Date()): string {
  const uur = Number(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: 'numeric', hourCycle: 'h23' }).format(nu));
  if (uur < 6) return 'Goedenacht';
  if (uur < 12) return 'Goedemorgen';
  if (uur < 18) return 'Goedemiddag';
  return 'Goedenavond';
}
