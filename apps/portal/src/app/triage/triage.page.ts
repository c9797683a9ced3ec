import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { MeldingDto } from '@rmc/shared-api-types';
import {
  AlertComponent,
  DataTableComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  formatDatum,
  type CelBadge,
  type Kolom,
} from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { STATUS_LABELS, soortLabel, statusBadge, studentNaam, type MeldingStatus } from '../meldingen/melding-teksten';

/** Region: the meldingen routed to it, most urgent first (server order), with the pick-up deadline. */
@Component({
  selector: 'rmc-triage-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    PageHeaderComponent,
    DataTableComponent,
    AlertComponent,
    FormFieldComponent,
    FieldControlDirective,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Triage"
      intro="Meldingen van scholen voor jongeren in uw regio, nieuwste bovenaan. De urgentie staat bij elke melding: te laat, zorgen van de school, actie gewenst, eerdere meldingen."
    />
    <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Meldingen filteren">
      <rmc-form-field label="Status" controlId="triage-status">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="status" [(ngModel)]="keuze">
          <option value="">Alle statussen</option>
          @for (s of statussen; track s[0]) {
            <option [value]="s[0]">{{ s[1] }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
    </form>
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Meldingen worden geladen…</p>
    } @else {
      <p class="utrecht-paragraph">
        {{ meldingen().length === 1 ? '1 melding' : meldingen().length + ' meldingen' }}{{ pagina.meer() ? ' geladen' : ''
        }}{{ statusTekst() }}{{ teLaat() ? ', waarvan ' + teLaat() + ' te laat' : '' }}.
      </p>
      <rmc-data-table
        bijschrift="Meldingen in de triage, nieuwste bovenaan"
        [kolommen]="kolommen"
        [rijen]="meldingen()"
        [rijKlasse]="rijKlasse"
        leegTekst="Er zijn geen meldingen die aan het filter voldoen."
      />
      <rmc-meer-laden
        wat="meldingen"
        enkelvoud="melding"
        [aantal]="meldingen().length"
        [totaal]="pagina.totaal()"
        [meer]="pagina.meer()"
        [bezig]="pagina.bezig()"
        (laden)="meer()"
      />
    }
  `,
})
export class TriagePage {
  private readonly api = inject(MeldingenApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameter ?status= (component input binding), so a filtered queue can be bookmarked. */
  readonly status = input<string | undefined>();

  protected readonly statussen = Object.entries(STATUS_LABELS);
  protected readonly keuze = signal('');
  protected readonly statusTekst = computed(() => {
    const s = this.status() as MeldingStatus | undefined;
    return s && STATUS_LABELS[s] ? ` met status “${STATUS_LABELS[s]}”` : '';
  });
  private statusNu = '';
  protected readonly pagina = new PaginaLijst<MeldingDto>((cursor) =>
    this.api.lijst({ weergave: 'triage', status: this.statusNu || undefined }, cursor),
  );
  protected readonly meldingen = this.pagina.items;
  protected readonly teLaat = computed(() => this.meldingen().filter((m) => m.teLaat).length);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);

  protected readonly kolommen: Kolom<MeldingDto>[] = [
    { kop: 'Gemeld op', waarde: (m) => formatDatum(m.gemeldOp) || null, link: (m) => `/meldingen/${encodeURIComponent(m.id)}` },
    { kop: 'Student', waarde: (m) => studentNaam(m) },
    { kop: 'Soort', waarde: (m) => soortLabel(m.soort), badges: (m) => kenmerken(m) },
    { kop: 'Vestiging', waarde: (m) => m.vestigingNaam },
    {
      kop: 'Oppakken uiterlijk',
      waarde: (m) => formatDatum(m.oppakDeadline) || null,
      badges: (m) => (m.teLaat ? [{ tekst: 'Te laat', soort: 'fout' }] : []),
    },
    { kop: 'Status', waarde: () => '', badges: (m) => [statusBadge(m.status)] },
    { kop: 'Consulent', waarde: (m) => m.consulentNaam ?? 'Niet toegewezen' },
  ];
  protected readonly rijKlasse = (m: MeldingDto) => (m.teLaat ? 'rmc-rij--te-laat' : null);

  constructor() {
    effect(() => {
      const status = this.status() ?? '';
      this.keuze.set(status);
      void this.laad(status);
    });
  }

  protected filter(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { status: this.keuze() || null } });
  }

  protected async meer(): Promise<void> {
    try {
      await this.pagina.volgendePagina();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De volgende meldingen konden niet worden geladen.');
    }
  }

  private async laad(status: string): Promise<void> {
    this.laden.set(true);
    this.fout.set(null);
    try {
      this.statusNu = status;
      await this.pagina.eerste();
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'Meldingen zijn op deze server nog niet beschikbaar.'
          : (p.detail ?? 'De meldingen konden niet worden geladen.'),
      );
    } finally {
      this.laden.set(false);
    }
  }
}

function kenmerken(m: MeldingDto): CelBadge[] {
  const uit: CelBadge[] = [];
  if (m.zorgen?.length)
    uit.push({ tekst: m.zorgen.length === 1 ? '1 zorg' : `${m.zorgen.length} zorgen`, soort: 'waarschuwing' });
  if (m.actieGewenst) uit.push({ tekst: 'Actie gewenst', soort: 'info' });
  if (m.volledig === false) uit.push({ tekst: 'Onvolledig', soort: 'neutraal' });
  return uit;
}
