import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Location } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AlertComponent, PageHeaderComponent } from '@rmc/portal-ui';
import { JongereApi } from './jongere.api';

/**
 * Reached from the consulent's invitation: /jongere/welkom#link=…  The token is in the fragment (never
 * sent to a server or logged), read once and stripped from the address bar, then exchanged for a session.
 */
@Component({
  selector: 'rmc-jongere-welkom-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, AlertComponent, RouterLink],
  template: `
    <rmc-page-header titel="Welkom" intro="Je opent je eigen pagina bij het RMC." />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" routerLink="/jongere/inloggen">Inloggen met je e-mailadres en een code</a>
      </p>
    } @else {
      <p class="utrecht-paragraph" role="status">Even geduld, we openen je pagina…</p>
    }
  `,
})
export class JongereWelkomPage {
  private readonly api = inject(JongereApi);
  private readonly router = inject(Router);
  protected readonly fout = signal<string | null>(null);

  constructor() {
    const fragment = inject(ActivatedRoute).snapshot.fragment ?? '';
    const token = new URLSearchParams(fragment).get('link');
    inject(Location).replaceState('/jongere/welkom');
    if (!token) {
      this.fout.set('Deze link is niet compleet. Open de link uit je mail opnieuw.');
      return;
    }
    this.api.link(token).then(
      () => void this.router.navigate(['/jongere']),
      () =>
        this.fout.set(
          'Deze link werkt niet meer. Een link werkt maar één keer en 7 dagen. Log in met je e-mailadres en een code, of vraag je consulent om een nieuwe link.',
        ),
    );
  }
}
