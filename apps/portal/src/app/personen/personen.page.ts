import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import type { PersoonDto } from '@rmc/shared-api-types';
import {
  AlertComponent,
  DataTableComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { navigatieMelding } from '../core/navigatie-melding';
import { PersonenApi, persoonNaam } from './personen.api';

@Component({
  selector: 'rmc-personen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, DataTableComponent, AlertComponent, StatusMessageComponent, MeerLadenComponent],
  template: `
    <rmc-page-header
      titel="Jongeren"
      intro="De jongeren die u voor uw werk mag zien. U ziet alleen de gegevens die bij uw rol horen."
    />
    <rmc-status-message [bericht]="melding" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Jongeren worden geladen…</p>
    } @else {
      <rmc-data-table
        [bijschriftVerbergen]="true"
        bijschrift="Jongeren"
        [kolommen]="kolommen"
        [rijen]="personen()"
        leegTekst="Er zijn geen jongeren die u mag zien."
      />
      <rmc-meer-laden
        wat="jongeren"
        enkelvoud="jongere"
        [aantal]="personen().length"
        [totaal]="pagina.totaal()"
        [meer]="pagina.meer()"
        [bezig]="pagina.bezig()"
        (laden)="meer()"
      />
    }
  `,
})
export class PersonenPage implements OnInit {
  private readonly api = inject(PersonenApi);
  /** E.g. after erasure on request, handed over in the navigation state. */
  protected readonly melding = navigatieMelding();

  protected readonly pagina = new PaginaLijst<PersoonDto>((cursor) => this.api.lijst(cursor));
  protected readonly personen = this.pagina.items;
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);

  protected readonly kolommen: Kolom<PersoonDto>[] = [
    { kop: 'Naam', waarde: persoonNaam, link: (p) => `/personen/${encodeURIComponent(p.id)}` },
    { kop: 'Geboortedatum', waarde: (p) => formatDatum(p.geboortedatum) || null },
    { kop: 'Postcode', waarde: (p) => p.postcode },
    { kop: 'Gemeentecode', waarde: (p) => p.gemeenteCode },
  ];

  protected async meer(): Promise<void> {
    try {
      await this.pagina.volgendePagina();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De volgende jongeren konden niet worden geladen.');
    }
  }

  async ngOnInit(): Promise<void> {
    try {
      await this.pagina.eerste();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De lijst met jongeren kon niet worden geladen.');
    } finally {
      this.laden.set(false);
    }
  }
}
