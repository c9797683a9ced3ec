import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BadgeComponent, formatDatum } from '@rmc/portal-ui';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { actieLink, teLaatTekst } from './mijn-acties-teksten';
import { OverlegApi, type MijnActie } from './overleg.api';

/**
 * The dashboard block: the first open actions of the user (overdue first) with a link to all of them.
 * Hidden when the user has none or the endpoint is not there.
 */
@Component({
  selector: 'rmc-mijn-acties-blok',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, BadgeComponent],
  template: `
    @if (acties().length) {
      <section class="rmc-paneel" [class.rmc-paneel--aandacht]="teLaat() !== ''" aria-labelledby="mijn-acties-blok-kop">
        <h2 class="utrecht-heading-2" id="mijn-acties-blok-kop">Mijn acties</h2>
        <p class="utrecht-paragraph">U heeft {{ aantal() === 1 ? '1 open actie' : aantal() + ' open acties' }}{{ teLaat() }}.</p>
        <ul class="utrecht-unordered-list">
          @for (a of eerste(); track a.id) {
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" [routerLink]="pad(a)" [queryParams]="query()">{{ a.omschrijving }}</a>
              — deadline {{ datum(a.deadline) || 'geen' }}
              @if (a.teLaat) {
                {{ ' ' }}<rmc-badge soort="fout">Te laat</rmc-badge>
              }
            </li>
          }
        </ul>
        <p class="utrecht-paragraph"><a class="utrecht-link" routerLink="/acties">Alle acties bekijken</a></p>
      </section>
    }
  `,
})
export class MijnActiesBlokComponent {
  private readonly api = inject(OverlegApi);
  private readonly sessie = inject(SessieService);

  protected readonly acties = signal<MijnActie[]>([]);
  private readonly totaal = signal<number | null>(null);
  private readonly meer = signal(false);
  protected readonly aantal = computed(() => this.totaal() ?? this.acties().length);
  protected readonly eerste = computed(() => this.acties().slice(0, 5));
  protected readonly teLaat = computed(() => teLaatTekst(this.acties(), this.meer()));
  protected readonly datum = formatDatum;
  private readonly beheer = computed(() => TOEGANG.casusBeheren(this.sessie.ability()));
  protected readonly pad = actieLink;
  protected readonly query = computed(() => ({ onderdeel: this.beheer() ? 'plan' : 'mijn-acties' }));

  constructor() {
    if (TOEGANG.mijnActies(this.sessie.ability())) void this.laad();
  }

  private async laad(): Promise<void> {
    try {
      const pagina = await this.api.mijnActies();
      this.acties.set(pagina.items);
      this.totaal.set(pagina.total);
      this.meer.set(pagina.volgende !== null);
    } catch {
      // The dashboard stays usable without the block.
    }
  }
}
