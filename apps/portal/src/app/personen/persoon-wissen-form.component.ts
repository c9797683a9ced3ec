import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { PersonenApi, type WisResultaat } from './personen.api';

/**
 * Erasure on request (AVG art. 17), by the coördinator: the request and its ground are recorded (the
 * audit keeps only a pseudonym), the confirmation is explicit. Every partner organisation that
 * received data gets a notice to delete its copies. Refused while a case is still being worked.
 */
@Component({
  selector: 'rmc-persoon-wissen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <p class="utrecht-paragraph" id="wissen-uitleg">
      Alle gegevens van {{ naam() }} worden definitief verwijderd: persoonsgegevens, casussen met scans, acties en
      contactmomenten, delingen, overdrachten en verzuimmeldingen in uw regio. Organisaties waarmee gegevens zijn gedeeld krijgen
      bericht dat zij hun kopieën moeten verwijderen. Dit kan niet ongedaan worden gemaakt. Een jongere met een lopende casus kunt
      u pas wissen als die casus is afgesloten.
    </p>
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form
      class="rmc-formulier rmc-formulier--breed"
      [formGroup]="form"
      (ngSubmit)="verstuur()"
      novalidate
      aria-describedby="wissen-uitleg"
    >
      <rmc-form-field
        label="Verzoek en grond"
        controlId="wissen-reden"
        hint="Op welk verzoek en op welke grond wist u, bijvoorbeeld ‘Verzoek van de jongere van 3 november (art. 17 AVG)’. Minstens 10 tekens; wordt vastgelegd zonder de gegevens van de jongere."
        [fout]="status.fout('reden')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="reden"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <rmc-form-field
        label="Ik begrijp dat alle gegevens van deze jongere definitief worden gewist"
        controlId="wissen-bevestiging"
        soort="checkbox"
        [fout]="status.fout('bevestiging')"
      >
        <input
          rmcVeld
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          formControlName="bevestiging"
          aria-required="true"
        />
      </rmc-form-field>
      <button
        type="submit"
        class="utrecht-button utrecht-button--primary-action rmc-knop--gevaar"
        [attr.aria-busy]="status.bezig()"
      >
        Gegevens definitief wissen
      </button>
    </form>
  `,
})
export class PersoonWissenFormComponent {
  private readonly api = inject(PersonenApi);
  private readonly router = inject(Router);
  readonly persoonId = input.required<string>();
  /** For the explanation only; never part of the message after erasure. */
  readonly naam = input('deze jongere');

  protected readonly controlIds: Record<string, string> = { reden: 'wissen-reden', bevestiging: 'wissen-bevestiging' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ reden: '', bevestiging: false });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { reden, bevestiging } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (reden.trim().length < 10) fouten['reden'] = 'Leg vast op welk verzoek en welke grond u wist (minstens 10 tekens).';
    else if (reden.trim().length > 1000) fouten['reden'] = 'Houd de reden korter dan 1000 tekens.';
    if (!bevestiging) fouten['bevestiging'] = 'Bevestig dat u alle gegevens definitief wilt wissen.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    const uitkomst: { antwoord: WisResultaat | null } = { antwoord: null };
    const gelukt = await this.status.voerUit(
      async () => {
        uitkomst.antwoord = await this.api.wis(this.persoonId(), reden.trim());
      },
      { 403: 'Alleen de RMC-coördinator kan gegevens wissen.' },
    );
    if (!gelukt || !uitkomst.antwoord) return;
    const n = uitkomst.antwoord.partnersGeinformeerd;
    const partners =
      n === 0
        ? 'Er waren geen partners om te informeren.'
        : n === 1
          ? '1 medewerker van een partnerorganisatie heeft bericht gekregen.'
          : `${n} medewerkers van partnerorganisaties hebben bericht gekregen.`;
    await this.router.navigate(['/personen'], { state: { melding: `De gegevens van de jongere zijn gewist. ${partners}` } });
  }
}
