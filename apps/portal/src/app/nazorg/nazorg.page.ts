import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NAZORG_TAAK_STATUSSEN } from '@rmc/shared-api-types';
import { RouterLink } from '@angular/router';
import {
  FieldControlDirective,
  FormFieldComponent,
  AlertComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  formatMoment,
  type Kolom,
} from '@rmc/portal-ui';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { LijstTellingComponent } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { FormulierStatus } from '../core/formulier-status';
import { NazorgUitkomstFormComponent } from './nazorg-uitkomst-form.component';
import { NazorgApi, taakSoortLabel, uitkomstLabel, type NazorgTaakDto, type NazorgUitkomstAntwoord } from './nazorg.api';

interface HeropenAanbod {
  casusId: string;
  naam: string;
  heropend: boolean;
}

const naamVan = (t: NazorgTaakDto) => `${t.voornaam} ${t.achternaam}`;

/**
 * Nazorg after closing a case: the check-ins that are due now first, each with its outcome form; a
 * negative outcome offers to reopen the case (Nazorg → Analyseren).
 */
@Component({
  selector: 'rmc-nazorg-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    FormFieldComponent,
    FieldControlDirective,
    LijstTellingComponent,
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    DataTableComponent,
    ErrorSummaryComponent,
    StatusMessageComponent,
    NazorgUitkomstFormComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Nazorg"
      intro="Na het afsluiten van een casus vraagt u op vaste momenten na of de jongere nog op school zit, werkt of een dagbesteding heeft. Hier staan ook het jaarlijkse contact met oud-vsv'ers en het kwartaalcontact met jongeren die u twee jaar volgt (Kwint). Legt u vast wat u hoort."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />

    @for (a of aanbod(); track a.casusId) {
      @if (!a.heropend) {
        <rmc-alert soort="waarschuwing">
          <h2 class="utrecht-heading-3">Casus van {{ a.naam }} heropenen?</h2>
          <p class="utrecht-paragraph">De jongere is niet meer aan het werk/op school. Casus heropenen?</p>
          <div class="rmc-knoppen">
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              [attr.aria-busy]="actie.bezig()"
              (click)="heropen(a)"
            >
              Casus heropenen<span class="rmc-visueel-verborgen"> van {{ a.naam }}</span>
            </button>
            <a class="utrecht-link" [routerLink]="['/casussen', a.casusId]"
              >Casus bekijken<span class="rmc-visueel-verborgen"> van {{ a.naam }}</span></a
            >
            <button type="button" class="utrecht-button utrecht-button--subtle rmc-knop--klein" (click)="negeer(a)">
              Niet heropenen
            </button>
          </div>
        </rmc-alert>
      } @else {
        <p class="utrecht-paragraph">
          <a class="utrecht-link" [routerLink]="['/casussen', a.casusId]">Naar de heropende casus van {{ a.naam }}</a>
        </p>
      }
    }

    <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Nazorgtaken filteren">
      <rmc-form-field label="Taken" controlId="nazorg-status">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="status" [(ngModel)]="keuzeStatus">
          <option value="">Open en afgerond</option>
          <option value="open">Alleen open</option>
          <option value="afgerond">Alleen afgerond</option>
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
    </form>
    @if (lijst.fout()) {
      <rmc-alert soort="fout">{{ lijst.fout() }}</rmc-alert>
    }
    @if (laden()) {
      <p class="utrecht-paragraph" role="status">Nazorgtaken worden geladen…</p>
    } @else {
      <rmc-lijst-telling [aantal]="lijst.aantal()" [gefilterd]="lijst.staat.gefilterd()" (wis)="lijst.staat.wis()" />
      <section aria-labelledby="nu-kop">
        <h2 class="utrecht-heading-2" id="nu-kop">Nu te doen</h2>
        @if (nuTeDoen().length) {
          <ul class="rmc-berichten">
            @for (t of nuTeDoen(); track t.id) {
              <li class="rmc-bericht">
                <h3 class="utrecht-heading-3">{{ naam(t) }}</h3>
                <p class="utrecht-paragraph">
                  {{ soortLabel(t.soort) }} {{ datum(t.moment) }} ·
                  <a class="utrecht-link" [routerLink]="['/casussen', t.casusId]"
                    >Casus bekijken<span class="rmc-visueel-verborgen"> van {{ naam(t) }}</span></a
                  >
                </p>
                <rmc-nazorg-uitkomst-form [taak]="t" (vastgelegd)="vastgelegd(t, $event)" />
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Er zijn nu geen nazorgmomenten te doen.</p>
        }
      </section>

      <section aria-labelledby="gepland-kop">
        <h2 class="utrecht-heading-2" id="gepland-kop">Gepland</h2>
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Geplande nazorgmomenten"
          [kolommen]="geplandKolommen"
          [rijen]="gepland()"
          leegTekst="Er zijn geen geplande nazorgmomenten."
        />
      </section>

      <section aria-labelledby="afgerond-kop">
        <h2 class="utrecht-heading-2" id="afgerond-kop">Afgerond</h2>
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Afgeronde nazorgmomenten"
          [kolommen]="afgerondKolommen"
          [rijen]="afgerond()"
          leegTekst="Er zijn nog geen afgeronde nazorgmomenten."
        />
      </section>
      <rmc-meer-laden
        wat="nazorgtaken"
        enkelvoud="nazorgtaak"
        [aantal]="taken().length"
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
      />
    }
  `,
})
export class NazorgPage {
  private readonly api = inject(NazorgApi);

  /** Open tasks first (by moment), then the finished ones; "Meer laden" appends the next page. */
  /** The pages loaded are in the URL (`?paginas=`), so back and reload keep them. */
  protected readonly lijst = urlLijst(
    { status: { soort: 'keuze', waarden: NAZORG_TAAK_STATUSSEN } },
    (w, cursor) => this.api.taken(cursor, undefined, { status: w.status }),
    {
      enkelvoud: 'nazorgtaak',
      meervoud: 'nazorgtaken',
      fout: 'De nazorgtaken konden niet worden geladen.',
    },
  );
  protected readonly taken = this.lijst.items;
  protected readonly keuzeStatus = signal('');
  protected readonly laden = this.lijst.laden;
  protected readonly succes = signal<string | null>(null);
  protected readonly aanbod = signal<HeropenAanbod[]>([]);
  protected readonly actie = new FormulierStatus();

  protected readonly nuTeDoen = computed(() =>
    this.taken()
      .filter((t) => t.nuTeDoen)
      .sort((a, b) => a.moment.localeCompare(b.moment)),
  );
  protected readonly gepland = computed(() =>
    this.taken()
      .filter((t) => !t.nuTeDoen && !t.afgerondOp)
      .sort((a, b) => a.moment.localeCompare(b.moment)),
  );
  protected readonly afgerond = computed(() =>
    this.taken()
      .filter((t) => !!t.afgerondOp)
      .sort((a, b) => (b.afgerondOp ?? '').localeCompare(a.afgerondOp ?? '')),
  );

  protected readonly naam = naamVan;
  protected readonly datum = formatDatum;
  protected readonly soortLabel = taakSoortLabel;
  protected readonly geplandKolommen: Kolom<NazorgTaakDto>[] = [
    { kop: 'Jongere', waarde: naamVan, link: (t) => `/casussen/${t.casusId}` },
    { kop: 'Soort', waarde: (t) => taakSoortLabel(t.soort) },
    { kop: 'Moment', waarde: (t) => formatDatum(t.moment) },
  ];
  protected readonly afgerondKolommen: Kolom<NazorgTaakDto>[] = [
    { kop: 'Jongere', waarde: naamVan, link: (t) => `/casussen/${t.casusId}` },
    { kop: 'Soort', waarde: (t) => taakSoortLabel(t.soort) },
    { kop: 'Moment', waarde: (t) => formatDatum(t.moment) },
    { kop: 'Uitkomst', waarde: (t) => uitkomstLabel(t.uitkomst) },
    { kop: 'Vastgelegd op', waarde: (t) => formatMoment(t.afgerondOp) },
  ];

  constructor() {
    effect(() => this.keuzeStatus.set(this.lijst.staat.waarden().status ?? ''));
  }

  protected filter(): void {
    void this.lijst.staat.zet({ status: this.keuzeStatus() });
  }

  protected laad(): Promise<void> {
    return this.lijst.opnieuw();
  }

  protected async vastgelegd(taak: NazorgTaakDto, antwoord: NazorgUitkomstAntwoord): Promise<void> {
    const naam = naamVan(taak);
    this.succes.set(
      `De uitkomst voor ${naam} is vastgelegd.${antwoord.heropenenAanbevolen ? ' U kunt de casus heropenen.' : ''}`,
    );
    if (antwoord.heropenenAanbevolen) {
      this.aanbod.update((lijst) => [
        ...lijst.filter((a) => a.casusId !== antwoord.casusId),
        { casusId: antwoord.casusId, naam, heropend: false },
      ]);
    }
    await this.laad();
  }

  protected async heropen(a: HeropenAanbod): Promise<void> {
    if (this.actie.bezig()) return;
    this.succes.set(null);
    const gelukt = await this.actie.voerUit(() => this.api.heropen(a.casusId));
    if (!gelukt) return;
    this.aanbod.update((lijst) => lijst.map((x) => (x.casusId === a.casusId ? { ...x, heropend: true } : x)));
    this.succes.set(`De casus van ${a.naam} is heropend en staat weer in de fase Analyseren.`);
  }

  protected negeer(a: HeropenAanbod): void {
    this.aanbod.update((lijst) => lijst.filter((x) => x.casusId !== a.casusId));
  }
}
