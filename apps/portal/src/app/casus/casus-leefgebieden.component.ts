import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CasusDto } from '@rmc/shared-api-types';
import { LEEFGEBIEDEN } from '@rmc/shared-domain';
import { ScoreverloopComponent, formatDatum, type ScoreRij } from '@rmc/portal-ui';
import { ScanFormComponent } from './scan-form.component';
import { ScanTabelComponent } from './scan-tabel.component';
import { LEEFGEBIED_LABELS, type CasusWijziging } from './casus-teksten';

/**
 * The 13 life domains: scores over time (chart with a table) and the latest scan with its notes.
 * A partner sees only its shared domains (the server leaves the others out).
 */
@Component({
  selector: 'rmc-casus-leefgebieden',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScoreverloopComponent, ScanFormComponent, ScanTabelComponent],
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
          [omschrijving]="
            scans().length > 1
              ? 'Per leefgebied één balk per scan; de onderste (gevulde) balk is de nieuwste scan.'
              : 'Eén scan; na een volgende scan ziet u hier de voortgang.'
          "
          [momenten]="momenten()"
          [rijen]="rijen()"
          rijKop="Leefgebied"
        />
        <h3 class="utrecht-heading-3" id="laatste-scan-kop">Laatste scan ({{ datum(laatste()!.datum) }})</h3>
        <rmc-scan-tabel
          [scores]="laatste()!.scores"
          bijschrift="Laatste scan: score en notitie per leefgebied"
          bijschriftId="laatste-scan-bijschrift"
          [bijschriftVerbergen]="true"
          labelVan="laatste-scan-kop"
          notitieKop="Feiten en ondersteuningsbehoefte"
        />
      } @else {
        <p class="utrecht-paragraph">
          {{
            beheer() ? 'Er is nog geen scan van de leefgebieden gemaakt.' : 'Er zijn (nog) geen scores van gedeelde leefgebieden.'
          }}
        </p>
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
}
