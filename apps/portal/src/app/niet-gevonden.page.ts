import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@rmc/portal-ui';

@Component({
  selector: 'rmc-niet-gevonden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeaderComponent],
  template: `
    <rmc-page-header titel="Pagina niet gevonden" intro="Deze pagina bestaat niet, of u heeft er geen toegang toe." />
    <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/">Naar het overzicht</a></p>
  `,
})
export class NietGevondenPage {}
