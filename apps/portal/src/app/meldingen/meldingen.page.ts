import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { MeldingDto } from '@rmc/shared-api-types';
import {
  AlertComponent,
  DataTableComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { LijstTellingComponent, leegTekst } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { MeldingenApi } from './meldingen.api';
import { MELDINGEN_LIJST, VOLGORDE_LABELS } from './meldingen-lijst';
import { STATUS_LABELS, TERUGMELD_STATUS_LABELS, soortLabel, statusBadge, studentNaam } from './melding-teksten';

/**
 * School: the meldingen of the own vestiging; open questions of the region stand out. Status and order
 * live in the URL (`?status=&volgorde=oudste&paginas=`).
 */
@Component({
  selector: 'rmc-meldingen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    DataTableComponent,
    AlertComponent,
    FormFieldComponent,
    FieldControlDirective,
    MeerLadenComponent,
    LijstTellingComponent,
  ],
  template: `
    <rmc-page-header titel="Meldingen" intro="De verzuimmeldingen van uw vestiging en de terugkoppeling van het RMC." />
    @if (magMelden()) {
      <p class="rmc-knoppen">
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action rmc-knoplink"
          routerLink="/meldingen/nieuw"
          >Nieuwe melding</a
        >
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
          routerLink="/meldingen/importeren"
          >Meldingen importeren (CSV)</a
        >
      </p>
    }
    <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Meldingen filteren">
      <rmc-form-field label="Status" controlId="meldingen-status">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="status" [(ngModel)]="keuzeStatus">
          <option value="">Alle statussen</option>
          @for (s of statussen; track s[0]) {
            <option [value]="s[0]">{{ s[1] }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field label="Volgorde" controlId="meldingen-volgorde">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="volgorde" [(ngModel)]="keuzeVolgorde">
          @for (v of volgordes; track v[0]) {
            <option [value]="v[0]">{{ v[1] }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
    </form>
    @if (fout() || lijst.fout()) {
      <rmc-alert soort="fout">{{ fout() || lijst.fout() }}</rmc-alert>
    } @else if (lijst.laden()) {
      <p class="utrecht-paragraph" role="status">Meldingen worden geladen…</p>
    } @else {
      @if (openVragen() > 0) {
        <rmc-alert soort="waarschuwing">
          <p class="utrecht-paragraph">
            {{ openVragen() === 1 ? 'Bij 1 melding vraagt' : 'Bij ' + openVragen() + ' meldingen vraagt' }} het RMC om een
            aanvulling. Open de melding om de vraag te beantwoorden.
          </p>
        </rmc-alert>
      }
      <rmc-lijst-telling [aantal]="lijst.aantal()" [gefilterd]="lijst.staat.gefilterd()" (wis)="lijst.staat.wis()" />
      <rmc-data-table
        bijschrift="Meldingen van uw vestiging"
        [bijschriftVerbergen]="true"
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
export class MeldingenPage implements OnInit {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);

  protected readonly statussen = Object.entries(STATUS_LABELS).filter(([s]) =>
    (MELDINGEN_LIJST.status.waarden as readonly string[]).includes(s),
  );
  protected readonly volgordes = Object.entries(VOLGORDE_LABELS);
  protected readonly lijst = urlLijst(MELDINGEN_LIJST, (w, cursor) => this.api.lijst(w, cursor), {
    enkelvoud: 'melding',
    meervoud: 'meldingen',
    fout: 'De meldingen konden niet worden geladen.',
  });
  protected readonly meldingen = this.lijst.items;
  protected readonly keuzeStatus = signal('');
  protected readonly keuzeVolgorde = signal('nieuwste');
  /** Open questions of the region over all meldingen, not only the loaded pages (at most 100 counted). */
  protected readonly openVragen = signal(0);
  protected readonly fout = signal<string | null>(null);
  protected readonly magMelden = computed(() => TOEGANG.meldingNieuw(this.sessie.ability()));
  protected readonly leeg = computed(() =>
    leegTekst(
      this.lijst.staat.gefilterd(),
      this.magMelden()
        ? 'Uw vestiging heeft nog geen meldingen gedaan. Meld verzuim met “Nieuwe melding” of importeer een CSV-bestand.'
        : 'Uw vestiging heeft nog geen meldingen gedaan.',
    ),
  );

  protected readonly kolommen: Kolom<MeldingDto>[] = [
    { kop: 'Gemeld op', waarde: (m) => formatDatum(m.gemeldOp) || null, link: (m) => `/meldingen/${encodeURIComponent(m.id)}` },
    { kop: 'Student', waarde: (m) => studentNaam(m) },
    { kop: 'Soort', waarde: (m) => soortLabel(m.soort) },
    { kop: 'Regio', waarde: (m) => m.regioNaam ?? (m.status === 'regio-niet-aangesloten' ? 'Niet aangesloten' : null) },
    { kop: 'Status', waarde: () => '', badges: (m) => [statusBadge(m.status)] },
    {
      kop: 'Terugkoppeling',
      waarde: (m) =>
        m.terugmeldStatus
          ? TERUGMELD_STATUS_LABELS[m.terugmeldStatus] + (m.teruggemeldOp ? ` (${formatDatum(m.teruggemeldOp)})` : '')
          : 'Nog niet',
    },
  ];
  protected readonly rijKlasse = (m: MeldingDto) => (m.status === 'aanvulling-gevraagd' ? 'rmc-rij--aandacht' : null);

  constructor() {
    effect(() => {
      const w = this.lijst.staat.waarden();
      this.keuzeStatus.set(w.status ?? '');
      this.keuzeVolgorde.set(w.volgorde ?? 'nieuwste');
    });
  }

  protected filter(): void {
    void this.lijst.staat.zet({ status: this.keuzeStatus(), volgorde: this.keuzeVolgorde() });
  }

  async ngOnInit(): Promise<void> {
    try {
      const vragen = await this.api.lijst({ status: 'aanvulling-gevraagd' }, null, 100);
      this.openVragen.set(vragen.items.length);
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'Meldingen zijn op deze server nog niet beschikbaar.'
          : (p.detail ?? 'De meldingen konden niet worden geladen.'),
      );
    }
  }
}
