import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CasusDto, CasusVerzuimDto } from '@rmc/shared-api-types';
import { DataTableComponent, formatDatum, type Kolom } from '@rmc/portal-ui';
import { soortLabel } from '../meldingen/melding-teksten';

/** The young person's verzuimmeldingen in this region (absence detail). */
@Component({
  selector: 'rmc-casus-verzuim',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent],
  template: `
    <section aria-labelledby="verzuim-kop">
      <h2 class="utrecht-heading-2" id="verzuim-kop">Verzuim</h2>
      <rmc-data-table
        bijschrift="Verzuimmeldingen van deze jongere"
        [kolommen]="kolommen()"
        [rijen]="meldingen()"
        leegTekst="Er zijn geen verzuimmeldingen voor deze jongere."
      />
    </section>
  `,
})
export class CasusVerzuimComponent {
  readonly casus = input.required<CasusDto>();
  /** Region staff can open the melding itself. */
  readonly metLinks = input(false);

  protected readonly meldingen = computed(() => this.casus().verzuim ?? []);
  protected readonly kolommen = computed<Kolom<CasusVerzuimDto>[]>(() => [
    {
      kop: 'Soort',
      waarde: (m) => soortLabel(m.soort),
      link: this.metLinks() ? (m) => `/meldingen/${encodeURIComponent(m.id)}` : undefined,
    },
    { kop: 'Begindatum', waarde: (m) => formatDatum(m.begindatum) },
    { kop: 'Dagen', waarde: (m) => m.verzuimDagen },
    { kop: 'Uren', waarde: (m) => m.verzuimUren },
  ]);
}
