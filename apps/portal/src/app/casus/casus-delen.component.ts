import { ChangeDetectionStrategy, Component, computed, inject, input, output, viewChild } from '@angular/core';
import type { CasusDelingDto, CasusDto, OrganisatieDto } from '@rmc/shared-api-types';
import {
  ConfirmDialogComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  focusOpElement,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { DelingFormComponent } from './deling-form.component';
import { MachtigingComponent } from './machtiging.component';
import { GRONDSLAG_LABELS, sectieKort, type CasusWijziging } from './casus-teksten';

/** Shares with partner organisations: who sees what, on which grondslag, until when; withdraw with confirmation. */
@Component({
  selector: 'rmc-casus-delen',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, ErrorSummaryComponent, ConfirmDialogComponent, DelingFormComponent, MachtigingComponent],
  template: `
    <section aria-labelledby="delingen-kop">
      <h2 class="utrecht-heading-2" id="delingen-kop">Delen met ketenpartners</h2>
      <p class="utrecht-paragraph">
        Een partner ziet de casus alleen via een deling, en alleen de gedeelde onderdelen. Intrekken werkt direct: bij het
        volgende verzoek vindt de partner de casus niet meer.
      </p>
      <rmc-error-summary [detail]="intrekken.detail()" [fouten]="intrekken.velden()" />
      <rmc-data-table
        bijschrift="Delingen van deze casus"
        [kolommen]="kolommen"
        [rijen]="delingen()"
        leegTekst="De casus is met niemand gedeeld."
      >
        <ng-template #acties let-d>
          @if (magDelen() && !d.ingetrokken) {
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
              [attr.aria-busy]="intrekken.bezig()"
              (click)="trekIn(d)"
            >
              Intrekken<span class="rmc-visueel-verborgen"> (deling met {{ d.organisatie }})</span>
            </button>
          }
        </ng-template>
      </rmc-data-table>
      @if (magDelen() && metToestemming().length) {
        <h3 class="utrecht-heading-3">Getekende machtigingen</h3>
        @for (d of metToestemming(); track d.id) {
          <rmc-machtiging [casusId]="casus().id" [deling]="d" (gewijzigd)="herlaad($event)" />
        }
      }
      @if (magDelen()) {
        <h3 class="utrecht-heading-3" id="deling-nieuw-kop">Casus delen</h3>
        <rmc-deling-form [casus]="casus()" [organisaties]="organisaties()" (gewijzigd)="gewijzigd.emit($event)" />
      }
      <rmc-confirm-dialog />
    </section>
  `,
})
export class CasusDelenComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly magDelen = input(false);
  readonly organisaties = input<OrganisatieDto[]>([]);
  readonly gewijzigd = output<CasusWijziging>();

  private readonly dialoog = viewChild.required(ConfirmDialogComponent);
  protected readonly intrekken = new FormulierStatus();
  protected readonly delingen = computed(() => this.casus().delingen ?? []);
  protected readonly metToestemming = computed(() =>
    this.delingen().filter((d) => d.grondslag === 'toestemming' && !d.ingetrokken),
  );
  protected readonly kolommen: Kolom<CasusDelingDto>[] = [
    { kop: 'Organisatie', waarde: (d) => d.organisatie },
    { kop: 'Grondslag', waarde: (d) => GRONDSLAG_LABELS[d.grondslag] ?? d.grondslag },
    { kop: 'Doel', waarde: (d) => d.doel },
    { kop: 'Onderdelen', waarde: (d) => d.secties.map(sectieKort).join(', ') },
    { kop: 'Einddatum', waarde: (d) => formatDatum(d.eindDatum) },
    {
      kop: 'Status',
      waarde: () => '',
      badges: (d) => [d.ingetrokken ? { tekst: 'Ingetrokken', soort: 'neutraal' } : { tekst: 'Actief', soort: 'ok' }],
    },
  ];

  /** After an upload: fetch the case again so the share shows its machtiging. */
  protected async herlaad(bericht: string): Promise<void> {
    const casus = await this.api.haal(this.casus().id).catch(() => null);
    if (casus) this.gewijzigd.emit({ casus, bericht });
  }

  protected async trekIn(deling: CasusDelingDto): Promise<void> {
    if (this.intrekken.bezig()) return;
    const zeker = await this.dialoog().vraag({
      titel: `Deling met ${deling.organisatie} intrekken?`,
      tekst: `${deling.organisatie} ziet deze casus vanaf het volgende verzoek niet meer. Intrekken kan niet ongedaan worden gemaakt; deel zo nodig opnieuw.`,
      bevestigLabel: 'Intrekken',
    });
    if (!zeker) return;
    const casus = await voerWijzigingUit(this.intrekken, () => this.api.trekDelingIn(this.casus().id, deling.id));
    if (!casus) return;
    this.gewijzigd.emit({ casus, bericht: `De deling met ${deling.organisatie} is ingetrokken.` });
    // The button that had focus is gone with the withdrawn share.
    setTimeout(() => focusOpElement('delingen-kop'));
  }
}
