import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { NotificatieBelComponent } from '../berichten/notificatie-bel.component';
import { AccountMenuComponent } from './account-menu.component';
import { HOOFDNAVIGATIE } from './hoofdnavigatie';
import { SkipLinkComponent } from './skip-link.component';

/** Frame of every logged-in page: header with region and account, role-aware navigation, main. */
@Component({
  selector: 'rmc-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, AccountMenuComponent, NotificatieBelComponent, SkipLinkComponent],
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
          <rmc-notificatie-bel />
          <rmc-account-menu />
        </div>
      </div>
      <nav class="rmc-nav" aria-label="Hoofdmenu">
        <ul class="rmc-nav__lijst rmc-breedte">
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
  protected readonly navigatie = computed(() => {
    const ability = this.sessie.ability();
    const me = this.sessie.me();
    return HOOFDNAVIGATIE.filter((item) => !item.onderdeel || TOEGANG[item.onderdeel](ability, me));
  });
}
