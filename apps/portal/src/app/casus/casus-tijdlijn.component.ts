import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { TijdlijnItem } from '@rmc/shared-api-types';
import { TIJDLIJN_SOORT_LABELS } from '@rmc/shared-domain';
import { formatDatum, formatMoment } from '@rmc/portal-ui';

/**
 * What happened with a case (or with one young person across cases) and the meldingen, newest first
 * (RMC roles only: the server sends no timeline to a partner). An ordered list with machine-readable
 * dates, not a chart. Used on the case page and on the person page.
 */
@Component({
  selector: 'rmc-casus-tijdlijn',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section aria-labelledby="tijdlijn-kop">
      <h2 class="utrecht-heading-2" id="tijdlijn-kop">Tijdlijn</h2>
      <p class="utrecht-paragraph">{{ uitleg() }} Het nieuwste staat bovenaan.</p>
      @if (items().length) {
        <ol class="rmc-tijdlijn" aria-labelledby="tijdlijn-kop">
          @for (item of items(); track $index) {
            <li class="rmc-tijdlijn__item">
              <p class="utrecht-paragraph rmc-klein">
                <time [attr.datetime]="item.op">{{ wanneer(item.op) }}</time> · {{ soortLabels[item.soort] }}
              </p>
              <p class="utrecht-paragraph">
                @if (link(item); as pad) {
                  <a class="utrecht-link" [routerLink]="pad">{{ item.tekst }}</a>
                } @else {
                  {{ item.tekst }}
                }
              </p>
            </li>
          }
        </ol>
      } @else {
        <p class="utrecht-paragraph">Er staat nog niets op de tijdlijn.</p>
      }
    </section>
  `,
})
export class CasusTijdlijnComponent {
  readonly items = input.required<TijdlijnItem[]>();
  readonly uitleg = input('Meldingen, fasen, contact, acties, delingen en overleggen van deze casus.');
  /** Only region staff with the triage screens can open a melding. */
  readonly meldingLinks = input(false);

  protected readonly soortLabels = TIJDLIJN_SOORT_LABELS;

  /** A date (contacts, scans) is shown as a date, a moment with its time. */
  protected wanneer(op: string): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(op) ? formatDatum(op) : formatMoment(op);
  }

  protected link(item: TijdlijnItem): string | null {
    if (!item.link || (item.link.startsWith('/meldingen/') && !this.meldingLinks())) return null;
    return item.link;
  }
}
