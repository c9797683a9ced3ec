import { inject } from '@angular/core';
import { ControlContainer, FormBuilder } from '@angular/forms';
import type { MeldingCreate, MeResponse } from '@rmc/shared-api-types';
import { MELDING_VELDEN, ZORGEN, veldEis, type MeldingNorm, type MeldingVeld, type Zorg } from '@rmc/shared-domain';

/** Every field of the new-melding form, in the order of the error summary (the domain's list). */
export const VELDEN = MELDING_VELDEN;
export type Veld = MeldingVeld;

/** The form's steps: each shows one part; the last one is the summary before sending. */
export const STAPPEN = [
  { titel: 'Student', velden: VELDEN.slice(0, 7) },
  { titel: 'Verzuim', velden: VELDEN.slice(7, 17) },
  { titel: 'Zorgen en aanpak', velden: VELDEN.slice(17, 25) },
  { titel: 'Melder', velden: VELDEN.slice(25) },
  { titel: 'Controleren en versturen', velden: [] as Veld[] },
] as const satisfies readonly { titel: string; velden: readonly Veld[] }[];

/** The step that shows this field (for errors from the API on a field of an earlier step). */
export const stapVanVeld = (veld: string): number =>
  Math.max(
    0,
    STAPPEN.findIndex((s) => (s.velden as readonly string[]).includes(veld)),
  );

/** The form, one control per field (strings as typed; `melding()` turns them into the request). */
export function maakMeldingFormulier(fb: FormBuilder['nonNullable'], me: MeResponse | null) {
  return fb.group({
    bsn: '',
    voornaam: '',
    achternaam: '',
    geboortedatum: '',
    postcode: '',
    telefoon: '',
    afwijkendVerblijfadres: '',
    soort: '',
    leslocatieVestigingId: '',
    begindatum: '',
    einddatum: '',
    vermoedelijkeSoort: '',
    vermoedelijkeReden: '',
    allesGemist: '',
    verzuimDagen: fb.control<number | null>(null),
    verzuimUren: fb.control<number | null>(null),
    vorigeMeldingId: '',
    zorgen: fb.group(Object.fromEntries(ZORGEN.map((z) => [z, false])) as Record<Zorg, boolean>),
    doorSchoolOndernomen: '',
    afsprakenMetStudent: '',
    betrokkenContacten: '',
    lopendeHulp: '',
    verwachtingVanRegio: '',
    actieGewenst: '',
    toelichtingActieGewenst: '',
    melderNaam: me?.gebruiker.naam ?? '',
    melderFunctie: '',
    melderTelefoon: '',
    melderEmail: me?.gebruiker.email ?? '',
  });
}
export type MeldingFormulier = ReturnType<typeof maakMeldingFormulier>;

/** Is this field required for the chosen soort? */
export function isVerplicht(norm: MeldingNorm | null, veld: string): boolean {
  return veldEis(norm, veld) === 'verplicht';
}

/** Marked "(niet verplicht)": neither required nor a quality field, so never listed as missing later. */
export function isOptioneel(norm: MeldingNorm | null, veld: string): boolean {
  return veldEis(norm, veld) === 'optioneel';
}

/** Hint for a quality field: the richtlijn wants it, the region judges completeness by it. */
export function aanbevolenHint(norm: MeldingNorm | null, veld: string, extra?: string): string | null {
  const deel = veldEis(norm, veld) === 'aanbevolen' ? 'Aanbevolen: zonder dit veld is de melding onvolledig.' : null;
  return [extra, deel].filter(Boolean).join(' ') || null;
}

const jaNee = (waarde: string): boolean | undefined => (waarde === 'ja' ? true : waarde === 'nee' ? false : undefined);
const tekst = (waarde: string): string | undefined => waarde.trim() || undefined;
const getal = (waarde: number | string | null): number | undefined =>
  waarde === null || waarde === '' ? undefined : Number(waarde);

/** The request from the form's values; empty fields are left out, so the API names exactly the missing ones. */
export function meldingUitFormulier(w: ReturnType<MeldingFormulier['getRawValue']>, vervolgmelding: boolean): MeldingCreate {
  const m: Partial<MeldingCreate> = {
    soort: w.soort,
    leslocatieVestigingId: w.leslocatieVestigingId,
    bsn: w.bsn.replace(/\s/g, ''),
    voornaam: tekst(w.voornaam),
    achternaam: tekst(w.achternaam),
    geboortedatum: w.geboortedatum || undefined,
    postcode: tekst(w.postcode)?.toUpperCase(),
    telefoon: tekst(w.telefoon),
    afwijkendVerblijfadres: tekst(w.afwijkendVerblijfadres),
    begindatum: w.begindatum || undefined,
    einddatum: w.einddatum || undefined,
    vermoedelijkeSoort: w.vermoedelijkeSoort || undefined,
    vermoedelijkeReden: tekst(w.vermoedelijkeReden),
    allesGemist: jaNee(w.allesGemist),
    verzuimDagen: getal(w.verzuimDagen),
    verzuimUren: getal(w.verzuimUren),
    vorigeMeldingId: vervolgmelding ? w.vorigeMeldingId || undefined : undefined,
    zorgen: ZORGEN.filter((z) => w.zorgen[z]),
    doorSchoolOndernomen: tekst(w.doorSchoolOndernomen),
    afsprakenMetStudent: tekst(w.afsprakenMetStudent),
    betrokkenContacten: tekst(w.betrokkenContacten),
    lopendeHulp: tekst(w.lopendeHulp),
    verwachtingVanRegio: tekst(w.verwachtingVanRegio),
    actieGewenst: jaNee(w.actieGewenst),
    toelichtingActieGewenst: tekst(w.toelichtingActieGewenst),
    melderNaam: tekst(w.melderNaam),
    melderFunctie: tekst(w.melderFunctie),
    melderTelefoon: tekst(w.melderTelefoon),
    melderEmail: tekst(w.melderEmail),
  };
  for (const sleutel of Object.keys(m) as (keyof MeldingCreate)[])
    if (m[sleutel] === undefined || m[sleutel] === '') delete m[sleutel];
  return m as MeldingCreate;
}

/**
 * For the fieldset components of the form: their `formControlName`s bind to the page's `<form
 * [formGroup]>` (the form group directive of the enclosing form), so there is one form and one submit.
 */
export const OUDER_FORMULIER = {
  provide: ControlContainer,
  useFactory: () => inject(ControlContainer, { skipSelf: true }),
};
