import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { JongereInzageDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, PageHeaderComponent, StatusMessageComponent, formatDatum, formatMoment } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { JongereApi } from './jongere.api';

/** Who received the young person's data and on which ground (consent can be withdrawn here), and who looked. */
@Component({
  selector: 'rmc-jongere-inzage-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rmc-lijst-kaarten {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .rmc-lijst-kaarten .utrecht-button {
      margin-block-start: 0.5rem;
      margin-inline-end: 0.5rem;
    }
    section {
      margin-block-end: 1.5rem;
    }
  `,
  imports: [RouterLink, PageHeaderComponent, ErrorSummaryComponent, StatusMessageComponent],
  template: `
    <rmc-page-header titel="Wie heeft je gegevens?" intro="Hier zie je wie je gegevens kreeg en wie in je dossier keek." />
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/jongere">Terug naar mijn pagina</a></p>
    <rmc-status-message [bericht]="melding()" />
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="{}" />
    @if (data(); as d) {
      <section aria-labelledby="ontvangers-kop">
        <h2 class="utrecht-heading-2" id="ontvangers-kop">Wie kreeg je gegevens</h2>
        @if (d.ontvangers.length) {
          <ul class="rmc-lijst-kaarten">
            @for (o of d.ontvangers; track o.delingId) {
              <li class="rmc-kaart">
                <p class="utrecht-paragraph">
                  <strong>{{ o.organisatie }}</strong>
                </p>
                <p class="utrecht-paragraph">Waarom: {{ o.doel }}</p>
                <p class="utrecht-paragraph">Mag dat: {{ o.grondslag }}</p>
                <p class="utrecht-paragraph">
                  Van {{ moment(o.sinds) }} tot {{ datum(o.tot) }}
                  @if (o.ingetrokkenOp) {
                    — gestopt op {{ moment(o.ingetrokkenOp) }}
                  } @else if (!o.actief) {
                    — afgelopen
                  }
                </p>
                @if (o.kanIntrekken) {
                  @if (bevestig() === o.delingId) {
                    <p class="utrecht-paragraph">Weet je het zeker? {{ o.organisatie }} ziet je gegevens dan niet meer.</p>
                    <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="trekIn(o.delingId)">
                      Ja, stop met delen
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="bevestig.set(null)">
                      Nee, laat maar
                    </button>
                  } @else {
                    <button
                      type="button"
                      class="utrecht-button utrecht-button--secondary-action"
                      (click)="bevestig.set(o.delingId)"
                    >
                      Toestemming intrekken voor {{ o.organisatie }}
                    </button>
                  }
                }
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Je gegevens zijn met niemand gedeeld.</p>
        }
      </section>
      <section aria-labelledby="inzagen-kop">
        <h2 class="utrecht-heading-2" id="inzagen-kop">Wie keek in je dossier</h2>
        <p class="utrecht-paragraph">
          Klopt er iets niet, of keek iemand die je niet kent? Vertel het je consulent. Denk je dat iemand anders je link of je
          telefoon heeft gebruikt? Vraag je consulent om een nieuwe link: de oude werkt dan niet meer.
        </p>
        <ul class="utrecht-unordered-list">
          @for (r of d.inzagen; track $index) {
            <li class="utrecht-unordered-list__item">
              {{ moment(r.op) }}: {{ r.wie }}{{ r.organisatie ? ' (' + r.organisatie + ')' : '' }} {{ r.wat }}
            </li>
          }
        </ul>
      </section>
    } @else {
      <p class="utrecht-paragraph" role="status">Laden…</p>
    }
  `,
})
export class JongereInzagePage {
  private readonly api = inject(JongereApi);
  protected readonly data = signal<JongereInzageDto | null>(null);
  protected readonly bevestig = signal<string | null>(null);
  protected readonly melding = signal<string | null>(null);
  protected readonly status = new FormulierStatus();
  protected readonly datum = formatDatum;
  protected readonly moment = formatMoment;

  constructor() {
    void this.api.inzage().then((d) => this.data.set(d));
  }

  protected async trekIn(delingId: string): Promise<void> {
    let nieuw: JongereInzageDto | undefined;
    if (await this.status.voerUit(async () => (nieuw = await this.api.trekIn(delingId)))) {
      this.data.set(nieuw!);
      this.bevestig.set(null);
      this.melding.set('Je toestemming is ingetrokken. Je consulent weet het.');
    }
  }
}
