import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router } from '@angular/router';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { ZoekVerzoek } from './zoeken.api';

/**
 * The search box in the header: a native form (keyboard: Tab to it, Enter searches). The results page is
 * `/zoeken`; the term travels in the navigation's history state, never in the URL (it may be a BSN), and
 * the browser does not keep it in its form history (`autocomplete="off"`).
 */
@Component({
  selector: 'rmc-zoekbalk',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (magZoeken()) {
      <form class="rmc-zoekbalk" role="search" aria-label="Vind alles" (submit)="zoek($event, veld)">
        <label class="rmc-visueel-verborgen" for="rmc-zoekbalk-term">Zoek een jongere, melding, casus of overleg</label>
        <input
          #veld
          id="rmc-zoekbalk-term"
          class="rmc-zoekbalk__veld"
          type="search"
          name="zoekterm"
          maxlength="100"
          autocomplete="off"
          spellcheck="false"
          placeholder="Naam, BSN of geboortedatum"
        />
        <button type="submit" class="rmc-zoekbalk__knop">Zoeken</button>
      </form>
    }
  `,
  styles: `
    .rmc-zoekbalk {
      display: flex;
      align-items: stretch;
      min-inline-size: 0;
    }

    .rmc-zoekbalk__veld {
      inline-size: 16rem;
      max-inline-size: 100%;
      min-inline-size: 0;
      padding: 0.5rem 0.625rem;
      border: 2px solid #ffffff;
      border-radius: 0;
      background: #ffffff;
      color: #1a1a1a;
      font: inherit;
    }

    .rmc-zoekbalk__veld::placeholder {
      color: #595959;
      opacity: 1;
    }

    .rmc-zoekbalk__knop {
      padding: 0.5rem 0.875rem;
      border: 2px solid #ffffff;
      background: transparent;
      color: #ffffff;
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }

    .rmc-zoekbalk__knop:hover {
      text-decoration: underline;
    }

    @media (max-width: 30rem) {
      .rmc-zoekbalk {
        flex: 1 1 100%;
      }

      .rmc-zoekbalk__veld {
        flex: 1 1 auto;
        inline-size: auto;
      }
    }

    @media (forced-colors: active) {
      .rmc-zoekbalk__knop,
      .rmc-zoekbalk__veld {
        border-color: CanvasText;
      }
    }
  `,
})
export class ZoekbalkComponent {
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);
  private readonly verzoek = inject(ZoekVerzoek);

  protected readonly magZoeken = computed(() => TOEGANG.zoeken(this.sessie.ability()));

  protected zoek(event: Event, veld: HTMLInputElement): void {
    event.preventDefault();
    const term = veld.value.trim();
    if (this.router.url.split(/[?#]/)[0] === '/zoeken') this.verzoek.verzoek.set({ term });
    else void this.router.navigate(['/zoeken'], { state: { zoekterm: term } });
    veld.value = '';
  }
}
