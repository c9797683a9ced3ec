import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import type { OverzichtTelling } from '@rmc/shared-api-types';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent, StatusMessageComponent, formatDatum } from '@rmc/portal-ui';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { MijnActiesBlokComponent } from '../overleg/mijn-acties-blok.component';
import { TOEGANG } from '../core/toegang';
import { HOOFDNAVIGATIE } from '../layout/hoofdnavigatie';
import { OverzichtApi } from './overzicht.api';
import { ROL_TEKSTEN, begroeting } from './rol-teksten';
import { WERK, aantalTekst } from './werk-vandaag';

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
    @if (werk().length) {
      <section aria-labelledby="werk-kop">
        <h2 class="utrecht-heading-2" id="werk-kop">Uw werk vandaag</h2>
        <ul class="rmc-werk">
          @for (w of werk(); track w.sleutel) {
            <li class="rmc-werk__item" [class.rmc-werk__item--aandacht]="w.aandacht" [attr.data-sleutel]="w.sleutel">
              <a class="rmc-werk__link" [routerLink]="w.pad" [queryParams]="w.query">
                <span class="rmc-werk__aantal">{{ w.aantal }}</span>{{ ' ' }}
                <span class="rmc-werk__label">{{ w.label }}</span>
              </a>
              @if (w.aandacht) {
                <span class="rmc-werk__let-op">Aandacht nodig</span>
              }
            </li>
          }
        </ul>
      </section>
    } @else if (werkFout()) {
      <p class="utrecht-paragraph">
        De tellingen van vandaag konden niet worden geladen. Ververs de pagina om het opnieuw te proberen.
      </p>
    }
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
    .rmc-werk {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: 0.75rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1.5rem;
    }

    .rmc-werk__item {
      border: 1px solid var(--rmc-rand);
      border-inline-start-width: 6px;
      border-radius: 4px;
      padding: 0.75rem 1rem;
    }

    .rmc-werk__item--aandacht {
      border-inline-start-color: var(--rmc-rood);
    }

    .rmc-werk__link {
      display: flex;
      align-items: baseline;
      gap: 0.625rem;
      color: var(--rmc-blauw);
      text-decoration: underline;
    }

    .rmc-werk__aantal {
      font-size: 2rem;
      font-weight: 700;
      line-height: 1.1;
    }

    .rmc-werk__let-op {
      display: block;
      margin-block-start: 0.25rem;
      font-size: 0.875rem;
      font-weight: 700;
      color: var(--rmc-rood);
    }

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
  private readonly api = inject(OverzichtApi);
  private readonly tellingen = signal<OverzichtTelling[]>([]);
  protected readonly werkFout = signal(false);

  protected readonly melding = navigatieMelding();
  protected readonly vandaag = formatDatum(new Date());
  protected readonly titel = computed(() => `${begroeting()}, ${this.sessie.me()?.gebruiker.naam ?? ''}`);
  protected readonly rolTekst = computed(() => {
    const rol = this.sessie.me()?.rollen[0];
    return rol ? ROL_TEKSTEN[rol] : 'Welkom in het RMC-portaal.';
  });
  /** The day's counts with their filtered lists; a count whose list the menu would hide is left out. */
  protected readonly werk = computed(() => {
    const ability = this.sessie.ability();
    const me = this.sessie.me();
    const regioBreed = ability.can('assign', 'Casus');
    return this.tellingen().flatMap((t) => {
      const item = WERK[t.sleutel];
      if (!item || !TOEGANG[item.onderdeel](ability, me)) return [];
      const aandacht = !!item.aandacht && (t.aantal > 0 || t.meer);
      return [
        {
          sleutel: t.sleutel,
          aantal: aantalTekst(t),
          label: item.label(t, regioBreed),
          pad: item.pad,
          query: item.query?.(t),
          aandacht,
        },
      ];
    });
  });

  constructor() {
    void this.laadWerk();
  }

  private async laadWerk(): Promise<void> {
    try {
      this.tellingen.set((await this.api.tellingen()).tellingen);
    } catch {
      this.werkFout.set(true);
    }
  }

  protected readonly taken = computed(() => {
    const ability = this.sessie.ability();
    const me = this.sessie.me();
    return HOOFDNAVIGATIE.filter((item) => item.onderdeel && TOEGANG[item.onderdeel](ability, me));
  });
}
