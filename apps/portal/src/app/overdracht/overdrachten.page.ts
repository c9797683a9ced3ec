import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { Leefgebied } from '@rmc/shared-domain';
import {
  AlertComponent,
  BadgeComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  focusOpElement,
  formatDatum,
  formatMoment,
  type BadgeSoort,
  type Kolom,
} from '@rmc/portal-ui';
import { DOELGROEP_LABELS, FASE_LABELS, LEEFGEBIED_LABELS } from '../casus/casus-teksten';
import { FormulierStatus } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { LijstTellingComponent } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { OVERDRACHT_STATUS_LABELS, OverdrachtApi, pakketNaam, type OverdrachtDto } from './overdracht.api';

interface Geaccepteerd {
  casusId: string;
  naam: string;
}

const STATUS_BADGE: Record<OverdrachtDto['status'], BadgeSoort> = { aangeboden: 'info', geaccepteerd: 'ok' };

/**
 * Warm handovers: those offered to the user's region (accept: a case opens here with the package) or
 * organisation (leerplicht / W&I at the age limit: the package to read), and those the region sent.
 */
@Component({
  selector: 'rmc-overdrachten-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LijstTellingComponent,
    AlertComponent,
    RouterLink,
    PageHeaderComponent,
    BadgeComponent,
    DataTableComponent,
    ErrorSummaryComponent,
    StatusMessageComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Overdrachten"
      intro="Bij een warme overdracht krijgt u een pakket met de gegevens van de jongere, vastgelegd onder een grondslag. Accepteert uw regio een overdracht, dan opent u een casus met het pakket."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />
    @if (geaccepteerd(); as g) {
      <p class="utrecht-paragraph">
        <a class="utrecht-link" id="overdracht-nieuwe-casus" [routerLink]="['/casussen', g.casusId]"
          >Naar de casus van {{ g.naam }}</a
        >
      </p>
    }

    @if (lijst.fout()) {
      <rmc-alert soort="fout">{{ lijst.fout() }}</rmc-alert>
    }
    @if (laden()) {
      <p class="utrecht-paragraph" role="status">Overdrachten worden geladen…</p>
    } @else {
      <rmc-lijst-telling [aantal]="lijst.aantal()" />
      <section aria-labelledby="inkomend-kop">
        <h2 class="utrecht-heading-2" id="inkomend-kop">Aan u aangeboden</h2>
        @if (inkomend().length) {
          <ul class="rmc-berichten">
            @for (o of inkomend(); track o.id) {
              <li class="rmc-bericht">
                <h3 class="utrecht-heading-3" [id]="'overdracht-' + o.id">{{ naam(o) }}</h3>
                <p class="utrecht-paragraph">
                  <rmc-badge [soort]="statusBadge[o.status]">{{ statusLabels[o.status] }}</rmc-badge>
                  Van {{ o.van }} aan {{ o.naar ?? 'u' }}, aangeboden op {{ moment(o.aangebodenOp) }} door
                  {{ o.pakket.overgedragenDoor }}.
                </p>
                <dl class="rmc-gegevens">
                  <dt>Geboortedatum</dt>
                  <dd>{{ datum(o.pakket.persoon.geboortedatum) }}</dd>
                  <dt>BSN</dt>
                  <dd>{{ o.pakket.persoon.bsn }}</dd>
                  <dt>Postcode</dt>
                  <dd>{{ o.pakket.persoon.postcode }}</dd>
                  <dt>Telefoon</dt>
                  <dd>{{ o.pakket.persoon.telefoon || 'Onbekend' }}</dd>
                  <dt>E-mailadres</dt>
                  <dd>{{ o.pakket.persoon.email || 'Onbekend' }}</dd>
                  <dt>Doelgroep</dt>
                  <dd>{{ doelgroep(o.pakket.doelgroep) }}</dd>
                  <dt>Fase bij overdracht</dt>
                  <dd>{{ fase(o.pakket.fase) }}</dd>
                  <dt>Contactmomenten</dt>
                  <dd>{{ o.pakket.contacten }}</dd>
                  <dt>Grondslag</dt>
                  <dd>{{ o.grondslag }}</dd>
                  @if (o.toelichting) {
                    <dt>Toelichting</dt>
                    <dd>{{ o.toelichting }}</dd>
                  }
                  <dt>Overgedragen door</dt>
                  <dd>{{ o.pakket.overgedragenDoor }} ({{ o.van }})</dd>
                </dl>
                <h4 class="utrecht-heading-4">Open acties</h4>
                @if (o.pakket.openActies.length) {
                  <ul class="utrecht-unordered-list">
                    @for (a of o.pakket.openActies; track $index) {
                      <li class="utrecht-unordered-list__item">
                        {{ a.omschrijving }}{{ a.deadline ? ' (deadline ' + datum(a.deadline) + ')' : '' }}
                      </li>
                    }
                  </ul>
                } @else {
                  <p class="utrecht-paragraph">Geen open acties.</p>
                }
                @if (o.pakket.laatsteScan; as scan) {
                  <h4 class="utrecht-heading-4">Laatste scan leefgebieden ({{ datum(scan.datum) }})</h4>
                  <ul class="utrecht-unordered-list">
                    @for (s of scores(scan.scores); track s.domein) {
                      <li class="utrecht-unordered-list__item">
                        {{ s.label }}: {{ s.score }} van 5{{ s.notitie ? ' — ' + s.notitie : '' }}
                      </li>
                    }
                  </ul>
                } @else {
                  <h4 class="utrecht-heading-4">Laatste scan leefgebieden</h4>
                  <p class="utrecht-paragraph">Er is geen scan gedaan.</p>
                }
                <div class="rmc-knoppen">
                  @if (kanAccepteren(o)) {
                    <button
                      type="button"
                      class="utrecht-button utrecht-button--primary-action"
                      [attr.aria-busy]="actie.bezig()"
                      (click)="accepteer(o)"
                    >
                      Accepteren<span class="rmc-visueel-verborgen"> (overdracht van {{ naam(o) }})</span>
                    </button>
                  } @else if (o.status === 'geaccepteerd' && o.nieuweCasusId) {
                    <a class="utrecht-link" [routerLink]="['/casussen', o.nieuweCasusId]"
                      >Casus bekijken<span class="rmc-visueel-verborgen"> van {{ naam(o) }}</span></a
                    >
                  } @else if (o.soort === 'organisatie' && o.status === 'aangeboden') {
                    <button
                      type="button"
                      class="utrecht-button utrecht-button--secondary-action"
                      [attr.aria-busy]="actie.bezig()"
                      (click)="bevestig(o)"
                    >
                      Ontvangst bevestigen<span class="rmc-visueel-verborgen"> (overdracht van {{ naam(o) }})</span>
                    </button>
                  } @else if (o.soort === 'organisatie') {
                    <p class="utrecht-paragraph rmc-klein">U heeft de ontvangst van dit pakket bevestigd.</p>
                  }
                </div>
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Er zijn geen overdrachten aan u aangeboden.</p>
        }
      </section>

      @if (regio()) {
        <section aria-labelledby="uitgaand-kop">
          <h2 class="utrecht-heading-2" id="uitgaand-kop">Door uw regio overgedragen</h2>
          <rmc-data-table
            [bijschriftVerbergen]="true"
            bijschrift="Door uw regio overgedragen casussen"
            [kolommen]="uitgaandKolommen"
            [rijen]="uitgaand()"
            leegTekst="Uw regio heeft nog geen casussen overgedragen."
          />
        </section>
      }
      <rmc-meer-laden
        wat="overdrachten"
        enkelvoud="overdracht"
        [aantal]="overdrachten().length"
        [totaal]="lijst.pagina.totaal()"
        [meer]="lijst.pagina.meer()"
        [bezig]="lijst.pagina.bezig()"
        (laden)="lijst.meer()"
      />
    }
  `,
})
export class OverdrachtenPage {
  private readonly api = inject(OverdrachtApi);
  private readonly sessie = inject(SessieService);

  /** Incoming and outgoing together, newest first; "Meer laden" appends the next page. */
  /** The pages loaded are in the URL (`?paginas=`), so back and reload keep them. */
  protected readonly lijst = urlLijst({}, (_w, cursor) => this.api.lijst(cursor), {
    enkelvoud: 'overdracht',
    meervoud: 'overdrachten',
    fout: 'De overdrachten konden niet worden geladen.',
  });
  protected readonly overdrachten = this.lijst.items;
  protected readonly laden = this.lijst.laden;
  protected readonly succes = signal<string | null>(null);
  protected readonly geaccepteerd = signal<Geaccepteerd | null>(null);
  protected readonly actie = new FormulierStatus();

  protected readonly inkomend = computed(() => this.overdrachten().filter((o) => o.richting === 'inkomend'));
  protected readonly uitgaand = computed(() => this.overdrachten().filter((o) => o.richting === 'uitgaand'));
  /** RMC roles work for the region (they also see what it sent); W&I only receives. */
  protected readonly regio = computed(() => TOEGANG.casusBeheren(this.sessie.ability()));
  private readonly magAccepteren = computed(() => TOEGANG.overdrachtAccepteren(this.sessie.ability()));

  protected readonly statusLabels = OVERDRACHT_STATUS_LABELS;
  protected readonly statusBadge = STATUS_BADGE;
  protected readonly datum = formatDatum;
  protected readonly moment = formatMoment;
  protected readonly naam = (o: OverdrachtDto) => pakketNaam(o.pakket);
  protected readonly uitgaandKolommen: Kolom<OverdrachtDto>[] = [
    { kop: 'Jongere', waarde: (o) => pakketNaam(o.pakket) },
    { kop: 'Naar', waarde: (o) => o.naar },
    { kop: 'Aangeboden op', waarde: (o) => formatMoment(o.aangebodenOp) },
    { kop: 'Door', waarde: (o) => o.pakket.overgedragenDoor },
    { kop: 'Grondslag', waarde: (o) => o.grondslag },
    {
      kop: 'Status',
      waarde: () => '',
      badges: (o) => [{ tekst: OVERDRACHT_STATUS_LABELS[o.status] ?? o.status, soort: STATUS_BADGE[o.status] ?? 'neutraal' }],
    },
  ];

  protected doelgroep(waarde: string): string {
    return (DOELGROEP_LABELS as Record<string, string>)[waarde] ?? waarde;
  }

  protected fase(waarde: string): string {
    return (FASE_LABELS as Record<string, string>)[waarde] ?? waarde;
  }

  protected scores(
    scores: Partial<Record<Leefgebied, { score: number; notitie?: string }>>,
  ): { domein: string; label: string; score: number; notitie?: string }[] {
    return Object.entries(scores).map(([domein, s]) => ({
      domein,
      label: LEEFGEBIED_LABELS[domein as Leefgebied] ?? domein,
      score: s?.score ?? 0,
      notitie: s?.notitie,
    }));
  }

  /** Only a handover to the region itself opens a case here; one to an organisation is read only. */
  protected kanAccepteren(o: OverdrachtDto): boolean {
    return this.magAccepteren() && o.richting === 'inkomend' && o.status === 'aangeboden' && (o.soort ?? 'regio') === 'regio';
  }

  private laad(): Promise<void> {
    return this.lijst.opnieuw();
  }

  protected async accepteer(o: OverdrachtDto): Promise<void> {
    if (this.actie.bezig()) return;
    const naam = this.naam(o);
    this.succes.set(null);
    const uitkomst: { casusId: string | null; bestaand: boolean } = { casusId: null, bestaand: false };
    const gelukt = await this.actie.voerUit(async () => {
      const antwoord = await this.api.accepteer(o.id);
      uitkomst.casusId = antwoord.casusId;
      uitkomst.bestaand = !!antwoord.bestaandeCasus;
    });
    if (!gelukt || !uitkomst.casusId) return;
    this.geaccepteerd.set({ casusId: uitkomst.casusId, naam });
    this.succes.set(
      uitkomst.bestaand
        ? `De overdracht van ${naam} is geaccepteerd en toegevoegd aan de lopende casus in uw regio.`
        : `De overdracht van ${naam} is geaccepteerd. Er is een casus geopend in uw regio.`,
    );
    await this.laad();
    // The button that was used is gone: continue at the link to the case.
    setTimeout(() => focusOpElement('overdracht-nieuwe-casus'));
  }

  /** Leerplicht or W&I: confirm that the package arrived (the sending region sees "Geaccepteerd"). */
  protected async bevestig(o: OverdrachtDto): Promise<void> {
    if (this.actie.bezig()) return;
    this.succes.set(null);
    const gelukt = await this.actie.voerUit(() => this.api.bevestigOntvangst(o.id));
    if (!gelukt) return;
    this.succes.set(`De ontvangst van de overdracht van ${this.naam(o)} is bevestigd.`);
    await this.laad();
  }
}
