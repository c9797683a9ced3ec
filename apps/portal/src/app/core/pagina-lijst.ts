import { computed, signal } from '@angular/core';
import type { Paged } from '@rmc/shared-api-types';

/**
 * A paged list on a page: the first page, then "Meer laden" appends the next one while the server
 * gives a `volgende` cursor. `haal(cursor)` fetches one page with the page's current filter.
 */
export class PaginaLijst<T> {
  readonly items = signal<T[]>([]);
  /** The number of rows the filter matches, when the server counts them (null: not counted). */
  readonly totaal = signal<number | null>(null);
  readonly volgende = signal<string | null>(null);
  readonly bezig = signal(false);
  readonly meer = computed(() => this.volgende() !== null);
  /** Pages loaded so far (1 after \`eerste\`). */
  readonly paginas = signal(0);
  private versie = 0;

  constructor(private readonly haal: (cursor: string | null) => Promise<Paged<T>>) {}

  /** Loads the first page again (e.g. after a filter change); an older answer still on its way is ignored. */
  async eerste(): Promise<void> {
    const versie = ++this.versie;
    this.bezig.set(true);
    try {
      const pagina = await this.haal(null);
      if (versie !== this.versie) return;
      this.items.set(pagina.items);
      this.totaal.set(pagina.total);
      this.volgende.set(pagina.volgende);
      this.paginas.set(1);
    } finally {
      if (versie === this.versie) this.bezig.set(false);
    }
  }

  /** The first page and then up to \`aantal\` pages in all (a list whose URL says how many were loaded). */
  async eersteTot(aantal: number): Promise<void> {
    const versie = this.versie + 1;
    await this.eerste();
    while (versie === this.versie && this.paginas() < aantal && this.meer()) await this.volgendePagina();
  }

  /** Appends the next page. */
  async volgendePagina(): Promise<void> {
    const cursor = this.volgende();
    if (!cursor || this.bezig()) return;
    const versie = this.versie;
    this.bezig.set(true);
    try {
      const pagina = await this.haal(cursor);
      if (versie !== this.versie) return;
      this.items.update((al) => [...al, ...pagina.items]);
      this.volgende.set(pagina.volgende);
      this.paginas.update((n) => n + 1);
      if (pagina.total !== null) this.totaal.set(pagina.total);
    } finally {
      if (versie === this.versie) this.bezig.set(false);
    }
  }

  /** Replaces one row (after an action on it) without loading again. */
  vervang(gelijk: (a: T) => boolean, nieuw: T): void {
    this.items.update((al) => al.map((x) => (gelijk(x) ? nieuw : x)));
  }
}
