import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SkipLinkComponent } from '../layout/skip-link.component';

/** The young person's own frame: no professional menu, phone first. */
@Component({
  selector: 'rmc-jongere-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, SkipLinkComponent],
  template: `
    <rmc-skip-link />
    <header class="rmc-kop">
      <div class="rmc-kop__balk rmc-breedte">
        <span class="rmc-kop__merk">
          <span class="rmc-kop__logo" aria-hidden="true">RMC</span>
          <span class="rmc-kop__naam">Mijn pagina</span>
        </span>
      </div>
    </header>
    <main id="inhoud" class="rmc-inhoud rmc-inhoud--smal rmc-breedte" tabindex="-1">
      <router-outlet />
    </main>
    <footer class="rmc-voet">
      <div class="rmc-breedte">
        <p class="utrecht-paragraph">
          Je eigen pagina bij het RMC. Gebruik je een telefoon of computer van iemand anders? Log dan altijd uit.
        </p>
      </div>
    </footer>
  `,
})
export class JongereLayoutComponent {}
