import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AlertComponent,
  BadgeComponent,
  DataTableComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  formatMoment,
  isoWeek,
  kalenderdag,
  tijdstip,
  type Kolom,
} from '@rmc/portal-ui';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { LijstTellingComponent, leegTekst } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { OverlegApi, type OverlegSamenvatting } from './overleg.api';
import { locatie, overlegStatusBadge, perWeek } from './overleg-teksten';

/**
 * The meetings this user takes part in (region: the region's; partner: those its organisation joins).
 * Two views, as links so each can be bookmarked: per week (like a calendar, from this week on) and a
 * list of all meetings, newest or oldest first, from/to a date. View, order, dates and pages loaded
 * are query parameters (`urlLijst`).
 */
@Component({
  selector: 'rmc-overleggen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    FormFieldComponent,
    FieldControlDirective,
    LijstTellingComponent,
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
    @if (lijstWeergave()) {
      <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Overleggen filteren">
        <rmc-form-field label="Vanaf" controlId="overleggen-vanaf" hint="Begindatum, jjjj-mm-dd.">
          <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input" type="date" name="vanaf" [(ngModel)]="keuzeVanaf" />
        </rmc-form-field>
        <rmc-form-field label="Tot" controlId="overleggen-tot" hint="Tot (niet tot en met) deze datum.">
          <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input" type="date" name="tot" [(ngModel)]="keuzeTot" />
        </rmc-form-field>
        <rmc-form-field label="Volgorde" controlId="overleggen-volgorde">
          <select rmcVeld class="utrecht-select utrecht-select--html-select" name="volgorde" [(ngModel)]="keuzeVolgorde">
            <option value="aflopend">Nieuwste eerst</option>
            <option value="oplopend">Oudste eerst</option>
          </select>
        </rmc-form-field>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
      </form>
    }
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Overleggen worden geladen…</p>
    } @else if (lijstWeergave()) {
      <rmc-lijst-telling [aantal]="lijst.aantal()" [gefilterd]="gefilterd()" (wis)="wis()" />
      <rmc-data-table [bijschrift]="bijschrift()" [kolommen]="kolommen" [rijen]="overleggen()" [leegTekst]="leeg()" />
      <rmc-meer-laden
        wat="overleggen"
        enkelvoud="overleg"
        [aantal]="overleggen().length"
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
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
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
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

  protected readonly melding = navigatieMelding();
  /** List view: newest (or oldest) first, between dates. Week view: from this Monday on, in start order. Both paged. */
  protected readonly lijst = urlLijst(
    {
      weergave: { soort: 'keuze', waarden: ['lijst'] },
      volgorde: { soort: 'keuze', waarden: ['aflopend', 'oplopend'], standaard: 'aflopend' },
      vanaf: { soort: 'datum' },
      tot: { soort: 'datum' },
    },
    (w, cursor) =>
      this.api.lijst(
        w.weergave === 'lijst'
          ? { volgorde: w.volgorde, vanaf: w.vanaf, tot: w.tot }
          : { vanaf: this.dezeMaandag, volgorde: 'oplopend' },
        cursor,
      ),
    { enkelvoud: 'overleg', meervoud: 'overleggen', fout: 'De overleggen konden niet worden geladen.' },
  );
  protected readonly overleggen = this.lijst.items;
  protected readonly keuzeVanaf = signal('');
  protected readonly keuzeTot = signal('');
  protected readonly keuzeVolgorde = signal('aflopend');
  protected readonly gefilterd = computed(() => {
    const w = this.lijst.staat.waarden();
    return !!(w.vanaf || w.tot || w.volgorde === 'oplopend');
  });
  protected readonly bijschrift = computed(
    () => `Alle overleggen, ${this.lijst.staat.waarden().volgorde === 'oplopend' ? 'oudste' : 'nieuwste'} eerst`,
  );
  protected readonly leeg = computed(() =>
    leegTekst(
      this.gefilterd(),
      this.magMaken()
        ? 'Er zijn nog geen overleggen. Plan er een met “Nieuw overleg”.'
        : 'Er zijn nog geen overleggen waaraan u deelneemt.',
    ),
  );
  /** Week view: whether meetings before this week exist (one row asked). */
  protected readonly eerder = signal(false);
  protected readonly laden = this.lijst.laden;
  protected readonly fout = this.lijst.fout;
  protected readonly magMaken = computed(() => TOEGANG.overlegNieuw(this.sessie.ability()));
  protected readonly lijstWeergave = computed(() => this.lijst.staat.waarden().weergave === 'lijst');

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
      const w = this.lijst.staat.waarden();
      this.keuzeVanaf.set(w.vanaf ?? '');
      this.keuzeTot.set(w.tot ?? '');
      this.keuzeVolgorde.set(w.volgorde ?? 'aflopend');
    });
    // Week view: whether meetings before this week exist (one row asked).
    effect(() => {
      const week = !this.lijstWeergave();
      untracked(() => {
        this.eerder.set(false);
        if (week)
          this.api.lijst({ tot: this.dezeMaandag }, null, 1).then(
            (p) => this.eerder.set(p.items.length > 0),
            () => this.eerder.set(false),
          );
      });
    });
  }

  protected filter(): void {
    void this.lijst.staat.zet({ vanaf: this.keuzeVanaf(), tot: this.keuzeTot(), volgorde: this.keuzeVolgorde() });
  }

  protected wis(): void {
    void this.lijst.staat.zet({ vanaf: null, tot: null, volgorde: null });
  }
}
