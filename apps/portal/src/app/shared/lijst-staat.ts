import { DestroyRef, computed, effect, inject, signal, untracked, type Signal, type WritableSignal } from '@angular/core';
import { ActivatedRoute, Router, type ParamMap } from '@angular/router';
import type { Paged } from '@rmc/shared-api-types';
import { leesProbleem } from '../core/formulier-status';
import { PaginaLijst } from '../core/pagina-lijst';

/**
 * The state of a list screen (sort, filters, pages loaded) kept in the URL's query parameters, so the
 * back button, a reload and a shared link show the same list. One building block for every list page.
 *
 * Only values that cannot carry personal data are accepted: a choice out of a fixed list, a flag
 * (`ja`), a date (jjjj-mm-dd), an id (UUID) or a small whole number. There is deliberately no free-text
 * kind: a name, BSN or e-mail address can never end up in an address bar, a browser history or a log.
 * A value that does not fit its kind is ignored (a hand-edited or outdated link falls back to the default).
 */
export type LijstVeld =
  | { soort: 'keuze'; waarden: readonly string[]; standaard?: string }
  | { soort: 'vlag' }
  | { soort: 'datum' }
  | { soort: 'id' }
  | { soort: 'getal'; min: number; max: number };

export type LijstVelden = Record<string, LijstVeld>;

/** The values read from the URL: a string per field that is present and valid (a flag: true). */
export type LijstWaarden<V extends LijstVelden> = {
  [K in keyof V]?: V[K] extends { soort: 'vlag' }
    ? true
    : V[K] extends { soort: 'getal' }
      ? number
      : V[K] extends { soort: 'keuze'; waarden: readonly (infer W extends string)[] }
        ? W
        : string;
};

/** A change: a value, or null/false/'' to remove the field from the URL. */
export type LijstWijziging<V extends LijstVelden> = {
  [K in keyof V]?: string | number | boolean | null | undefined;
};

