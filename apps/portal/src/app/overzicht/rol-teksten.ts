import type { Rol } from '@rmc/shared-domain';

/** One line per role on the overview: what this person does here (DOMAIN.md "People"). */
export const ROL_TEKSTEN: Record<Rol, string> = {
  'school-systeem': 'Technisch account van een schoolsysteem; werkt alleen via de API.',
  jongere: 'Je eigen pagina bij het RMC: je plan, je afspraken en wie je gegevens heeft bekeken.',
  'regio-coordinator':
    'U beheert de regio: organisaties, gebruikers en instellingen. U houdt zicht op de jongeren en de caseload van het team.',
  'regio-consulent': 'U begeleidt jongeren zonder startkwalificatie terug naar school, werk of een zinvolle dagbesteding.',
  leerplichtambtenaar: 'U volgt jongeren tot 18 jaar en draagt hen rond hun achttiende zorgvuldig over aan het RMC.',
  beleidsmedewerker: 'U ziet cijfers over de regio en de gemeenten. Persoonsgegevens van jongeren ziet u niet.',
  'school-verzuimcoordinator': 'U ziet de verzuimmeldingen van uw school en de terugkoppeling die het RMC daarop geeft.',
  'school-mentor': 'U ziet de meldingen van uw studenten en de terugkoppeling die het RMC daarop geeft.',
  'wi-klantmanager':
    'U ziet alleen jongeren die met Werk & Inkomen zijn gedeeld, en alleen wat u voor werk en inkomen nodig heeft.',
  'wijkteam-medewerker': 'U ziet alleen jongeren die met het wijkteam zijn gedeeld, en alleen wat u voor uw taak nodig heeft.',
  'jeugdhulp-medewerker': 'U ziet alleen jongeren die met jeugdhulp zijn gedeeld, en alleen wat u voor uw taak nodig heeft.',
  'platform-beheerder': 'U beheert de regio’s op het platform. Gegevens van jongeren zijn voor u niet zichtbaar.',
};

/** Greeting by the clock in the Netherlands, whatever time zone the device is in. */
export function begroeting(nu = new Date()): string {
  const uur = Number(
    new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: 'numeric', hourCycle: 'h23' }).format(nu),
  );
  if (uur < 6) return 'Goedenacht';
  if (uur < 12) return 'Goedemorgen';
  if (uur < 18) return 'Goedemiddag';
  return 'Goedenavond';
}
