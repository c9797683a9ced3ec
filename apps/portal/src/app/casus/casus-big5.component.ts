import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto } from '@rmc/shared-api-types';
import {
  BIG5,
  BIG5_LABELS,
  BIG5_STAND_LABELS,
  BIG5_STANDEN,
  BIG5_UITLEG,
  type Big5,
  type Big5Principe,
  type Big5Stand,
  TEKST_MAX,
} from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi, voerWijzigingUit } from './casus.api';
import type { CasusWijziging } from './casus-teksten';

/** Analyseren: the routekaart's Big 5 — is each principle in place? Observed facts, never a diagnosis. */
@Component({
  selector: 'rmc-casus-big5',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  template: `
    <section aria-labelledby="big5-kop">
      <h2 class="utrecht-heading-2" id="big5-kop">Vijf basisvoorwaarden</h2>
      <p class="utrecht-paragraph">
        De vijf basisvoorwaarden uit de routekaart voor een stabiele basis. Geef per onderdeel aan hoe het ervoor staat en noteer
        wat u ziet of hoort: feiten en ondersteuningsbehoeften, geen diagnoses.
      </p>
      @if (beheer()) {
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form()" (ngSubmit)="verstuur()" novalidate>
          @for (p of principes; track p) {
            <rmc-keuzegroep
              [legend]="labels[p]"
              [controlId]="'big5-' + p"
              [hint]="uitleg[p]"
              [optioneel]="true"
              [fout]="status.fout('principes.' + p + '.stand')"
            >
              @for (stand of standen; track stand; let eerste = $first) {
                <div class="rmc-keuze">
                  <input
                    class="utrecht-radio-button utrecht-radio-button--html-input"
                    type="radio"
                    [id]="eerste ? 'big5-' + p : 'big5-' + p + '-' + stand"
                    [value]="stand"
                    [formControlName]="p"
                  />
                  <label
                    class="utrecht-form-label utrecht-form-label--radio"
                    [for]="eerste ? 'big5-' + p : 'big5-' + p + '-' + stand"
                    >{{ standLabels[stand] }}</label
                  >
                </div>
              }
            </rmc-keuzegroep>
            <rmc-form-field
              [label]="'Toelichting ' + labels[p].toLowerCase()"
              [controlId]="'big5-' + p + '-toelichting'"
              [optioneel]="true"
              [fout]="status.fout('principes.' + p + '.toelichting')"
            >
              <textarea
                rmcVeld
                class="utrecht-textarea utrecht-textarea--html-textarea"
                rows="2"
                [attr.maxlength]="toelichtingMax"
                [formControlName]="p + '-toelichting'"
              ></textarea>
            </rmc-form-field>
          }
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Basisvoorwaarden vastleggen
          </button>
        </form>
      } @else if (ingevuld().length) {
        <dl class="rmc-gegevens">
          @for (r of ingevuld(); track r.principe) {
            <dt>{{ labels[r.principe] }}</dt>
            <dd class="rmc-gegevens__tekst">{{ standLabels[r.stand] }}{{ r.toelichting ? ' — ' + r.toelichting : '' }}</dd>
          }
        </dl>
      } @else {
        <p class="utrecht-paragraph">De basisvoorwaarden zijn nog niet vastgelegd.</p>
      }
    </section>
  `,
})
export class CasusBig5Component {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly principes = BIG5;
  protected readonly standen = BIG5_STANDEN;
  protected readonly labels = BIG5_LABELS;
  protected readonly uitleg = BIG5_UITLEG;
  protected readonly toelichtingMax = TEKST_MAX.toelichting;
  protected readonly standLabels = BIG5_STAND_LABELS;
  protected readonly status = new FormulierStatus();
  protected readonly controlIds: Record<string, string> = Object.fromEntries([
    ['principes', 'big5-support'],
    ...BIG5.flatMap((p) => [
      [`principes.${p}.stand`, `big5-${p}`],
      [`principes.${p}.toelichting`, `big5-${p}-toelichting`],
    ]),
  ]);

  protected readonly ingevuld = computed(() => {
    const big5: Big5 = this.casus().big5 ?? {};
    return BIG5.flatMap((principe) =>
      big5[principe] ? [{ principe, stand: big5[principe]!.stand, toelichting: big5[principe]!.toelichting }] : [],
    );
  });

  protected readonly form = computed(() => {
    const big5: Big5 = this.casus().big5 ?? {};
    const velden: Record<string, FormControl<string>> = {};
    for (const p of BIG5) {
      velden[p] = new FormControl<string>(big5[p]?.stand ?? '', { nonNullable: true });
      velden[`${p}-toelichting`] = new FormControl<string>(big5[p]?.toelichting ?? '', { nonNullable: true });
    }
    return new FormGroup(velden);
  });

  constructor() {
    effect(() => {
      this.casus();
      this.status.wis();
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const waarden = this.form().getRawValue();
    const principes: Big5 = {};
    const fouten: Record<string, string> = {};
    for (const p of BIG5 as readonly Big5Principe[]) {
      const stand = waarden[p] as Big5Stand | '';
      const toelichting = (waarden[`${p}-toelichting`] ?? '').trim();
      if (stand) principes[p] = toelichting ? { stand, toelichting } : { stand };
      else if (toelichting) fouten[`principes.${p}.stand`] = `Kies hoe het ervoor staat met ${BIG5_LABELS[p].toLowerCase()}.`;
    }
    if (!Object.keys(principes).length && !Object.keys(fouten).length)
      fouten['principes'] = 'Geef voor minstens één basisvoorwaarde aan hoe het ervoor staat.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const casus = await voerWijzigingUit(this.status, () => this.api.big5(this.casus().id, { principes }));
    if (casus) this.gewijzigd.emit({ casus, bericht: 'De basisvoorwaarden zijn vastgelegd.' });
  }
}
