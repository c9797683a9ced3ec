import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SkipLinkComponent } from './skip-link.component';

/** Plain frame for login, set-password and TOTP setup: same landmarks, no navigation. */
@Component({
  selector: 'rmc-auth-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SkipLinkComponent],
  template: `
    <rmc-skip-link />
    <header class="rmc-kop">
      <div class="rmc-kop__balk rmc-breedte">
        <span class="rmc-kop__merk">
          <span class="rmc-kop__logo" aria-hidden="true">RMC</span>
          <span class="rmc-kop__naam">RMC-portaal</span>
        </span>
      </div>
    </header>
    <main id="inhoud" class="rmc-inhoud rmc-inhoud--smal rmc-breedte" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="rmc-voet">
      <div class="rmc-breedte">
        <p class="utrecht-paragraph">Regionale Meld- en Coördinatiefunctie voortijdig schoolverlaten</p>
      </div>
    </footer>
  `,
})
export class AuthLayoutComponent {}
