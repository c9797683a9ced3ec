import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent, StatusMessageComponent, formatDatum } from '@rmc/portal-ui';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { MijnActiesBlokComponent } from '../overleg/mijn-acties-blok.component';
import { TOEGANG } from '../core/toegang';
import { HOOFDNAVIGATIE } from '../layout/hoofdnavigatie';
import { ROL_TEKSTEN, begroeting } from './rol-teksten';

@Component({
  selector: 'rmc-overzicht-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, PageHeaderComponent, StatusMessageComponent, MijnActiesBlokComponent],
  template: `
    <rmc-page-header [titel]="titel()">
      <p class="utrecht-paragraph utrecht-paragraph--lead">{{ rolTekst() }}</p>
      <p class="utrecht-paragraph rmc-klein">Vandaag is het {{ vandaag }}.</p>
    </rmc-page-header>
    <rmc-status-message [bericht]="melding" />
    <rmc-mijn-acties-blok />
    @if (taken().length) {
      <section aria-labelledby="taken-kop">
        <h2 class="utrecht-heading-2" id="taken-kop">Waar wilt u naartoe?</h2>
        <ul class="rmc-kaarten">
          @for (taak of taken(); track taak.pad) {
            <li class="rmc-kaart">
              <a class="utrecht-link rmc-kaart__link" [routerLink]="taak.pad">{{ taak.label }}</a>
              <p class="utrecht-paragraph">{{ taak.omschrijving }}</p>
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .rmc-kaarten {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 1rem;
      list-style: none;
      padding: 0;
      margin: 0;
    }

    .rmc-kaart__link {
      font-size: 1.25rem;
      font-weight: 700;
    }
  `,
})
export class OverzichtPage {
  private readonly sessie = inject(SessieService);

  protected readonly melding = navigatieMelding();
  protected readonly vandaag = formatDatum(new Date());
  protected readonly titel = computed(() => `${begroeting()}, ${this.sessie.me()?.gebruiker.naam ?? ''}`);
  protected readonly rolTekst = computed(() => {
    const rol = this.sessie.me()?.rollen[0];
    return rol ? ROL_TEKSTEN[rol] : 'Welkom in het RMC-portaal.';
  });
  protected readonly taken = computed(() => {
    const ability = this.sessie.ability();
    const me = this.sessie.me();
    return HOOFDNAVIGATIE.filter((item) => item.onderdeel && TOEGANG[item.onderdeel](ability, me));
  });
}
