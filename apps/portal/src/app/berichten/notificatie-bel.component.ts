import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { NotificatiesService } from './notificaties.service';

/**
 * The bell in the header: a link to /berichten whose name says how many are unread. When the count
 * goes up, a polite live region says so once (the link text itself is not a live region).
 */
@Component({
  selector: 'rmc-notificatie-bel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  template: `
    <a class="rmc-bel" routerLink="/berichten" routerLinkActive="rmc-bel--actief" ariaCurrentWhenActive="page">
      <svg class="rmc-bel__icoon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      <span class="rmc-bel__tekst">Berichten</span>
      @if (notificaties.ongelezen() > 0) {
        <span class="rmc-bel__aantal" aria-hidden="true">{{ aantalTekst() }}</span>
        <span class="rmc-visueel-verborgen"
          >, {{ notificaties.ongelezen() === 1 ? '1 ongelezen' : notificaties.ongelezen() + ' ongelezen' }}</span
        >
      }
    </a>
    <span class="rmc-visueel-verborgen" role="status">{{ aankondiging() }}</span>
  `,
  styles: `
    .rmc-bel {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      padding: 0.375rem 0.75rem;
      color: #ffffff;
      font-weight: 700;
      text-decoration: none;
      border: 2px solid transparent;
      border-radius: 4px;
    }

    .rmc-bel:hover .rmc-bel__tekst,
    .rmc-bel--actief .rmc-bel__tekst {
      text-decoration: underline;
    }

    .rmc-bel__aantal {
      min-inline-size: 1.5rem;
      padding: 0 0.375rem;
      border-radius: 0.75rem;
      background: #ffffff;
      color: var(--rmc-rood);
      font-size: 1rem;
      line-height: 1.5rem;
      text-align: center;
    }
  `,
})
export class NotificatieBelComponent {
  protected readonly notificaties = inject(NotificatiesService);
  protected readonly aantalTekst = computed(() =>
    this.notificaties.ongelezen() > 99 ? '99+' : String(this.notificaties.ongelezen()),
  );
  protected readonly aankondiging = signal('');
  private vorige: number | null = null;

  constructor() {
    this.notificaties.start(inject(DestroyRef));
    effect(() => {
      const aantal = this.notificaties.ongelezen();
      if (!this.notificaties.geladen()) return;
      // Not on the first load (the link already says it); only when new ones arrive.
      if (this.vorige !== null && aantal > this.vorige)
        this.aankondiging.set(
          aantal - this.vorige === 1 ? 'U heeft een nieuw bericht.' : `U heeft ${aantal - this.vorige} nieuwe berichten.`,
        );
      this.vorige = aantal;
    });
  }
}
