import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, input, viewChild } from '@angular/core';
import { focusOpElement } from './focus';

interface FoutRegel {
  bericht: string;
  /** id of the control to jump to; null when the error has no field on this form (e.g. a token). */
  controlId: string | null;
}

/**
 * Error summary at the top of a form: the server's `detail` plus every field error, each linking
 * to its field. It takes focus when it appears so keyboard and screen reader users land on it.
 */
@Component({
  selector: 'rmc-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (zichtbaar()) {
      <div #vak class="utrecht-alert utrecht-alert--error rmc-alert rmc-foutoverzicht" role="alert" tabindex="-1">
        <div class="utrecht-alert__content">
          <div class="utrecht-alert__message">
            <p class="utrecht-paragraph rmc-foutoverzicht__titel">{{ detail() || 'Controleer de gemarkeerde velden.' }}</p>
            @if (regels().length) {
              <ul class="utrecht-unordered-list">
                @for (regel of regels(); track $index) {
                  <li class="utrecht-unordered-list__item">
                    @if (regel.controlId) {
                      <a class="utrecht-link" [href]="'#' + regel.controlId" (click)="naarVeld($event, regel.controlId)">{{
                        regel.bericht
                      }}</a>
                    } @else {
                      {{ regel.bericht }}
                    }
                  </li>
                }
              </ul>
            }
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    .rmc-foutoverzicht:focus {
      outline: 3px solid var(--rmc-rood);
      outline-offset: 2px;
    }

    .rmc-foutoverzicht__titel {
      font-weight: 700;
    }
  `,
})
export class ErrorSummaryComponent {
  readonly detail = input<string | null>(null);
  /** Field name (as in the request body) → message. */
  readonly fouten = input<Record<string, string>>({});
  /** Field name → control id, for the fields this form shows. */
  readonly controlIds = input<Record<string, string>>({});

  private readonly vak = viewChild<ElementRef<HTMLElement>>('vak');

  protected readonly regels = computed<FoutRegel[]>(() =>
    Object.entries(this.fouten()).map(([veld, bericht]) => ({ bericht, controlId: this.controlIds()[veld] ?? null })),
  );
  protected readonly zichtbaar = computed(() => !!this.detail() || this.regels().length > 0);

  constructor() {
    // Each new set of errors (also the same errors after another failed submit) moves focus to
    // the summary, so keyboard and screen reader users hear what went wrong.
    effect(() => {
      this.regels();
      this.detail();
      const vak = this.vak();
      if (vak && this.zichtbaar()) vak.nativeElement.focus();
    });
  }

  protected naarVeld(event: Event, controlId: string): void {
    if (focusOpElement(controlId)) event.preventDefault();
  }
}
