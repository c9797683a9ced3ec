import { Directive, inject } from '@angular/core';
import { FormFieldComponent } from './form-field.component';

/** Put on the input/select inside `<rmc-form-field>`: links it to its label, hint and error. */
@Directive({
  selector: '[rmcVeld]',
  host: {
    '[id]': 'veld.controlId()',
    '[attr.aria-describedby]': 'veld.beschrijvingIds()',
    '[attr.aria-invalid]': 'veld.fout() ? "true" : null',
  },
})
export class FieldControlDirective {
  protected readonly veld = inject(FormFieldComponent);
}
