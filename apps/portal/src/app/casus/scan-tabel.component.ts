import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LEEFGEBIED_LABELS, LEEFGEBIEDEN, type Leefgebied } from '@rmc/shared-domain';

/**
 * One life-domain scan as a table (domain, score, factual note) in the routekaart's domain order. Used
 * on the case page and in the meeting's case panel, each with its own caption.
 */
@Component({
  selector: 'rmc-scan-tabel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="utrecht-table-container rmc-tabel-scroll" role="region" tabindex="0" [attr.aria-labelledby]="labelId()">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" [class.rmc-visueel-verborgen]="bijschriftVerbergen()" [id]="bijschriftId()">
          {{
            bijschrift()
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">Leefgebied</th>
            <th class="utrecht-table__header-cell" scope="col">Score</th>
            <th class="utrecht-table__header-cell" scope="col">{{ notitieKop() }}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (r of rijen(); track r.domein) {
            <tr class="utrecht-table__row">
              <th class="utrecht-table__cell" scope="row">{{ r.label }}</th>
              <td class="utrecht-table__cell">{{ r.score }}</td>
              <td class="utrecht-table__cell rmc-gegevens__tekst">{{ r.notitie || '—' }}</td>
            </tr>
          } @empty {
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell" colspan="3">Geen scores in deze scan.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class ScanTabelComponent {
  readonly scores = input.required<Partial<Record<string, { score: number; notitie?: string }>>>();
  readonly bijschrift = input.required<string>();
  readonly bijschriftId = input.required<string>();
  readonly bijschriftVerbergen = input(false);
  /** The element that names the scroll region (a heading above the table, or the caption itself). */
  readonly labelVan = input<string | null>(null);
  readonly notitieKop = input('Notitie');

  protected readonly labelId = computed(() => this.labelVan() ?? this.bijschriftId());
  protected readonly rijen = computed(() => {
    const scores = this.scores();
    return (Object.keys(scores) as Leefgebied[])
      .sort((a, b) => LEEFGEBIEDEN.indexOf(a) - LEEFGEBIEDEN.indexOf(b))
      .map((domein) => ({
        domein,
        label: LEEFGEBIED_LABELS[domein] ?? domein,
        score: scores[domein]!.score,
        notitie: scores[domein]!.notitie,
      }));
  });
}
