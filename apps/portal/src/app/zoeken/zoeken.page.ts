import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ZoekGroep } from '@rmc/shared-api-types';
import { AlertComponent, PageHeaderComponent } from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { ZOEK_KOPPEN, ZoekenApi, ZoekVerzoek } from './zoeken.api';

/** The term of this history entry (`history.state.zoekterm`): back and forward show the same results again. */
function termUitGeschiedenis(): string {
  const staat = (typeof history !== 'undefined' ? history.state : null) as { zoekterm?: unknown } | null;
  return typeof staat?.zoekterm === 'string' ? staat.zoekterm : '';
}

/**
 * "Vind alles" (issue 13): results grouped by kind, each group with a heading and at most 10 links. The
 * term is never in the URL (it may be a BSN): it lives in this component and in the history entry's state.
 */
@Component({
  selector: 'rmc-zoeken-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, AlertComponent, RouterLink],
  template: `
    <rmc-page-header
      titel="Zoeken"
      intro="Zoek een jongere, melding, casus of overleg op naam, BSN of geboortedatum. U vindt alleen wat u voor uw werk mag zien."
    />
    <form class="rmc-zoeken" role="search" aria-label="Zoeken op deze pagina" (submit)="verstuur($event)">
      <div class="utrecht-form-field" [class.utrecht-form-field--invalid]="veldFout()">
        <label class="utrecht-form-label" for="zoekterm">Zoekterm</label>
        <p class="utrecht-form-field-description" id="zoekterm-uitleg">
          Bijvoorbeeld een naam (minstens 3 letters), een BSN van 9 cijfers of een geboortedatum als 17-05-2007.
        </p>
        @if (veldFout()) {
          <p class="utrecht-form-field-error-message" id="zoekterm-fout">{{ veldFout() }}</p>
        }
        <div class="rmc-zoeken__rij">
          <input
            id="zoekterm"
            class="utrecht-textbox utrecht-textbox--html-input"
            [class.utrecht-textbox--invalid]="veldFout()"
            type="search"
            name="zoekterm"
            maxlength="100"
            autocomplete="off"
            spellcheck="false"
            [value]="term()"
            (input)="term.set($any($event.target).value)"
            [attr.aria-invalid]="veldFout() ? 'true' : null"
            [attr.aria-describedby]="veldFout() ? 'zoekterm-uitleg zoekterm-fout' : 'zoekterm-uitleg'"
          />
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="bezig()">Zoeken</button>
        </div>
      </div>
    </form>

    <p class="utrecht-paragraph" role="status">{{ samenvatting() }}</p>
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    }
    @for (groep of groepen(); track groep.soort) {
      <section class="rmc-zoekgroep" [attr.aria-labelledby]="'zoekgroep-' + groep.soort">
        <h2 class="utrecht-heading-2" [id]="'zoekgroep-' + groep.soort">
          {{ koppen[groep.soort].kop }}
          <span class="rmc-zoekgroep__aantal">({{ groep.items.length }}{{ groep.meer ? '+' : '' }})</span>
        </h2>
        @if (groep.items.length) {
          <ul class="rmc-zoekgroep__lijst">
            @for (item of groep.items; track item.id) {
              <li class="rmc-zoekgroep__item">
                <a class="utrecht-link" [routerLink]="item.link">{{ item.titel }}</a>
                @if (item.omschrijving) {
                  <span class="rmc-zoekgroep__omschrijving">{{ item.omschrijving }}</span>
                }
              </li>
            }
          </ul>
          @if (groep.meer) {
            <p class="utrecht-paragraph">
              Er zijn meer {{ koppen[groep.soort].meervoud }} gevonden. Maak uw zoekterm specifieker.
            </p>
          }
        } @else {
          <p class="utrecht-paragraph">Geen {{ koppen[groep.soort].meervoud }} gevonden.</p>
        }
      </section>
    }
  `,
  styles: `
    .rmc-zoeken__rij {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }

    .rmc-zoeken__rij .utrecht-textbox {
      flex: 1 1 16rem;
      max-inline-size: 28rem;
    }

    .rmc-zoekgroep__lijst {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .rmc-zoekgroep__item {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75rem;
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--rmc-rand, #b4b4b4);
    }

    .rmc-zoekgroep__aantal {
      font-weight: 400;
    }
  `,
})
export class ZoekenPage {
  private readonly api = inject(ZoekenApi);
  private readonly verzoek = inject(ZoekVerzoek);
  protected readonly koppen = ZOEK_KOPPEN;

  protected readonly term = signal(termUitGeschiedenis());
  protected readonly groepen = signal<ZoekGroep[]>([]);
  protected readonly bezig = signal(false);
  protected readonly fout = signal<string | null>(null);
  protected readonly veldFout = signal<string | null>(null);
  protected readonly samenvatting = signal('');
  private teller = 0;

  constructor() {
    // A search from the header while this page is open; a stale request of an earlier visit is dropped first.
    this.verzoek.verzoek.set(null);
    effect(() => {
      const v = this.verzoek.verzoek();
      if (v) untracked(() => void this.zoek(v.term));
    });
    if (this.term().trim()) void this.zoek(this.term());
  }

  protected verstuur(event: Event): void {
    event.preventDefault();
    void this.zoek(this.term());
  }

  private async zoek(invoer: string): Promise<void> {
    const term = invoer.trim();
    this.term.set(term);
    // The history entry keeps the term (not the URL): back to this page shows these results again.
    history.replaceState({ ...(history.state as object), zoekterm: term }, '');
    const nr = ++this.teller;
    this.bezig.set(true);
    this.fout.set(null);
    this.veldFout.set(null);
    this.samenvatting.set('Bezig met zoeken…');
    try {
      const antwoord = await this.api.zoek(term);
      if (nr !== this.teller) return;
      this.groepen.set(antwoord.groepen);
      const aantal = antwoord.groepen.reduce((n, g) => n + g.items.length, 0);
      const meer = antwoord.groepen.some((g) => g.meer);
      this.samenvatting.set(
        aantal === 0
          ? 'Niets gevonden. Controleer de spelling, of zoek op BSN of geboortedatum.'
          : `${aantal} ${aantal === 1 ? 'resultaat' : 'resultaten'} gevonden${meer ? ', en meer: maak uw zoekterm specifieker' : ''}.`,
      );
    } catch (e) {
      if (nr !== this.teller) return;
      const p = leesProbleem(e);
      this.groepen.set([]);
      const veld = p.errors?.find((f) => f.field === 'q');
      if (veld) this.veldFout.set(veld.message);
      else this.fout.set(p.detail ?? 'Zoeken is niet gelukt. Probeer het opnieuw.');
      this.samenvatting.set(veld ? 'Pas de zoekterm aan.' : '');
    } finally {
      if (nr === this.teller) this.bezig.set(false);
    }
  }
}
