import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { NotificatieBelComponent } from '../berichten/notificatie-bel.component';
import { AccountMenuComponent } from './account-menu.component';
import { HOOFDNAVIGATIE } from './hoofdnavigatie';
import { SkipLinkComponent } from './skip-link.component';
import { ZoekbalkComponent } from '../zoeken/zoekbalk.component';

/** Frame of every logged-in page: header with region and account, role-aware navigation, main. */
@Component({
  selector: 'rmc-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    AccountMenuComponent,
    NotificatieBelComponent,
    SkipLinkComponent,
    ZoekbalkComponent,
  ],
  template: `
    <rmc-skip-link />
    <header class="rmc-kop">
      <div class="rmc-kop__balk rmc-breedte">
        <a class="rmc-kop__merk" routerLink="/">
          <span class="rmc-kop__logo" aria-hidden="true">RMC</span>
          <span class="rmc-kop__naam">{{ sessie.regioNaam() }}</span>
          <span class="rmc-visueel-verborgen">, naar het overzicht</span>
        </a>
        <div class="rmc-kop__rechts">
          <rmc-zoekbalk />
          <rmc-notificatie-bel />
          <rmc-account-menu />
        </div>
      </div>
      <nav class="rmc-nav" aria-label="Hoofdmenu">
        <div class="rmc-nav__balk rmc-breedte">
          <!-- Below 768 px the menu folds away behind this button (issue 13 item 5). -->
          <button
            #menuKnop
            type="button"
            class="rmc-nav__knop"
            aria-controls="hoofdmenu"
            [attr.aria-expanded]="menuOpen()"
            (click)="menuOpen.set(!menuOpen())"
          >
            <span class="rmc-nav__icoon" aria-hidden="true"></span>Menu
          </button>
        </div>
        <ul
          id="hoofdmenu"
          class="rmc-nav__lijst rmc-breedte"
          [class.rmc-nav__lijst--open]="menuOpen()"
          (keydown.escape)="sluitMenu()"
        >
          @for (item of navigatie(); track item.pad) {
            <li class="rmc-nav__item">
              <a
                class="rmc-nav__link"
                [routerLink]="item.pad"
                routerLinkActive="rmc-nav__link--actief"
                ariaCurrentWhenActive="page"
                [routerLinkActiveOptions]="{ exact: item.pad === '/' }"
                >{{ item.label }}</a
              >
            </li>
          }
        </ul>
      </nav>
    </header>
    <main id="inhoud" class="rmc-inhoud rmc-breedte" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="rmc-voet">
      <div class="rmc-breedte">
        <p class="utrecht-paragraph">
          RMC-portaal
          @if (sessie.me()?.regio; as regio) {
            · {{ regio.naam }}
          }
        </p>
      </div>
    </footer>
  `,
  styles: `
    .rmc-nav {
      background: var(--rmc-donkerblauw);
    }

    .rmc-nav__lijst {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block: 0;
      list-style: none;
    }

    .rmc-nav__link {
      display: block;
      padding: 0.75rem 0.875rem;
      color: #ffffff;
      font-weight: 700;
      text-decoration: none;
      border-block-end: 4px solid transparent;
    }

    .rmc-nav__link:hover {
      text-decoration: underline;
    }

    .rmc-nav__link--actief {
      border-block-end-color: #ffffff;
    }

    .rmc-nav__balk {
      display: none;
    }

    .rmc-nav__knop {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
      margin-block: 0.25rem;
      padding: 0.375rem 0.75rem;
      background: transparent;
      color: #ffffff;
      border: 2px solid #ffffff;
      border-radius: 4px;
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }

    .rmc-nav__knop:focus-visible {
      outline: 3px solid #ffffff;
      outline-offset: 2px;
    }

    /* Three bars, drawn with borders so forced-colours mode keeps them. */
    .rmc-nav__icoon {
      inline-size: 1.125rem;
      block-size: 0.75rem;
      border-block: 2px solid currentColor;
      background: linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
    }

    @media (max-width: 47.99rem) {
      .rmc-nav__balk {
        display: block;
      }

      .rmc-nav__lijst {
        flex-direction: column;
        gap: 0;
        padding-block-end: 0.5rem;
      }

      .rmc-nav__lijst:not(.rmc-nav__lijst--open) {
        display: none;
      }

      .rmc-nav__link {
        padding: 0.625rem 0.5rem;
        border-block-end: 0;
        border-inline-start: 4px solid transparent;
      }

      .rmc-nav__link--actief {
        border-inline-start-color: #ffffff;
      }
    }

    .rmc-kop__rechts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }

    @media (forced-colors: active) {
      .rmc-nav__link--actief {
        border-block-end-color: CanvasText;
      }
    }
  `,
})
export class ShellComponent {
  protected readonly sessie = inject(SessieService);
  /** The phone menu (below 768 px); wider screens always show the list. */
  protected readonly menuOpen = signal(false);
  private readonly menuKnop = viewChild<ElementRef<HTMLButtonElement>>('menuKnop');

  constructor() {
    // A chosen page closes the menu; focus goes with the page, not back into the list.
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }

  /** Escape in the open menu closes it and gives the focus back to the button. */
  protected sluitMenu(): void {
    if (!this.menuOpen()) return;
    this.menuOpen.set(false);
    this.menuKnop()?.nativeElement.focus();
  }
  protected readonly navigatie = computed(() => {
    const ability = this.sessie.ability();
    const me = this.sessie.me();
    return HOOFDNAVIGATIE.filter((item) => !item.onderdeel || TOEGANG[item.onderdeel](ability, me));
  });
}
