import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessieService } from '../core/sessie.service';

/** Disclosure button with the user's name and role; opens account details and "Uitloggen". */
@Component({
  selector: 'rmc-account-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  host: {
    class: 'rmc-account',
    '(document:click)': 'klikBuiten($event)',
    '(keydown.escape)': 'sluit(true)',
  },
  template: `
    @if (sessie.me(); as me) {
      <button
        #knop
        type="button"
        class="rmc-account__knop"
        aria-controls="account-paneel"
        [attr.aria-expanded]="open()"
        (click)="open.set(!open())"
      >
        <span class="rmc-account__naam">{{ me.gebruiker.naam }}</span>
        <span class="rmc-account__rol">{{ sessie.rolLabel() }}</span>
      </button>
      <div id="account-paneel" class="rmc-account__paneel" [hidden]="!open()">
        <p class="utrecht-paragraph"><span class="rmc-visueel-verborgen">E-mailadres: </span>{{ me.gebruiker.email }}</p>
        @if (me.organisatie) {
          <p class="utrecht-paragraph"><span class="rmc-visueel-verborgen">Organisatie: </span>{{ me.organisatie.naam }}</p>
        }
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/account" (click)="sluit(false)">Mijn account en e-mailvoorkeur</a>
        </p>
        @if (!me.gebruiker.totpActief) {
          <p class="utrecht-paragraph">
            <a class="utrecht-link" routerLink="/totp-instellen" (click)="sluit(false)">Tweestapsverificatie instellen</a>
          </p>
        }
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="uitloggen()">Uitloggen</button>
      </div>
    }
  `,
  styles: `
    :host {
      position: relative;
    }

    .rmc-account__knop {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      min-block-size: 2.75rem;
      padding: 0.375rem 0.75rem;
      background: transparent;
      color: #ffffff;
      border: 2px solid #ffffff;
      border-radius: 4px;
      font: inherit;
      cursor: pointer;
    }

    .rmc-account__naam {
      font-weight: 700;
    }

    .rmc-account__rol {
      font-size: 1rem;
    }

    /* Phone: the name only; the role is in the panel's context and on the overview. */
    @media (max-width: 47.99rem) {
      .rmc-account__rol {
        display: none;
      }

      .rmc-account__knop {
        padding-inline: 0.5rem;
        font-size: 1rem;
      }
    }

    .rmc-account__paneel {
      position: absolute;
      inset-inline-end: 0;
      inset-block-start: calc(100% + 0.5rem);
      z-index: 10;
      min-inline-size: 18rem;
      padding: 1rem;
      background: #ffffff;
      color: var(--rmc-tekst);
      border: 2px solid var(--rmc-donkerblauw);
      box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
    }

    .rmc-account__paneel :focus-visible {
      outline-color: var(--rmc-focus);
    }
  `,
})
export class AccountMenuComponent {
  protected readonly sessie = inject(SessieService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly knop = viewChild<ElementRef<HTMLButtonElement>>('knop');

  protected readonly open = signal(false);

  protected sluit(focusTerug: boolean): void {
    if (!this.open()) return;
    this.open.set(false);
    if (focusTerug) this.knop()?.nativeElement.focus();
  }

  protected klikBuiten(event: MouseEvent): void {
    if (!this.host.nativeElement.contains(event.target as Node)) this.sluit(false);
  }

  protected async uitloggen(): Promise<void> {
    try {
      await this.sessie.uitloggen();
    } finally {
      await this.router.navigate(['/inloggen'], { state: { melding: 'U bent uitgelogd.' } });
    }
  }
}
