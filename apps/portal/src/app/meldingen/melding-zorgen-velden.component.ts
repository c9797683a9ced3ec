import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { ZORGEN, ZORG_LABELS, type MeldingNorm } from '@rmc/shared-domain';
import { FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import type { FormulierStatus } from '../core/formulier-status';
import { OUDER_FORMULIER, aanbevolenHint, isOptioneel, isVerplicht } from './melding-formulier';

/** The "Zorgen en aanpak" part of the new-melding form: the school's concerns, what it did and what it asks of the region. */
@Component({
  selector: 'fieldset[rmcMeldingZorgen]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  viewProviders: [OUDER_FORMULIER],
  template: `
    <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Zorgen en aanpak</legend>
    <p class="utrecht-paragraph rmc-klein">
      Het RMC pakt een melding op als één van deze zorgen speelt. Hoe vollediger u dit deel invult, hoe minder de regio hoeft na
      te vragen.
    </p>
    <rmc-keuzegroep
      legend="Zorgen van de school"
      controlId="melding-zorgen"
      hint="Kruis aan wat van toepassing is."
      [fout]="status().fout('zorgen')"
      [optioneel]="optioneel('zorgen')"
    >
      <div formGroupName="zorgen">
        @for (zorg of zorgen; track zorg; let eerste = $first) {
          <div class="rmc-keuze">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              [id]="eerste ? 'melding-zorgen' : 'melding-zorgen-' + zorg"
              [formControlName]="zorg"
            />
            <label
              class="utrecht-form-label utrecht-form-label--checkbox"
              [for]="eerste ? 'melding-zorgen' : 'melding-zorgen-' + zorg"
              >{{ zorgLabels[zorg] }}</label
            >
          </div>
        }
      </div>
    </rmc-keuzegroep>
    <rmc-form-field
      label="Door school ondernomen actie"
      controlId="melding-doorSchoolOndernomen"
      [hint]="aanbevolen('doorSchoolOndernomen')"
      [fout]="status().fout('doorSchoolOndernomen')"
      [optioneel]="optioneel('doorSchoolOndernomen')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="3"
        formControlName="doorSchoolOndernomen"
      ></textarea>
    </rmc-form-field>
    <rmc-form-field
      label="Afspraken met de student"
      controlId="melding-afsprakenMetStudent"
      [hint]="aanbevolen('afsprakenMetStudent')"
      [fout]="status().fout('afsprakenMetStudent')"
      [optioneel]="optioneel('afsprakenMetStudent')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="3"
        formControlName="afsprakenMetStudent"
      ></textarea>
    </rmc-form-field>
    <rmc-form-field
      label="Betrokken contactpersonen"
      controlId="melding-betrokkenContacten"
      [hint]="aanbevolen('betrokkenContacten', 'Bijvoorbeeld coach, SLB’er of hulpverlener, met telefoon of e-mail.')"
      [fout]="status().fout('betrokkenContacten')"
      [optioneel]="optioneel('betrokkenContacten')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="3"
        formControlName="betrokkenContacten"
      ></textarea>
    </rmc-form-field>
    <rmc-form-field
      label="Lopende hulp"
      controlId="melding-lopendeHulp"
      [hint]="aanbevolen('lopendeHulp')"
      [fout]="status().fout('lopendeHulp')"
      [optioneel]="optioneel('lopendeHulp')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="2"
        formControlName="lopendeHulp"
      ></textarea>
    </rmc-form-field>
    <rmc-form-field
      label="Wat verwacht u van de regio?"
      controlId="melding-verwachtingVanRegio"
      [hint]="aanbevolen('verwachtingVanRegio')"
      [fout]="status().fout('verwachtingVanRegio')"
      [optioneel]="optioneel('verwachtingVanRegio')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="2"
        formControlName="verwachtingVanRegio"
      ></textarea>
    </rmc-form-field>
    <rmc-keuzegroep
      legend="Actie door de gemeente gewenst?"
      controlId="melding-actieGewenst"
      [hint]="norm()?.actieGewenstWanneer ?? null"
      [fout]="status().fout('actieGewenst')"
      [optioneel]="optioneel('actieGewenst')"
    >
      <div class="rmc-keuze">
        <input
          class="utrecht-radio-button utrecht-radio-button--html-input"
          type="radio"
          id="melding-actieGewenst"
          value="ja"
          formControlName="actieGewenst"
        />
        <label class="utrecht-form-label utrecht-form-label--radio" for="melding-actieGewenst">Ja</label>
      </div>
      <div class="rmc-keuze">
        <input
          class="utrecht-radio-button utrecht-radio-button--html-input"
          type="radio"
          id="melding-actieGewenst-nee"
          value="nee"
          formControlName="actieGewenst"
        />
        <label class="utrecht-form-label utrecht-form-label--radio" for="melding-actieGewenst-nee">Nee</label>
      </div>
    </rmc-keuzegroep>
    <rmc-form-field
      label="Toelichting actie gewenst"
      controlId="melding-toelichtingActieGewenst"
      hint="Waarom en welke actie u van de regio vraagt."
      [fout]="status().fout('toelichtingActieGewenst')"
      [optioneel]="optioneel('toelichtingActieGewenst') && !actieGewenstJa()"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="3"
        formControlName="toelichtingActieGewenst"
        [attr.aria-required]="verplicht('toelichtingActieGewenst') || actieGewenstJa()"
      ></textarea>
    </rmc-form-field>
  `,
})
export class MeldingZorgenVeldenComponent {
  readonly status = input.required<FormulierStatus>();
  readonly norm = input<MeldingNorm | null>(null);
  /** "Actie gewenst: ja" makes the explanation required. */
  readonly actieGewenstJa = input(false);

  protected readonly zorgen = ZORGEN;
  protected readonly zorgLabels = ZORG_LABELS;

  protected verplicht(veld: string): boolean {
    return isVerplicht(this.norm(), veld);
  }

  protected optioneel(veld: string): boolean {
    return isOptioneel(this.norm(), veld);
  }

  protected aanbevolen(veld: string, extra?: string): string | null {
    return aanbevolenHint(this.norm(), veld, extra);
  }
}
