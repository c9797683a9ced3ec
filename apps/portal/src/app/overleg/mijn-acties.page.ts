import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AlertComponent,
  DataTableComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { actieStatusBadge } from '../casus/casus-teksten';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { LijstTellingComponent, leegTekst } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { actieLink, teLaatTekst } from './mijn-acties-teksten';
import { OverlegApi, type MijnActie } from './overleg.api';

// In their own file so the overview's block does not load this page's list code (issue 13, transfer size).
export { actieLink, teLaatTekst };

/**
 * The action tracker across cases and meetings: the user's own open actions (a partner: its
 * organisation's), overdue first, each naming the young person and linking to the case. The filter
 * "Alleen te laat" lives in the URL (`?teLaat=ja`), as do the pages loaded. The status is changed in
 * the case, where the history is kept.
 */
@Component({
  selector: 'rmc-mijn-acties-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    PageHeaderComponent,
    AlertComponent,
    DataTableComponent,
    FormFieldComponent,
    FieldControlDirective,
    MeerLadenComponent,
    LijstTellingComponent,
  ],
  template: `
    <rmc-page-header titel="Mijn acties" [intro]="intro()" />
    <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Acties filteren">
      <rmc-form-field label="Alleen te laat" controlId="acties-te-laat" soort="checkbox">
        <input
          rmcVeld
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          name="teLaat"
          [(ngModel)]="keuzeTeLaat"
        />
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
    </form>
    @if (lijst.fout()) {
      <rmc-alert soort="fout">{{ lijst.fout() }}</rmc-alert>
    }
    @if (lijst.laden()) {
      <p class="utrecht-paragraph" role="status">Acties worden geladen…</p>
    } @else {
      <rmc-lijst-telling
        [aantal]="telling()"
        [toelichting]="teLaatTekst()"
        [gefilterd]="lijst.staat.gefilterd()"
        (wis)="lijst.staat.wis()"
      />
      <rmc-data-table
        bijschrift="Open acties, te late eerst"
        [kolommen]="kolommen"
        [rijen]="acties()"
        [rijKlasse]="rijKlasse"
        [leegTekst]="leeg()"
      />
      <rmc-meer-laden
        wat="acties"
        enkelvoud="actie"
        [aantal]="acties().length"
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
      />
    }
  `,
})
export class MijnActiesPage {
  private readonly api = inject(OverlegApi);
  private readonly sessie = inject(SessieService);

  protected readonly lijst = urlLijst(
    { teLaat: { soort: 'vlag' } },
    (w, cursor) => this.api.mijnActies(cursor, undefined, w.teLaat ? { teLaat: true } : {}),
    { enkelvoud: 'open actie', meervoud: 'open acties', fout: 'Uw acties konden niet worden geladen.' },
  );
  protected readonly acties = this.lijst.items;
  protected readonly keuzeTeLaat = signal(false);
  private readonly beheer = computed(() => TOEGANG.casusBeheren(this.sessie.ability()));

  protected readonly intro = computed(() =>
    this.beheer()
      ? 'De open acties die op uw naam staan, uit casussen en overleggen. Werk de status bij in het plan van de casus.'
      : 'De open acties van uw organisatie, uit casussen en overleggen. Laat het RMC in de casus weten hoe het ervoor staat.',
  );
  protected readonly telling = computed(() =>
    this.lijst.staat.waarden().teLaat ? `${this.lijst.aantal()} te laat` : this.lijst.aantal(),
  );
  protected readonly teLaatTekst = computed(() =>
    this.lijst.staat.waarden().teLaat ? '' : teLaatTekst(this.acties(), this.lijst.pagina.meer()),
  );
  protected readonly leeg = computed(() =>
    leegTekst(
      this.lijst.staat.gefilterd(),
      this.beheer()
        ? 'U heeft geen open acties. Nieuwe acties zet u in het plan van een casus of in een overleg.'
        : 'Uw organisatie heeft geen open acties. Het RMC zet acties voor u klaar in een gedeelde casus.',
    ),
  );
  protected readonly kolommen: Kolom<MijnActie>[] = [
    { kop: 'Actie', waarde: (a) => a.omschrijving, link: (a) => actieLink(a) },
    {
      kop: 'Jongere',
      waarde: (a) => a.jongere ?? 'Naam niet gedeeld',
      link: (a) => `/casussen/${encodeURIComponent(a.casusId)}`,
    },
    {
      kop: 'Deadline',
      waarde: (a) => formatDatum(a.deadline) || 'Geen',
      badges: (a) => (a.teLaat ? [{ tekst: 'Te laat', soort: 'fout' }] : []),
    },
    { kop: 'Status', waarde: () => '', badges: (a) => [actieStatusBadge(a.status)] },
    {
      kop: 'Uit overleg',
      waarde: (a) => (a.overlegId ? 'Ja, naar het overleg' : 'Nee'),
      link: (a) => (a.overlegId ? `/overleggen/${encodeURIComponent(a.overlegId)}` : null),
    },
  ];
  protected readonly rijKlasse = (a: MijnActie) => (a.teLaat ? 'rmc-rij--te-laat' : null);

  constructor() {
    effect(() => this.keuzeTeLaat.set(this.lijst.staat.waarden().teLaat === true));
  }

  protected filter(): void {
    void this.lijst.staat.zet({ teLaat: this.keuzeTeLaat() });
  }
}
