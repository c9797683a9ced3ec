import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CasusDto } from '@rmc/shared-api-types';
import { LEEFGEBIEDEN, type Leefgebied } from '@rmc/shared-domain';
import { ScoreverloopComponent, formatDatum, type ScoreRij } from '@rmc/portal-ui';
import { ScanFormComponent } from './scan-form.component';
import { LEEFGEBIED_LABELS, type CasusWijziging } from './casus-teksten';

/**
 * The 13 life domains: scores over time (chart with a table) and the latest scan with its notes.
 * A partner sees only its shared domains (the server leaves the others out).
 */
@Component({
  selector: 'rmc-casus-leefgebieden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScoreverloopComponent, ScanFormComponent],
  template: `
    <section aria-labelledby="leefgebieden-kop">
      <h2 class="utrecht-heading-2" id="leefgebieden-kop">Leefgebieden</h2>
      <p class="utrecht-paragraph">
        Score 1 betekent acute problemen, 5 volledig zelfredzaam.
        @if (!beheer()) {
          U ziet alleen de leefgebieden die met uw organisatie zijn gedeeld.
        }
      </p>
      @if (scans().length) {
        <rmc-scoreverloop
          titel="Scores per leefgebied over tijd"
          [omschrijving]="scans().length > 1 ? 'Per leefgebied één balk per scan; de onderste (gevulde) balk is de nieuwste scan.' : 'Eén scan; na een volgende scan ziet u hier de voortgang.'"
          [momenten]="momenten()"
          [rijen]="rijen()"
          rijKop="Leefgebied"
        />
        <h3 class="utrecht-heading-3" id="laatste-scan-kop">Laatste scan ({{ datum(laatste()!.datum) }})</h3>
        <div class="utrecht-table-container rmc-tabel-scroll" role="region" tabindex="0" aria-labelledby="laatste-scan-kop">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption rmc-visueel-verborgen">Laatste scan: score en notitie per leefgebied</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">Leefgebied</th>
                <th class="utrecht-table__header-cell" scope="col">Score</th>
                <th class="utrecht-table__header-cell" scope="col">Feiten en ondersteuningsbehoefte</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              @for (r of laatsteRijen(); track r.domein) {
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__cell" scope="row">{{ r.label }}</th>
                  <td class="utrecht-table__cell">{{ r.score }}</td>
                  <td class="utrecht-table__cell rmc-gegevens__tekst">{{ r.notitie || '—' }}</td>
                </tr>
              } @empty {
                <tr class="utrecht-table__row"><td class="utrecht-table__cell" colspan="3">Geen scores in deze scan.</td></tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p class="utrecht-paragraph">{{ beheer() ? 'Er is nog geen scan van de leefgebieden gemaakt.' : 'Er zijn (nog) geen scores van gedeelde leefgebieden.' }}</p>
      }
      @if (beheer()) {
        <h3 class="utrecht-heading-3" id="scan-kop">{{ scans().length ? 'Nieuwe scan (voortgang)' : 'Scan maken' }}</h3>
        <rmc-scan-form [casus]="casus()" (gewijzigd)="gewijzigd.emit($event)" />
      }
    </section>
  `,
})
export class CasusLeefgebiedenComponent {
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly datum = formatDatum;
  protected readonly scans = computed(() => this.casus().leefgebieden ?? []);
  protected readonly laatste = computed(() => this.scans().at(-1) ?? null);
  protected readonly momenten = computed(() => this.scans().map((s) => formatDatum(s.datum)));

  /** Only domains that were scored at least once (a partner's slice holds only its own). */
  private readonly domeinen = computed(() => LEEFGEBIEDEN.filter((d) => this.scans().some((s) => s.scores[d])));
  protected readonly rijen = computed<ScoreRij[]>(() =>
    this.domeinen().map((d) => ({ label: LEEFGEBIED_LABELS[d], waarden: this.scans().map((s) => s.scores[d]?.score ?? null) })),
  );
  protected readonly laatsteRijen = computed(() => {
    const scores = this.laatste()?.scores ?? {};
    return (Object.keys(scores) as Leefgebied[])
      .sort((a, b) => LEEFGEBIEDEN.indexOf(a) - LEEFGEBIEDEN.indexOf(b))
      .map((domein) => ({ domein, label: LEEFGEBIED_LABELS[domein] ?? domein, score: scores[domein]!.score, notitie: scores[domein]!.notitie }));
  });
}
