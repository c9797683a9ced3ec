import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CasusDto } from '@rmc/shared-api-types';
import { FASEN, type Fase } from '@rmc/shared-domain';
import { CONTACTVORM_LABELS, DOELGROEP_LABELS, FASE_LABELS } from './casus-teksten';

/** The routekaart's five working phases; after them a case is closed, in nazorg or ended. */
const ROUTEKAART = FASEN.slice(0, 5) as readonly Fase[];

/**
 * The case header that travels with every tab (issue 13 item 4): where the case is on the routekaart
 * (five phases as an ordered list: the current one `aria-current="step"` and named "huidige fase", the
 * ones before it "afgerond", in text and not by colour alone), the next contact step, and the phase
 * steps the API allows now, each linking to the overview where they are taken.
 */
@Component({
  selector: 'rmc-casus-kop',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (casus().fase; as fase) {
      <section class="rmc-casuskop" aria-labelledby="casuskop-titel">
        <h2 class="rmc-visueel-verborgen" id="casuskop-titel">Fase en volgende stap</h2>
        <ol class="rmc-routekaart" aria-label="Fasen van de routekaart">
          @for (f of routekaart; track f; let i = $index) {
            <li
              class="rmc-routekaart__fase"
              [class.rmc-routekaart__fase--klaar]="stand(fase, i) === 'klaar'"
              [class.rmc-routekaart__fase--nu]="stand(fase, i) === 'nu'"
              [attr.aria-current]="stand(fase, i) === 'nu' ? 'step' : null"
            >
              <span class="rmc-routekaart__nummer" aria-hidden="true">{{ stand(fase, i) === 'klaar' ? '✓' : i + 1 }}</span>
              <span class="rmc-routekaart__naam">{{ faseLabels[f] }}</span>
              @if (stand(fase, i) === 'nu') {
                <span class="rmc-routekaart__stand">huidige fase</span>
              } @else if (stand(fase, i) === 'klaar') {
                <span class="rmc-visueel-verborgen">(afgerond)</span>
              }
            </li>
          }
        </ol>
        <p class="utrecht-paragraph rmc-casuskop__regel">
          <strong>Fase: {{ faseLabels[fase] }}</strong>
          @if (!opRoutekaart(fase)) {
            (de routekaart is doorlopen)
          }
          @if (casus().doelgroep; as d) {
            · {{ doelgroepLabels[d] }}
          }
          @if (casus().consulentNaam) {
            · Consulent: {{ casus().consulentNaam }}
          }
        </p>
        @if (casus().volgendeStap; as stap) {
          <p class="utrecht-paragraph rmc-casuskop__regel">
            <strong>Volgende stap:</strong> {{ vormLabels[stap.vorm] }}.
            <a class="utrecht-link" [routerLink]="[]" [queryParams]="{ onderdeel: 'contact' }">Contactmoment vastleggen</a>
          </p>
        }
        @if (beheer() && casus().stappen; as stappen) {
          <p class="utrecht-paragraph rmc-casuskop__regel">
            <strong>Faseovergang:</strong>
            @if (toegestaan().length) {
              nu mogelijk naar {{ toegestaan() }}.
              <a class="utrecht-link" [routerLink]="[]" [queryParams]="{ onderdeel: null }" fragment="fase-kop">Fase wijzigen</a>
            } @else if (stappen.length) {
              nog geen stap mogelijk.
              <a class="utrecht-link" [routerLink]="[]" [queryParams]="{ onderdeel: null }" fragment="fase-kop"
                >Wat ontbreekt er?</a
              >
            } @else {
              vanuit deze fase geen stappen meer.
            }
          </p>
        }
      </section>
    }
  `,
  styles: `
    .rmc-casuskop {
      margin-block: 0.5rem 1rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--rmc-lijn);
      border-radius: 4px;
      background: var(--rmc-achtergrond-zacht);
    }

    .rmc-routekaart {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      margin: 0 0 0.5rem;
      padding: 0;
      list-style: none;
      counter-reset: none;
    }

    .rmc-routekaart__fase {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.25rem 0.625rem 0.25rem 0.25rem;
      border: 2px solid var(--rmc-rand);
      border-radius: 999px;
      background: #ffffff;
      color: var(--rmc-tekst);
    }

    .rmc-routekaart__nummer {
      display: inline-grid;
      place-items: center;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border-radius: 50%;
      border: 2px solid currentColor;
      font-size: 0.875rem;
      font-weight: 700;
    }

    .rmc-routekaart__fase--klaar {
      border-style: dashed;
    }

    .rmc-routekaart__fase--nu {
      border-color: var(--rmc-donkerblauw);
      background: var(--rmc-donkerblauw);
      color: #ffffff;
      font-weight: 700;
    }

    .rmc-routekaart__stand {
      font-size: 0.875rem;
      text-decoration: underline;
    }

    .rmc-casuskop__regel {
      margin-block: 0.25rem;
    }

    @media (forced-colors: active) {
      .rmc-routekaart__fase--nu {
        border-width: 4px;
      }
    }
  `,
})
export class CasusKopComponent {
  readonly casus = input.required<CasusDto>();
  /** RMC side: the phase steps are theirs to take. */
  readonly beheer = input(false);

  protected readonly routekaart = ROUTEKAART;
  protected readonly faseLabels = FASE_LABELS;
  protected readonly doelgroepLabels = DOELGROEP_LABELS;
  protected readonly vormLabels = CONTACTVORM_LABELS;

  protected readonly toegestaan = computed(() =>
    (this.casus().stappen ?? [])
      .filter((s) => s.toegestaan)
      .map((s) => FASE_LABELS[s.naar])
      .join(', '),
  );

  protected opRoutekaart(fase: Fase): boolean {
    return ROUTEKAART.includes(fase);
  }

  /** Where phase i of the routekaart stands for a case in `fase` (after the five: all done). */
  protected stand(fase: Fase, i: number): 'klaar' | 'nu' | 'later' {
    const huidig = ROUTEKAART.indexOf(fase);
    if (huidig === -1) return 'klaar';
    return i < huidig ? 'klaar' : i === huidig ? 'nu' : 'later';
  }
}
