import type { FieldError } from '@rmc/server-core';
import { geldendeNormen } from '@rmc/server-verzuimagenda';
import { routeVoorPc4 } from '@rmc/server-organisaties';
import {
  eerdereMeldingen,
  gebeurtenisIngediend,
  isEerdereMeldingVan,
  meldingMetImportSleutel,
  voegMeldingIn,
} from './data/indiening.queries';
import {
  amsterdamDatum,
  beoordeelVolledigheid,
  controleerDrempel,
  isGeldigBsn,
  ontbrekendeVerplichteVelden,
  parsePostcode,
  plusWerkdagen,
  zevenDagenRegel,
  type MeldingNorm,
} from '@rmc/shared-domain';

/** The query surface this module needs: the API's Db or a worker transaction. */
export interface Querier {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Indiener {
  gebruikerId: string;
  vestigingId: string;
  instellingId: string;
}

export type MeldingInvoer = Record<string, unknown> & { soort: string; leslocatieVestigingId: string };

export type IndienUitkomst =
  | { ok: true; id: string; regioId: string | null; nieuw: boolean }
  | { ok: false; status: 400 | 422; fouten: FieldError[]; reden?: string };

const verplichtBericht = 'Dit veld is verplicht volgens de verzuimagenda van uw instelling.';

/**
 * The checks of one melding that need no database: the kind against the agenda, its required fields,
 * the own vestiging, BSN 11-proef, postcode, dates, the kind's threshold and "actie gewenst". Shared by
 * filing one melding and the set-based CSV import, so both give the same Dutch messages.
 */
export function controleerMelding(
  wie: Indiener,
  m: MeldingInvoer,
  normen: MeldingNorm[],
  vandaag: string,
): { ok: true; norm: MeldingNorm; pc: { postcode: string; pc4: number } | null } | { ok: false; fouten: FieldError[] } {
  const norm = normen.find((n) => n.soort === m.soort);
  // An unknown kind does not hide the row's other errors (the import reports them all at once).
  const fouten: FieldError[] = norm
    ? ontbrekendeVerplichteVelden(m, norm).map((field) => ({ field, message: verplichtBericht }))
    : [{ field: 'soort', message: `Onbekende soort melding; de verzuimagenda kent: ${normen.map((n) => n.label).join(', ')}.` }];
  // A school user files for students of its own vestiging (its session's vestiging; RLS checks the same).
  if (m.leslocatieVestigingId !== wie.vestigingId)
    fouten.push({ field: 'leslocatieVestigingId', message: 'U kunt alleen melden voor uw eigen vestiging.' });
  if (typeof m['bsn'] === 'string' && m['bsn'] && !isGeldigBsn(m['bsn']))
    fouten.push({ field: 'bsn', message: 'Dit BSN voldoet niet aan de elfproef.' });
  const pc = typeof m['postcode'] === 'string' && m['postcode'] ? parsePostcode(m['postcode']) : null;
  if (m['postcode'] && !pc) fouten.push({ field: 'postcode', message: 'Vul een geldige postcode in (1234 AB).' });
  if (typeof m['begindatum'] === 'string' && m['begindatum'] > vandaag)
    fouten.push({ field: 'begindatum', message: 'De begindatum kan niet in de toekomst liggen.' });
  if (typeof m['einddatum'] === 'string' && typeof m['begindatum'] === 'string' && m['einddatum'] < m['begindatum'])
    fouten.push({ field: 'einddatum', message: 'De einddatum ligt voor de begindatum.' });
  const drempel = norm && controleerDrempel(m as { verzuimUren?: number; verzuimDagen?: number }, norm);
  if (drempel && !fouten.some((f) => f.field === drempel.veld)) fouten.push({ field: drempel.veld, message: drempel.reden });
  if (m['actieGewenst'] === true && !m['toelichtingActieGewenst'])
    fouten.push({ field: 'toelichtingActieGewenst', message: 'Licht toe waarom u actie van de regio wenst.' });
  if (fouten.length || !norm) return { ok: false, fouten };
  return { ok: true, norm, pc };
}

export interface IndienCache {
  normen?: { agendaId: string | null; normen: MeldingNorm[] };
  routes: Map<number, { gemeente_code: string; regio_id: string | null; actief: boolean | null } | undefined>;
}

/**
 * Files one melding: the agenda's required fields, the kind's threshold, the 7-day rule and the
 * vervolgmelding link are checked; it is routed by postcode → gemeente → region (kept as
 * "regio niet aangesloten" when no region on the platform covers it); completeness and the pick-up
 * deadline in werkdagen are computed. Used by the API; the CSV import does the same set-based
 * (import-verwerking.ts).
 */
export async function dienMeldingIn(
  q: Querier,
  wie: Indiener,
  m: MeldingInvoer,
  opties: { nu?: Date; importSleutel?: string; proefrun?: boolean; cache?: IndienCache } = {},
): Promise<IndienUitkomst> {
  const nu = opties.nu ?? new Date();
  const vandaag = amsterdamDatum(nu);
  // A batch (CSV import) reuses the norms and postcode routes it already looked up.
  const cache = opties.cache;
  const { agendaId, normen } = cache?.normen ?? (await geldendeNormen(q, wie.instellingId, vandaag));
  if (cache) cache.normen = { agendaId, normen };
  const controle = controleerMelding(wie, m, normen, vandaag);
  if (!controle.ok) return { ok: false, status: 400, fouten: controle.fouten };
  const { norm, pc } = controle;

  const bsn = m['bsn'] as string;
  if (m['vorigeMeldingId']) {
    if (!(await isEerdereMeldingVan(q, m['vorigeMeldingId'], bsn, wie.vestigingId)))
      return {
        ok: false,
        status: 400,
        fouten: [{ field: 'vorigeMeldingId', message: 'Kies een eerdere melding van dezelfde student.' }],
      };
  }
  if (opties.importSleutel) {
    const al = await meldingMetImportSleutel(q, wie.vestigingId, opties.importSleutel);
    if (al) return { ok: true, id: al.id, regioId: al.regio_id, nieuw: false };
  }
  const eerdere = await eerdereMeldingen(q, bsn, wie.vestigingId);
  const zeven = zevenDagenRegel(
    { gemeldOp: vandaag, norm },
    eerdere.map((e) => ({ id: e.id, soort: e.soort, gemeldOp: e.gemeld_op_datum })),
    normen,
  );
  if (zeven) return { ok: false, status: 422, fouten: [{ field: 'soort', message: zeven }], reden: zeven };

  const route = cache?.routes.has(pc!.pc4) ? cache.routes.get(pc!.pc4) : await routeVoorPc4(q, pc!.pc4);
  cache?.routes.set(pc!.pc4, route);
  const regioId = route?.regio_id && route.actief ? route.regio_id : null;
  const { volledig, ontbrekend } = beoordeelVolledigheid(m, norm);
  if (opties.proefrun) return { ok: true, id: '', regioId, nieuw: true };

  const id = await voegMeldingIn(q, [
    regioId,
    wie.instellingId,
    m.leslocatieVestigingId,
    wie.gebruikerId,
    agendaId,
    m.soort,
    regioId ? 'ontvangen' : 'regio-niet-aangesloten',
    bsn,
    s(m['voornaam']),
    s(m['achternaam']),
    m['geboortedatum'],
    pc!.postcode,
    route?.gemeente_code ?? null,
    s(m['telefoon']),
    s(m['afwijkendVerblijfadres']),
    m['begindatum'],
    m['einddatum'] ?? null,
    m['vermoedelijkeSoort'],
    s(m['vermoedelijkeReden']),
    m['allesGemist'] ?? null,
    s(m['doorSchoolOndernomen']),
    m['actieGewenst'] === true,
    s(m['toelichtingActieGewenst']),
    s(m['melderNaam']),
    s(m['melderFunctie']),
    s(m['melderTelefoon']),
    s(m['melderEmail']),
    m['verzuimDagen'] ?? null,
    m['verzuimUren'] ?? null,
    (m['zorgen'] as string[] | undefined) ?? [],
    s(m['afsprakenMetStudent']),
    s(m['betrokkenContacten']),
    s(m['lopendeHulp']),
    s(m['verwachtingVanRegio']),
    m['vorigeMeldingId'] ?? null,
    volledig,
    ontbrekend,
    nu,
    vandaag,
    regioId ? plusWerkdagen(vandaag, norm.oppakTermijnWerkdagen) : null,
    opties.importSleutel ?? null,
  ]);
  await gebeurtenisIngediend(q, {
    meldingId: id,
    regioId,
    vestigingId: m.leslocatieVestigingId,
    tekst: regioId ? null : 'De woongemeente van de student is niet aangesloten bij het platform.',
    door: wie.gebruikerId,
  });
  return { ok: true, id, regioId, nieuw: true };
}

const s = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
