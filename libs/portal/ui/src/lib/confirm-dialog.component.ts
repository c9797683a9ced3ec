import { ChangeDetectionStrategy, Component, ElementRef, signal, viewChild } from '@angular/core';

export interface Bevestigingsvraag {
  titel: string;
  tekst: string;
  bevestigLabel: string;
}

let volgnummer = 0;

/**
 * Asks "are you sure?" in a native modal `<dialog>`: the browser traps focus, closes on Escape and
 * hides the rest of the page from assistive technology. Usage: `await dialoog.vraag({...})`.
 */
@Component({
  selector: 'rmc-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog #dialoog class="rmc-dialoog" [attr.aria-labelledby]="titelId" [attr.aria-describedby]="tekstId" (close)="gesloten()">
      @if (vraagInBeeld(); as v) {
        <h2 class="utrecht-heading-2" [id]="titelId">{{ v.titel }}</h2>
        <p class="utrecht-paragraph" [id]="tekstId">{{ v.tekst }}</p>
        <div class="utrecht-button-group rmc-knoppen">
          <button type="button" class="utrecht-button utrecht-button--primary-action rmc-knop--gevaar" (click)="sluit(true)">
            {{ v.bevestigLabel }}
          </button>
          <button #annuleer type="button" class="utrecht-button utrecht-button--secondary-action" (click)="sluit(false)">
            Annuleren
          </button>
        </div>
      }
    </dialog>
  `,
  styles: `
    .rmc-dialoog {
      max-inline-size: 32rem;
      padding: 1.5rem;
      border: 2px solid var(--rmc-donkerblauw);
      border-radius: 4px;
      color: var(--rmc-tekst);
    }

    .rmc-dialoog::backdrop {
      background: rgb(0 0 0 / 50%);
    }

    .rmc-dialoog .utrecht-heading-2 {
      margin-block-start: 0;
    }
  `,
})
export class ConfirmDialogComponent {
  private readonly dialoog = viewChild.required<ElementRef<HTMLDialogElement>>('dialoog');
  private readonly annuleerKnop = viewChild<ElementRef<HTMLButtonElement>>('annuleer');

  protected readonly vraagInBeeld = signal<Bevestigingsvraag | null>(null);
  protected readonly titelId = `rmc-dialoog-titel-${++volgnummer}`;
  protected readonly tekstId = `rmc-dialoog-tekst-${volgnummer}`;

  private antwoord: ((ja: boolean) => void) | null = null;
  private terugNaar: HTMLElement | null = null;
  private gekozen = false;

  vraag(vraag: Bevestigingsvraag): Promise<boolean> {
    this.terugNaar = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.gekozen = false;
    this.vraagInBeeld.set(vraag);
    return new Promise((resolve) => {
      this.antwoord = resolve;
      // Wait one frame so the content is rendered before the dialog opens and takes focus.
      requestAnimationFrame(() => {
        this.dialoog().nativeElement.showModal();
        // The safe choice gets focus: Enter must not deactivate someone by accident.
        this.annuleerKnop()?.nativeElement.focus();
      });
    });
  }

  protected sluit(ja: boolean): void {
    this.gekozen = ja;
    this.dialoog().nativeElement.close();
  }

  /** Also reached by Escape, which counts as "no". */
  protected gesloten(): void {
    this.antwoord?.(this.gekozen);
    this.antwoord = null;
    this.vraagInBeeld.set(null);
    this.terugNaar?.focus();
  }
}
