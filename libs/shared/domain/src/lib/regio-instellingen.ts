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
}

export const STANDAARD_REGIO_INSTELLINGEN: RegioInstellingen = {
  maxLeeftijd: 23,
  nazorgMaanden: 12,
  vakantieregio: 'noord',
  totpVerplicht: true,
  sessieInactiefMinuten: 30,
  sessieMaxUren: 10,
  bewaartermijnJaren: 2,
};
