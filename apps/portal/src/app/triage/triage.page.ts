import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
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
import { MeerLadenComponent } from '../core/meer-laden.component';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { MELDINGEN_LIJST, VOLGORDE_LABELS } from '../meldingen/meldingen-lijst';
import { STATUS_LABELS, soortLabel, statusBadge, studentNaam, type MeldingStatus } from '../meldingen/melding-teksten';
import { LijstTellingComponent, leegTekst } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';

/**
 * Region: the meldingen routed to it, newest (or oldest) first, with the pick-up deadline. Status and
 * order are query parameters (`?status=&volgorde=oudste&paginas=`), so a filtered queue can be
 * bookmarked, shared and reloaded, and the back button returns to the previous filter.
 */
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
    LijstTellingComponent,
  ],
  template: `
    <rmc-page-header
      titel="Triage"
      intro="Meldingen van scholen voor jongeren in uw regio. De urgentie staat bij elke melding: te laat, zorgen van de school, actie gewenst, eerdere meldingen."
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
      <rmc-form-field label="Volgorde" controlId="triage-volgorde">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="volgorde" [(ngModel)]="keuzeVolgorde">
          @for (v of volgordes; track v[0]) {
            <option [value]="v[0]">{{ v[1] }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
    </form>
    @if (lijst.fout()) {
      <rmc-alert soort="fout">{{ lijst.fout() }}</rmc-alert>
    }
    @if (lijst.laden()) {
      <p class="utrecht-paragraph" role="status">Meldingen worden geladen…</p>
    } @else {
      <rmc-lijst-telling
        [aantal]="lijst.aantal()"
        [toelichting]="statusTekst() + (teLaat() ? ', waarvan ' + teLaat() + ' te laat' : '')"
        [gefilterd]="lijst.staat.gefilterd()"
        (wis)="lijst.staat.wis()"
      />
      <rmc-data-table
        [bijschrift]="bijschrift()"
        [kolommen]="kolommen"
        [rijen]="meldingen()"
        [rijKlasse]="rijKlasse"
        [leegTekst]="leeg()"
      />
      <rmc-meer-laden
        wat="meldingen"
        enkelvoud="melding"
        [aantal]="meldingen().length"
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
      />
    }
  `,
})
export class TriagePage {
  private readonly api = inject(MeldingenApi);

  protected readonly statussen = Object.entries(STATUS_LABELS);
  protected readonly volgordes = Object.entries(VOLGORDE_LABELS);
  protected readonly lijst = urlLijst(MELDINGEN_LIJST, (w, cursor) => this.api.lijst({ weergave: 'triage', ...w }, cursor), {
    enkelvoud: 'melding',
    meervoud: 'meldingen',
    fout: 'De meldingen konden niet worden geladen.',
  });
  protected readonly keuze = signal('');
  protected readonly keuzeVolgorde = signal('nieuwste');
  protected readonly statusTekst = computed(() => {
    const s = this.lijst.staat.waarden().status as MeldingStatus | undefined;
    return s && STATUS_LABELS[s] ? ` met status “${STATUS_LABELS[s]}”` : '';
  });
  protected readonly bijschrift = computed(
    () => `Meldingen in de triage, ${this.lijst.staat.waarden().volgorde === 'oudste' ? 'oudste' : 'nieuwste'} bovenaan`,
  );
  protected readonly meldingen = this.lijst.items;
  protected readonly teLaat = computed(() => this.meldingen().filter((m) => m.teLaat).length);
  protected readonly leeg = computed(() =>
    leegTekst(
      this.lijst.staat.gefilterd(),
      'Er zijn geen meldingen voor uw regio. Nieuwe meldingen van scholen verschijnen hier vanzelf.',
    ),
  );

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
      const w = this.lijst.staat.waarden();
      this.keuze.set(w.status ?? '');
      this.keuzeVolgorde.set(w.volgorde ?? 'nieuwste');
    });
  }

  protected filter(): void {
    void this.lijst.staat.zet({ status: this.keuze(), volgorde: this.keuzeVolgorde() });
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
