import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { MeldingNorm } from '@rmc/shared-domain';
import { FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import type { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from './melding-controle';
import { OUDER_FORMULIER, aanbevolenHint, isOptioneel, isVerplicht } from './melding-formulier';

/** The "Student" part of the new-melding form (the page's fieldset is the host; its controls bind to the page's form). */
@Component({
  selector: 'fieldset[rmcMeldingStudent]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective],
  viewProviders: [OUDER_FORMULIER],
  template: `
    <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Student</legend>
    <rmc-form-field
      label="BSN"
      controlId="melding-bsn"
      hint="9 cijfers, of het persoonsgebonden nummer (PGN)."
      [fout]="status().fout('bsn')"
      [optioneel]="optioneel('bsn')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        formControlName="bsn"
        [attr.aria-required]="verplicht('bsn')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Voornaam"
      controlId="melding-voornaam"
      [fout]="status().fout('voornaam')"
      [optioneel]="optioneel('voornaam')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input"
        type="text"
        autocomplete="off"
        formControlName="voornaam"
        [attr.aria-required]="verplicht('voornaam')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Achternaam"
      controlId="melding-achternaam"
      hint="Met tussenvoegsel, zoals “de Vries”."
      [fout]="status().fout('achternaam')"
      [optioneel]="optioneel('achternaam')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input"
        type="text"
        autocomplete="off"
        formControlName="achternaam"
        [attr.aria-required]="verplicht('achternaam')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Geboortedatum"
      controlId="melding-geboortedatum"
      [fout]="status().fout('geboortedatum')"
      [optioneel]="optioneel('geboortedatum')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
        type="date"
        [max]="vandaag"
        formControlName="geboortedatum"
        [attr.aria-required]="verplicht('geboortedatum')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Postcode woonadres"
      controlId="melding-postcode"
      hint="Bijvoorbeeld 8011 AB. De postcode bepaalt naar welke regio de melding gaat."
      [fout]="status().fout('postcode')"
      [optioneel]="optioneel('postcode')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
        type="text"
        autocomplete="off"
        formControlName="postcode"
        [attr.aria-required]="verplicht('postcode')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Telefoon student of ouder"
      controlId="melding-telefoon"
      [hint]="aanbevolen('telefoon')"
      [fout]="status().fout('telefoon')"
      [optioneel]="optioneel('telefoon')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
        type="tel"
        autocomplete="off"
        formControlName="telefoon"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Afwijkend verblijfadres"
      controlId="melding-afwijkendVerblijfadres"
      hint="Alleen als de student ergens anders verblijft dan op het woonadres."
      [fout]="status().fout('afwijkendVerblijfadres')"
      [optioneel]="optioneel('afwijkendVerblijfadres')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="2"
        formControlName="afwijkendVerblijfadres"
      ></textarea>
    </rmc-form-field>
  `,
})
export class MeldingStudentVeldenComponent {
  readonly status = input.required<FormulierStatus>();
  readonly norm = input<MeldingNorm | null>(null);
  protected readonly vandaag = vandaagInNederland();

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
