import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AlertComponent,
  BadgeComponent,
  DataTableComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  formatMoment,
  isoWeek,
  kalenderdag,
  tijdstip,
  type Kolom,
} from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { OverlegApi, type OverlegSamenvatting } from './overleg.api';
import { locatie, overlegStatusBadge, perWeek } from './overleg-teksten';

/**
 * The meetings this user takes part in (region: the region's; partner: those its organisation joins).
 * Two views, as links so each can be bookmarked: per week (like a calendar, from this week on) and a
 * list of all meetings, newest first.
 */
@Component({
  selector: 'rmc-overleggen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    BadgeComponent,
    DataTableComponent,
    StatusMessageComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header titel="Overleggen" intro="Casusoverleggen (MDO, ZAT en andere) waaraan u of uw organisatie deelneemt." />
    <rmc-status-message [bericht]="melding" />
    @if (magMaken()) {
      <p class="utrecht-paragraph">
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action rmc-knoplink"
          routerLink="/overleggen/nieuw"
          >Nieuw overleg</a
        >
      </p>
    }
    <nav class="rmc-tabs" aria-label="Weergave van de overleggen">
      <ul class="rmc-tabs__lijst">
        <li>
          <a
            class="rmc-tabs__link"
            [class.rmc-tabs__link--actief]="!lijstWeergave()"
            [routerLink]="[]"
            [queryParams]="{ weergave: null }"
            [attr.aria-current]="lijstWeergave() ? null : 'page'"
            >Per week</a
          >
        </li>
        <li>
          <a
            class="rmc-tabs__link"
            [class.rmc-tabs__link--actief]="lijstWeergave()"
            [routerLink]="[]"
            [queryParams]="{ weergave: 'lijst' }"
            [attr.aria-current]="lijstWeergave() ? 'page' : null"
            >Lijst</a
          >
        </li>
      </ul>
    </nav>
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Overleggen worden geladen…</p>
    } @else if (lijstWeergave()) {
      <rmc-data-table
        bijschrift="Alle overleggen, nieuwste eerst"
        [kolommen]="kolommen"
        [rijen]="overleggen()"
        leegTekst="Er zijn nog geen overleggen."
      />
      <rmc-meer-laden
        wat="overleggen"
        enkelvoud="overleg"
        [aantal]="overleggen().length"
        [totaal]="pagina.totaal()"
        [meer]="pagina.meer()"
        [bezig]="pagina.bezig()"
        (laden)="meer()"
      />
    } @else {
      @for (week of weken(); track week.id) {
        <section class="rmc-week" [attr.aria-labelledby]="week.id">
          <h2 class="utrecht-heading-2" [id]="week.id">{{ week.kop }}</h2>
          @for (dag of week.dagen; track dag.dag) {
            <h3 class="utrecht-heading-3 rmc-week__dag" [id]="week.id + '-' + dag.dag">{{ dag.naam }}</h3>
            <ul class="rmc-week__lijst" [attr.aria-labelledby]="week.id + '-' + dag.dag">
              @for (o of dag.overleggen; track o.id) {
                <li class="rmc-week__overleg">
                  <span class="rmc-week__tijd">{{ tijd(o.start) }}</span>
                  <span>
                    <a class="utrecht-link" [routerLink]="['/overleggen', o.id]">{{ o.titel }}</a>
                    <span class="rmc-klein"> · {{ o.soort }} · {{ waar(o) }} · voorzitter {{ o.voorzitter }}</span>
                    {{ ' ' }}<rmc-badge [soort]="badge(o).soort">{{ badge(o).tekst }}</rmc-badge>
                  </span>
                </li>
              }
            </ul>
          }
        </section>
      } @empty {
        <p class="utrecht-paragraph">Er zijn geen overleggen gepland vanaf deze week.</p>
      }
      <rmc-meer-laden
        wat="overleggen"
        enkelvoud="overleg"
        [aantal]="overleggen().length"
        [totaal]="pagina.totaal()"
        [meer]="pagina.meer()"
        [bezig]="pagina.bezig()"
        (laden)="meer()"
      />
      @if (eerder()) {
        <p class="utrecht-paragraph">
          Eerdere overleggen staan in de
          <a class="utrecht-link" [routerLink]="[]" [queryParams]="{ weergave: 'lijst' }">lijst</a>.
        </p>
      }
    }
  `,
  styles: `
    .rmc-week__lijst {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .rmc-week__overleg {
      display: flex;
      gap: 1rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--rmc-lijn);
    }
    .rmc-week__tijd {
      flex: 0 0 3.5rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class OverleggenPage {
  private readonly api = inject(OverlegApi);
  private readonly sessie = inject(SessieService);

  /** Query parameter ?weergave=lijst (component input binding). */
  readonly weergave = input<string | undefined>();

  protected readonly melding = navigatieMelding();
  /** List view: newest first. Week view: from this Monday on, in start order. Both paged. */
  protected readonly pagina = new PaginaLijst<OverlegSamenvatting>((cursor) =>
    this.api.lijst(this.lijstWeergave() ? {} : { vanaf: this.dezeMaandag, volgorde: 'oplopend' }, cursor),
  );
  protected readonly overleggen = this.pagina.items;
  /** Week view: whether meetings before this week exist (one row asked). */
  protected readonly eerder = signal(false);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  protected readonly magMaken = computed(() => TOEGANG.overlegNieuw(this.sessie.ability()));
  protected readonly lijstWeergave = computed(() => this.weergave() === 'lijst');

  private readonly dezeMaandag = isoWeek(kalenderdag(new Date())).maandag;
  private readonly komend = computed(() => this.overleggen().filter((o) => kalenderdag(o.start) >= this.dezeMaandag));
  protected readonly weken = computed(() =>
    perWeek(
      this.komend(),
      (jaar, week, maandag, zondag) => `Week ${week} van ${jaar} (${formatDatum(maandag)} tot en met ${formatDatum(zondag)})`,
    ),
  );

  protected readonly tijd = tijdstip;
  protected readonly waar = locatie;
  protected readonly badge = (o: OverlegSamenvatting) => overlegStatusBadge(o.status);
  protected readonly kolommen: Kolom<OverlegSamenvatting>[] = [
    { kop: 'Datum en tijd', waarde: (o) => formatMoment(o.start) },
    { kop: 'Overleg', waarde: (o) => o.titel, link: (o) => `/overleggen/${encodeURIComponent(o.id)}` },
    { kop: 'Soort', waarde: (o) => o.soort },
    { kop: 'Waar', waarde: (o) => locatie(o) },
    { kop: 'Voorzitter', waarde: (o) => o.voorzitter },
    { kop: 'Verslag', waarde: () => '', badges: (o) => [overlegStatusBadge(o.status)] },
  ];

  constructor() {
    effect(() => {
      const lijst = this.lijstWeergave();
      void untracked(() => this.laad(lijst));
    });
  }

  protected async meer(): Promise<void> {
    try {
      await this.pagina.volgendePagina();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De volgende overleggen konden niet worden geladen.');
    }
  }

  private async laad(lijst: boolean): Promise<void> {
    this.laden.set(true);
    this.fout.set(null);
    try {
      await this.pagina.eerste();
      this.eerder.set(!lijst && (await this.api.lijst({ tot: this.dezeMaandag }, null, 1)).items.length > 0);
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De overleggen konden niet worden geladen.');
    } finally {
      this.laden.set(false);
    }
  }
}
