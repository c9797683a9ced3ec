import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { PersoonDto } from '@rmc/shared-api-types';
import {
  AlertComponent,
  DataTableComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { GemeentenNamen } from '../core/gemeenten';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { navigatieMelding } from '../core/navigatie-melding';
import { LijstTellingComponent } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { PersonenApi, persoonNaam } from './personen.api';

/** The young people the user may see, by name; the pages loaded are in the URL (`?paginas=`), so back and reload keep them. */
@Component({
  selector: 'rmc-personen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageHeaderComponent,
    DataTableComponent,
    AlertComponent,
    StatusMessageComponent,
    MeerLadenComponent,
    LijstTellingComponent,
  ],
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
      <rmc-lijst-telling [aantal]="lijst.aantal()" />
      <rmc-data-table
        [bijschriftVerbergen]="true"
        bijschrift="Jongeren, op achternaam"
        [kolommen]="kolommen"
        [rijen]="personen()"
        leegTekst="Er zijn (nog) geen jongeren die u mag zien. Jongeren komen in de lijst via een melding of een casus."
      />
      <rmc-meer-laden
        wat="jongeren"
        enkelvoud="jongere"
        [aantal]="personen().length"
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
      />
    }
  `,
})
export class PersonenPage {
  private readonly api = inject(PersonenApi);
  private readonly gemeenten = inject(GemeentenNamen);
  /** E.g. after erasure on request, handed over in the navigation state. */
  protected readonly melding = navigatieMelding();

  protected readonly lijst = urlLijst({}, (_w, cursor) => this.api.lijst(cursor), {
    enkelvoud: 'jongere',
    meervoud: 'jongeren',
    fout: 'De lijst met jongeren kon niet worden geladen.',
  });
  protected readonly personen = this.lijst.items;
  protected readonly laden = this.lijst.laden;
  protected readonly fout = this.lijst.fout;

  protected readonly kolommen: Kolom<PersoonDto>[] = [
    { kop: 'Naam', waarde: persoonNaam, link: (p) => `/personen/${encodeURIComponent(p.id)}` },
    { kop: 'Geboortedatum', waarde: (p) => formatDatum(p.geboortedatum) || null },
    { kop: 'Postcode', waarde: (p) => p.postcode },
    { kop: 'Gemeente', waarde: (p) => this.gemeenten.naam(p.gemeenteCode) },
  ];

  constructor() {
    void this.gemeenten.laad();
  }
}
