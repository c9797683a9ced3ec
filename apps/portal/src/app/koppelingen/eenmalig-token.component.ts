import { ChangeDetectionStrategy, Component, ElementRef, input, output, signal, viewChild } from '@angular/core';
import { FieldControlDirective, FormFieldComponent, StatusMessageComponent } from '@rmc/portal-ui';

/**
 * The token of a koppeling that was just made. The API sends it once; the portal keeps it only in
 * this component's input (memory) until the user closes the panel or leaves the page: never in
 * storage, the URL or navigation state.
 */
@Component({
  selector: 'rmc-eenmalig-token',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldComponent, FieldControlDirective, StatusMessageComponent],
  template: `
    <section class="rmc-paneel rmc-paneel--aandacht" aria-labelledby="token-kop">
      <h2 class="utrecht-heading-2" id="token-kop" tabindex="-1">Token voor “{{ naam() }}”</h2>
      <p class="utrecht-paragraph" id="token-waarschuwing">
        <strong>Let op: u ziet dit token maar één keer.</strong> Kopieer het nu en sla het op in de instellingen van het
        schoolsysteem. Het portaal bewaart het token niet; als u deze pagina verlaat, kan niemand het meer opvragen. Bent u het
        token kwijt? Trek de koppeling dan in en maak een nieuwe.
      </p>
      <rmc-form-field
        label="Token"
        controlId="koppeling-token"
        hint="Behandel het token als een wachtwoord: stuur het niet per e-mail of chat."
      >
        <input
          #tokenVeld
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--readonly rmc-code rmc-token"
          type="text"
          readonly
          autocomplete="off"
          spellcheck="false"
          [value]="token()"
          (focus)="selecteer()"
        />
      </rmc-form-field>
      <rmc-status-message [bericht]="gekopieerd()" />
      @if (kopieerFout()) {
        <p class="utrecht-paragraph">{{ kopieerFout() }}</p>
      }
      <div class="rmc-knoppen rmc-token__knoppen">
        <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="kopieer()">Token kopiëren</button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="klaar.emit()">
          Ik heb het token opgeslagen
        </button>
      </div>
    </section>
  `,
  styles: `
    .rmc-token__knoppen {
      margin-block-end: 1rem;
    }
  `,
})
export class EenmaligTokenComponent {
  readonly naam = input.required<string>();
  readonly token = input.required<string>();
  /** The user has stored the token: the page forgets it. */
  readonly klaar = output<void>();

  private readonly tokenVeld = viewChild.required<ElementRef<HTMLInputElement>>('tokenVeld');
  protected readonly gekopieerd = signal<string | null>(null);
  protected readonly kopieerFout = signal<string | null>(null);

  protected selecteer(): void {
    this.tokenVeld().nativeElement.select();
  }

  protected async kopieer(): Promise<void> {
    this.gekopieerd.set(null);
    this.kopieerFout.set(null);
    try {
      // Only in a secure context (https or localhost); otherwise the fallback below.
      if (!navigator.clipboard) throw new Error('geen klembord');
      await navigator.clipboard.writeText(this.token());
      this.gekopieerd.set('Het token is gekopieerd. Plak het nu in het schoolsysteem.');
    } catch {
      const veld = this.tokenVeld().nativeElement;
      veld.focus();
      veld.select();
      this.kopieerFout.set(
        'Kopiëren lukte niet automatisch. Het token is geselecteerd: kopieer het met Ctrl+C (op een Mac: Cmd+C).',
      );
    }
  }
}