/** Query parameter for the number of pages loaded ("Meer laden"), 1 when absent. */
export const PAGINAS_PARAM = 'paginas';
/** At most this many pages are loaded again after a reload (at 50 rows: 500 rows). */
export const MAX_PAGINAS = 10;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function bestaandeDatum(w: string): boolean {
  if (!DATUM.test(w)) return false;
  const d = new Date(`${w}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === w;
}

/** The canonical URL text of a value of `veld`, or null when it is not valid (or is the default). */
export function lijstWaardeNaarTekst(veld: LijstVeld, waarde: unknown): string | null {
  if (waarde === null || waarde === undefined || waarde === '' || waarde === false) return null;
  switch (veld.soort) {
    case 'vlag':
      return waarde === true || waarde === 'ja' ? 'ja' : null;
    case 'keuze': {
      const w = String(waarde);
      return veld.waarden.includes(w) && w !== veld.standaard ? w : null;
    }
    case 'datum':
      return typeof waarde === 'string' && bestaandeDatum(waarde) ? waarde : null;
    case 'id':
      return typeof waarde === 'string' && UUID.test(waarde) ? waarde.toLowerCase() : null;
    case 'getal': {
      const n = typeof waarde === 'number' ? waarde : /^\d{1,6}$/.test(String(waarde)) ? Number(waarde) : NaN;
      return Number.isInteger(n) && n >= veld.min && n <= veld.max ? String(n) : null;
    }
  }
}

/** Reads the fields from query parameters; invalid values are left out (a keuze falls back to its default). */
export function leesLijstParams<V extends LijstVelden>(
  velden: V,
  params: ParamMap | Record<string, string | undefined>,
): LijstWaarden<V> {
  const haal = (k: string) =>
    'get' in params && typeof params.get === 'function' ? (params as ParamMap).get(k) : (params as Record<string, string>)[k];
  const uit: Record<string, unknown> = {};
  for (const [naam, veld] of Object.entries(velden)) {
    const tekst = lijstWaardeNaarTekst(veld, haal(naam) ?? null);
    if (tekst !== null) uit[naam] = veld.soort === 'vlag' ? true : veld.soort === 'getal' ? Number(tekst) : tekst;
    else if (veld.soort === 'keuze' && veld.standaard !== undefined) uit[naam] = veld.standaard;
  }
  return uit as LijstWaarden<V>;
}

/** Query parameters for a change: invalid or default values become null (removed from the URL). */
export function naarQueryParams<V extends LijstVelden>(velden: V, wijziging: LijstWijziging<V>): Record<string, string | null> {
  const uit: Record<string, string | null> = {};
  for (const [naam, waarde] of Object.entries(wijziging)) {
    const veld = velden[naam];
    if (!veld) throw new Error(`Onbekend lijstveld ${naam}`);
    uit[naam] = lijstWaardeNaarTekst(veld, waarde);
  }
  return uit;
}

/** The number of pages in the URL: 1 to MAX_PAGINAS. */
export function leesPaginas(params: ParamMap): number {
  const w = params.get(PAGINAS_PARAM);
  const n = w && /^\d{1,3}$/.test(w) ? Number(w) : 1;
  return Math.min(Math.max(n, 1), MAX_PAGINAS);
}

/**
 * "37 meldingen", "1 melding", or "meer dan 100 meldingen" when the server did not count (total null)
 * and there are more pages than the `geladen` rows shown.
 */
export function aantalTekst(geladen: number, totaal: number | null, meer: boolean, enkelvoud: string, meervoud: string): string {
  const n = totaal ?? geladen;
  if (totaal === null && meer) return `meer dan ${geladen} ${meervoud}`;
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}

/**
 * The list state of the current route. Create it in a page's field initialiser (injection context):
 *
 *     protected readonly staat = lijstStaat({ status: { soort: 'keuze', waarden: STATUSSEN }, teLaat: { soort: 'vlag' } });
 *
 * `waarden()` follows the URL (also on back/forward); `zet()` navigates (a history entry, page count
 * reset); `meerGeladen()` records one more page with `replaceUrl`, so back leaves the list's filter,
 * not a page of it.
 */
export class LijstStaat<V extends LijstVelden> {
  private readonly params: WritableSignal<ParamMap>;
  readonly waarden: Signal<LijstWaarden<V>> = computed(() => leesLijstParams(this.velden, this.params()), {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  /** Pages to show (after a reload: load this many again). */
  readonly paginas: Signal<number> = computed(() => leesPaginas(this.params()));
  /** Whether any filter differs from its default (for the empty state: "wis de filters"). */
  readonly gefilterd: Signal<boolean> = computed(() =>
    Object.entries(this.waarden()).some(([k, w]) => {
      const veld = this.velden[k];
      return !(veld?.soort === 'keuze' && veld.standaard === w);
    }),
  );

  constructor(
    readonly velden: V,
    private readonly router: Router,
    private readonly route: ActivatedRoute,
    destroyRef?: DestroyRef,
  ) {
    this.params = signal(route.snapshot.queryParamMap);
    const sub = route.queryParamMap.subscribe((p) => this.params.set(p));
    destroyRef?.onDestroy(() => sub.unsubscribe());
  }

  /** A new filter or sort: a new history entry, back to the first page. Fields not named stay. */
  zet(wijziging: LijstWijziging<V>): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...naarQueryParams(this.velden, wijziging), [PAGINAS_PARAM]: null },
      queryParamsHandling: 'merge',
    });
  }

  /** Removes every filter (and the sort) of this list. */
  wis(): Promise<boolean> {
    const leeg = Object.fromEntries(Object.keys(this.velden).map((k) => [k, null]));
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...leeg, [PAGINAS_PARAM]: null },
      queryParamsHandling: 'merge',
    });
  }

  /** After "Meer laden": the URL remembers the number of pages, without a new history entry. */
  meerGeladen(paginas: number): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [PAGINAS_PARAM]: paginas > 1 ? String(Math.min(paginas, MAX_PAGINAS)) : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}

/** A `LijstStaat` for the current route (call in an injection context). */
export function lijstStaat<const V extends LijstVelden>(velden: V): LijstStaat<V> {
  return new LijstStaat(velden, inject(Router), inject(ActivatedRoute), inject(DestroyRef));
}

/**
 * A list page's whole loop on top of `LijstStaat` and `PaginaLijst`: when the URL's values change,
 * load the first page (and, after a reload, as many pages as the URL says); "Meer laden" appends one
 * and records it in the URL. `haal` gets the URL's values and the cursor. Create it in a field
 * initialiser (injection context).
 */
export class UrlLijst<T, V extends LijstVelden> {
  readonly pagina: PaginaLijst<T>;
  readonly items: Signal<T[]>;
  readonly laden = signal(true);
  readonly fout = signal<string | null>(null);
  /** "37 meldingen" / "meer dan 50 meldingen" (null while loading). */
  readonly aantal: Signal<string>;
  private waardenNu: LijstWaarden<V> = {};
  private verzoek = 0;

  constructor(
    readonly staat: LijstStaat<V>,
    haal: (waarden: LijstWaarden<V>, cursor: string | null) => Promise<Paged<T>>,
    private readonly teksten: { enkelvoud: string; meervoud: string; fout: string },
  ) {
    this.pagina = new PaginaLijst<T>((cursor) => haal(this.waardenNu, cursor));
    this.items = this.pagina.items;
    this.aantal = computed(() =>
      aantalTekst(this.items().length, this.pagina.totaal(), this.pagina.meer(), teksten.enkelvoud, teksten.meervoud),
    );
    effect(() => {
      const waarden = this.staat.waarden();
      untracked(() => void this.laad(waarden));
    });
  }

  /** Loads the current filter again (after an action changed rows). */
  opnieuw(): Promise<void> {
    return this.laad(this.staat.waarden());
  }

  async meer(): Promise<void> {
    this.fout.set(null);
    try {
      await this.pagina.volgendePagina();
      await this.staat.meerGeladen(this.pagina.paginas());
    } catch (fout) {
      this.fout.set(foutTekst(fout, this.teksten.fout));
    }
  }

  private async laad(waarden: LijstWaarden<V>): Promise<void> {
    const nummer = ++this.verzoek;
    this.waardenNu = waarden;
    this.laden.set(true);
    this.fout.set(null);
    try {
      await this.pagina.eersteTot(untracked(() => this.staat.paginas()));
    } catch (fout) {
      if (nummer === this.verzoek) this.fout.set(foutTekst(fout, this.teksten.fout));
    } finally {
      if (nummer === this.verzoek) this.laden.set(false);
    }
  }
}

function foutTekst(fout: unknown, standaard: string): string {
  const p = leesProbleem(fout);
  return p.status === 404 ? `${standaard} (niet beschikbaar op deze server)` : (p.detail ?? standaard);
}

/** A `UrlLijst` for the current route (call in an injection context). */
export function urlLijst<T, const V extends LijstVelden>(
  velden: V,
  haal: (waarden: LijstWaarden<V>, cursor: string | null) => Promise<Paged<T>>,
  teksten: { enkelvoud: string; meervoud: string; fout: string },
): UrlLijst<T, V> {
  return new UrlLijst(lijstStaat(velden), haal, teksten);
}
