/**
 * Length limits of free text, in characters (issue 12: the fuzz stored 200,000-character strings where a
 * field had none, and an inzage PDF then printed them). One table for the API (class-validator
 * `@MaxLength` and the checks below) and the portal (`maxlength` on the form fields), so both refuse the
 * same input. The limits are generous for what the field is for; they are there to stop abuse, not to
 * make people shorten what they write.
 */
export const TEKST_MAX = {
  /** Names of people, organisations, regions, series (now 80–200 per field in the DTOs). */
  naam: 200,
  /** A short line: a goal, an agreement, an action, a reply to an appointment. */
  kort: 500,
  /** A short factual note: a score's or a Big 5 principle's note, the reach of a consent, a reason. */
  toelichting: 1000,
  /** A note or a written answer: contact notes, signalering, the four steps of a share, evaluation answers. */
  notitie: 2000,
  /** The reasoning for a phase change. */
  onderbouwing: 4000,
  /** One answer in the intake interview. */
  intakeAntwoord: 5000,
  /** An intake question (the key of an answer): the routekaart's questions are one sentence each. */
  intakeVraag: 500,
  /** A meeting's running notes (verslag). */
  verslag: 10000,
  /** A section key of a share (`basis`, `domein:wonen`, …). */
  sectie: 100,
  /** A DNS domain name (RFC 1035: 253 characters). */
  domein: 253,
} as const;
export type TekstSoort = keyof typeof TEKST_MAX;

/** Intake questions per intake: the routekaart asks about ten; the portal allows extra questions. */
export const INTAKE_MAX_VRAGEN = 50;

/** The Dutch message for a text longer than its limit. */
export function teLang(max: number): string {
  return `Deze tekst is te lang (hoogstens ${max.toLocaleString('nl-NL')} tekens).`;
}

export interface TekstFout {
  field: string;
  message: string;
}

/**
 * Field errors for the intake's answers (`{ vraag: antwoord }`): an object of at most
 * INTAKE_MAX_VRAGEN questions, each question and each answer a text within its limit.
 */
export function controleerIntake(antwoorden: unknown): TekstFout[] {
  if (typeof antwoorden !== 'object' || antwoorden === null || Array.isArray(antwoorden))
    return [{ field: 'antwoorden', message: 'Geef de antwoorden op de intakevragen.' }];
  const paren = Object.entries(antwoorden as Record<string, unknown>);
  if (paren.length > INTAKE_MAX_VRAGEN)
    return [{ field: 'antwoorden', message: `Een intake heeft hoogstens ${INTAKE_MAX_VRAGEN} vragen.` }];
  const fouten: TekstFout[] = [];
  for (const [vraag, antwoord] of paren) {
    if (vraag.length > TEKST_MAX.intakeVraag) {
      // The field names the question by its start only: the whole key is what was too long.
      fouten.push({
        field: `antwoorden.${vraag.slice(0, 60)}…`,
        message: `Deze vraag is te lang (hoogstens ${TEKST_MAX.intakeVraag} tekens).`,
      });
      continue;
    }
    if (typeof antwoord !== 'string') fouten.push({ field: `antwoorden.${vraag}`, message: 'Vul tekst in.' });
    else if (antwoord.length > TEKST_MAX.intakeAntwoord)
      fouten.push({ field: `antwoorden.${vraag}`, message: teLang(TEKST_MAX.intakeAntwoord) });
  }
  return fouten;
}

/** A field error when an optional note is neither absent nor a text within `max` characters. */
export function controleerNotitie(waarde: unknown, field: string, max: number): TekstFout | null {
  if (waarde === undefined || waarde === null) return null;
  if (typeof waarde !== 'string') return { field, message: 'Vul tekst in.' };
  return waarde.length > max ? { field, message: teLang(max) } : null;
}
