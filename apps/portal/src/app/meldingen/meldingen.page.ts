import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeldingDto } from '@rmc/shared-api-types';
import { AlertComponent, DataTableComponent, PageHeaderComponent, formatDatum, type Kolom } from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { MeldingenApi } from './meldingen.api';
import { TERUGMELD_STATUS_LABELS, soortLabel, statusBadge, studentNaam } from './melding-teksten';

/** School: the meldingen of the own vestiging, newest first; open questions of the region stand out. */
@Component({
  selector: 'rmc-meldingen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeaderComponent, DataTableComponent, AlertComponent, MeerLadenComponent],
  template: `
    <rmc-page-header
      titel="Meldingen"
      intro="De verzuimmeldingen van uw vestiging en de terugkoppeling van het RMC. Nieuwste bovenaan."
    />
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
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
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
      <rmc-data-table
        bijschrift="Meldingen van uw vestiging"
        [bijschriftVerbergen]="true"
        [kolommen]="kolommen"
        [rijen]="meldingen()"
        [rijKlasse]="rijKlasse"
        leegTekst="Uw vestiging heeft nog geen meldingen gedaan."
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
export class MeldingenPage implements OnInit {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);

  protected readonly pagina = new PaginaLijst<MeldingDto>((cursor) => this.api.lijst({}, cursor));
  protected readonly meldingen = this.pagina.items;
  /** Open questions of the region over all meldingen, not only the loaded pages (at most 100 counted). */
  protected readonly openVragen = signal(0);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  protected readonly magMelden = computed(() => TOEGANG.meldingNieuw(this.sessie.ability()));

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

  protected async meer(): Promise<void> {
    try {
      await this.pagina.volgendePagina();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De volgende meldingen konden niet worden geladen.');
    }
  }

  async ngOnInit(): Promise<void> {
    try {
      const [, vragen] = await Promise.all([this.pagina.eerste(), this.api.lijst({ status: 'aanvulling-gevraagd' }, null, 100)]);
      this.openVragen.set(vragen.items.length);
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
