import type { OrganisatieSoort } from '../organisaties';

/** The 13 life domains (Zelfredzaamheidsmatrix-style) of the routekaart's analysis. */
export const LEEFGEBIEDEN = [
  'gezin',
  'werk-en-opleiding',
  'huisvesting',
  'gezondheid',
  'relaties-netwerk',
  'verslaving-middelen',
  'financien-schulden',
  'justitie',
  'huiselijk-geweld',
  'vaardigheden-houding',
  'dagritme-vrije-tijd',
  'bereidheid-hulp',
  'motivatie-inactiviteit',
] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];
export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  gezin: 'Gezin',
  'werk-en-opleiding': 'Werk en opleiding',
  huisvesting: 'Huisvesting',
  gezondheid: 'Gezondheid',
  'relaties-netwerk': 'Relaties en netwerk',
  'verslaving-middelen': 'Verslaving / middelen',
  'financien-schulden': 'Financiën / schulden',
  justitie: 'Justitie',
  'huiselijk-geweld': 'Signalen huiselijk geweld',
  'vaardigheden-houding': 'Vaardigheden en houding',
  'dagritme-vrije-tijd': 'Dagritme en vrije tijd',
  'bereidheid-hulp': 'Bereidheid hulp te aanvaarden',
  'motivatie-inactiviteit': 'Motivatie / inactiviteit',
};

/** Sections of a case a share can open; life domains are shared one by one as `domein:<leefgebied>`. */
export const SECTIES = ['basis', 'contact', 'acties', 'verzuim'] as const;
export type Sectie = (typeof SECTIES)[number] | `domein:${Leefgebied}`;

/** Default slice per partner kind (the permission matrix's partner rows). Absence detail only on explicit choice. */
export const STANDAARD_SECTIES: Partial<Record<OrganisatieSoort, Sectie[]>> = {
  'werk-en-inkomen': ['basis', 'acties', 'domein:werk-en-opleiding', 'domein:financien-schulden'],
  wijkteam: ['basis', 'contact', 'acties', 'domein:gezin', 'domein:huisvesting', 'domein:huiselijk-geweld'],
  jeugdhulp: ['basis', 'acties', 'domein:gezondheid', 'domein:relaties-netwerk', 'domein:gezin'],
  ggd: ['basis', 'acties', 'domein:gezondheid', 'domein:verslaving-middelen'],
  overig: ['basis', 'acties'],
};

export function isSectie(s: string): s is Sectie {
  return (
    (SECTIES as readonly string[]).includes(s) ||
    (s.startsWith('domein:') && (LEEFGEBIEDEN as readonly string[]).includes(s.slice(7)))
  );
}

/** A share may open the kind's default slice plus absence detail ("only where needed"), nothing more. */
export function toegestaneSecties(soort: OrganisatieSoort): Sectie[] {
  const basis = STANDAARD_SECTIES[soort];
  return basis ? [...basis, 'verzuim'] : [];
}

/** Top-level fields of the case JSON that each section opens (used for CASL field rules). */
export function veldenVoorSecties(secties: readonly string[]): string[] {
  const velden = new Set<string>(['id', 'notities', 'mijnActies']);
  if (secties.includes('basis')) ['fase', 'doelgroep', 'persoon', 'consulentNaam', 'regie'].forEach((v) => velden.add(v));
  if (secties.includes('contact')) velden.add('contact');
  if (secties.includes('verzuim')) velden.add('verzuim');
  if (secties.some((s) => s.startsWith('domein:'))) velden.add('leefgebieden');
  return [...velden];
}

/**
 * Sub-fields of the case JSON, for the CASL field rules: one per life domain inside `leefgebieden` (a scan's
 * scores are cut to the domains a share opens) and the person's record id inside `persoon` (no section opens
 * it: a partner reads the case, never the person record).
 */
export const CASUS_SUBVELDEN = ['persoon.id', ...LEEFGEBIEDEN.map((d) => `leefgebieden.${d}`)] as const;

/** The life-domain sub-fields a share opens (`domein:<leefgebied>` → `leefgebieden.<leefgebied>`). */
export function leefgebiedVelden(secties: readonly string[]): string[] {
  return secties.filter((s) => s.startsWith('domein:') && isSectie(s)).map((s) => `leefgebieden.${s.slice(7)}`);
}

export type Grondslag = 'toestemming' | 'wettelijke-taak';

/** The four-step check before sharing under a legal task (AVG): every step answered. */
export function controleerVierstappen(
  v: Partial<Record<'grondslag' | 'doel' | 'proportionaliteit' | 'subsidiariteit', string>> | undefined,
): string[] {
  return (['grondslag', 'doel', 'proportionaliteit', 'subsidiariteit'] as const).filter(
    (k) => !v?.[k] || v[k]!.trim().length < 10,
  );
}
