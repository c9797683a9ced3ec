/** Region settings (the tenant's own numbers). Defaults come from the seeds. */
export interface RegioInstellingen {
  /** Upper age of the target group: 23 by law, 27 since the Wet van school naar duurzaam werk (2026). */
  maxLeeftijd: 23 | 27;
  /** Nazorg length in months after closing a case. */
  nazorgMaanden: number;
  /** School holiday region. */
  vakantieregio: 'noord' | 'midden' | 'zuid';
  /** Require TOTP two-factor for professional roles. */
  totpVerplicht: boolean;
  /** Session idle timeout in minutes. */
  sessieInactiefMinuten: number;
  /** Absolute session lifetime in hours. */
  sessieMaxUren: number;
  /** Personal data is kept this many years after the age limit, then erased (retention job). */
  bewaartermijnJaren: number;
  /** Feedback to the school is due this many werkdagen after the melding (verzuimagenda; default 10). */
  terugkoppelWerkdagen: number;
  /** Contact ladder: days after an attempt without contact before the next step is suggested. */
  contactladderDagen: number;
  /** Days without contact after which a closing decision is due (routekaart: four weeks). */
  contactVerlorenDagen: number;
  /** Days before a share or consent ends that the consulent is warned. */
  delingWaarschuwingDagen: number;
  /** Follow entree / MBO-2 leavers (JIKP) quarterly for two years (motie Kwint). */
  kwintVolgen: boolean;
}

export const STANDAARD_REGIO_INSTELLINGEN: RegioInstellingen = {
  maxLeeftijd: 23,
  nazorgMaanden: 12,
  vakantieregio: 'noord',
  totpVerplicht: true,
  sessieInactiefMinuten: 30,
  sessieMaxUren: 10,
  bewaartermijnJaren: 2,
  terugkoppelWerkdagen: 10,
  contactladderDagen: 7,
  contactVerlorenDagen: 28,
  delingWaarschuwingDagen: 14,
  kwintVolgen: true,
};
