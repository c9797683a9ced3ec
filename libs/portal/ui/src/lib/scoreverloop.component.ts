import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface ScoreRij {
  label: string;
  /** One value per moment (same order as `momenten`); null: not scored then. */
  waarden: (number | null)[];
}

let volgnummer = 0;
const LABEL = 240;
const BREEDTE = 720;
const WAARDE = 40;
const STAAF = 12;
const TUSSEN = 4;
const MARGE = 10;
/** At most this many moments are drawn (the newest); the table always has all of them. */
const MAX_MOMENTEN = 4;
/** Older moments differ by outline style, not by colour alone (WCAG 1.4.1). */
const STREEP = ['', '6 3', '2 3', '10 3 2 3'];

interface Staaf {
  x: number;
  y: number;
  breedte: number;
  waarde: number | null;
  nieuwste: boolean;
  streep: string;
}

/**
 * Scores over time per category (e.g. the 13 life domains, 1–5, per scan) as grouped horizontal bars:
 * per category one bar per moment, oldest on top, the newest filled and older ones outlined with their
 * own dash pattern (not colour alone), each with its number. The SVG is an image with a summary; the
 * table under it is the full text alternative (WCAG 1.1.1).
 */
@Component({
  selector: 'rmc-scoreverloop',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="rmc-grafiek" [attr.aria-labelledby]="titelId">
      <figcaption class="utrecht-heading-3 rmc-grafiek__titel" [id]="titelId">{{ titel() }}</figcaption>
      @if (omschrijving()) {
        <p class="utrecht-paragraph rmc-klein">{{ omschrijving() }}</p>
      }
      <ul class="rmc-legenda" aria-hidden="true">
        @for (m of getekendeMomenten(); track $index; let laatste = $last) {
          <li class="rmc-legenda__item">
            <svg width="28" height="14" focusable="false">
              <rect
                x="1"
                y="1"
                width="26"
                height="12"
                [class]="laatste ? 'rmc-grafiek__staaf' : 'rmc-grafiek__staaf--omlijnd'"
                [attr.stroke-dasharray]="laatste ? null : streep(getekendeMomenten().length - 1 - $index)"
              />
            </svg>
            {{ m }}
          </li>
        }
      </ul>
      <svg
        role="img"
        [attr.viewBox]="'0 0 ' + breedte + ' ' + hoogte()"
        [attr.aria-label]="samenvatting()"
        preserveAspectRatio="xMinYMin meet"
        focusable="false"
      >
        @for (rij of rijen(); track rij.label; let r = $index) {
          <text class="rmc-grafiek__tekst" [attr.x]="label - 8" [attr.y]="rijY(r) + rijHoogte() / 2 + 5" text-anchor="end">
            {{ kort(rij.label) }}
          </text>
          <line
            class="rmc-grafiek__raster"
            [attr.x1]="label"
            [attr.x2]="breedte - waardeRuimte"
            [attr.y1]="rijY(r) + rijHoogte()"
            [attr.y2]="rijY(r) + rijHoogte()"
          />
        }
        @for (s of staven(); track $index) {
          @if (s.waarde === null) {
            <text class="rmc-grafiek__tekst rmc-grafiek__tekst--klein" [attr.x]="label + 4" [attr.y]="s.y + staaf - 2">
              niet gescoord
            </text>
          } @else {
            <rect
              [class]="s.nieuwste ? 'rmc-grafiek__staaf' : 'rmc-grafiek__staaf--omlijnd'"
              [attr.x]="label"
              [attr.y]="s.y"
              [attr.width]="s.breedte"
              [attr.height]="staaf"
              [attr.stroke-dasharray]="s.streep || null"
            />
            <text
              class="rmc-grafiek__tekst rmc-grafiek__tekst--klein"
              [attr.x]="label + s.breedte + 6"
              [attr.y]="s.y + staaf - 1"
            >
              {{ s.waarde }}
            </text>
          }
        }
        <line class="rmc-grafiek__as" [attr.x1]="label" [attr.x2]="label" y1="0" [attr.y2]="hoogte()" />
      </svg>
      <details class="rmc-details rmc-grafiek__tabel">
        <summary>Tabel bij “{{ titel() }}”</summary>
        <div class="utrecht-table-container rmc-tabel-scroll" role="region" tabindex="0" [attr.aria-labelledby]="tabelId">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption rmc-visueel-verborgen" [id]="tabelId">
              {{
                titel()
              }}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{{ rijKop() }}</th>
                @for (m of momenten(); track $index) {
                  <th class="utrecht-table__header-cell" scope="col">{{ m }}</th>
                }
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              @for (rij of rijen(); track rij.label) {
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__cell" scope="row">{{ rij.label }}</th>
                  @for (w of rij.waarden; track $index) {
                    <td class="utrecht-table__cell">{{ w ?? '—' }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  `,
  styles: `
    .rmc-legenda {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      font-size: 1rem;
    }

    .rmc-legenda__item {
      white-space: nowrap;
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
    }

    .rmc-grafiek__staaf--omlijnd {
      fill: #ffffff;
      stroke: var(--rmc-blauw);
      stroke-width: 2;
    }

    .rmc-grafiek__raster {
      stroke: var(--rmc-lijn);
      stroke-width: 1;
    }

    .rmc-grafiek__tekst--klein {
      font-size: 12px;
    }

    @media (forced-colors: active) {
      .rmc-grafiek__staaf--omlijnd {
        stroke: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
})
export class ScoreverloopComponent {
  readonly titel = input.required<string>();
  /** Column labels, oldest first (e.g. the dates of the scans). */
  readonly momenten = input.required<string[]>();
  readonly rijen = input.required<ScoreRij[]>();
  readonly omschrijving = input<string | null>(null);
  readonly maximum = input(5);
  readonly rijKop = input('Onderdeel');

  protected readonly titelId = `rmc-scoreverloop-${++volgnummer}`;
  protected readonly tabelId = `${this.titelId}-tabel`;
  protected readonly label = LABEL;
  protected readonly breedte = BREEDTE;
  protected readonly waardeRuimte = WAARDE;
  protected readonly staaf = STAAF;

  /** Index of the first drawn moment: only the newest MAX_MOMENTEN are drawn. */
  private readonly eerste = computed(() => Math.max(0, this.momenten().length - MAX_MOMENTEN));
  protected readonly getekendeMomenten = computed(() => this.momenten().slice(this.eerste()));
  protected readonly rijHoogte = computed(() => Math.max(1, this.getekendeMomenten().length) * (STAAF + TUSSEN) + MARGE);
  protected readonly hoogte = computed(() => Math.max(1, this.rijen().length) * this.rijHoogte());

  protected readonly staven = computed<Staaf[]>(() => {
    const n = this.getekendeMomenten().length;
    return this.rijen().flatMap((rij, r) =>
      rij.waarden.slice(this.eerste()).map((waarde, i) => ({
        x: LABEL,
        y: this.rijY(r) + MARGE / 2 + i * (STAAF + TUSSEN),
        breedte: waarde === null ? 0 : Math.max(2, (waarde / this.maximum()) * (BREEDTE - LABEL - WAARDE)),
        waarde,
        nieuwste: i === n - 1,
        // Dash patterns count back from the newest, so the previous scan always looks the same.
        streep: i === n - 1 ? '' : this.streep(n - 1 - i),
      })),
    );
  });

  protected readonly samenvatting = computed(() => {
    const momenten = this.momenten();
    const delen = this.rijen().map((rij) => {
      const reeks = rij.waarden.map((w, i) => (w === null ? null : `${w} (${momenten[i]})`)).filter(Boolean);
      return `${rij.label}: ${reeks.length ? reeks.join(', ') : 'niet gescoord'}`;
    });
    return `${this.titel()}, schaal 1 tot ${this.maximum()}. ${delen.join('; ')}.`;
  });

  protected rijY(r: number): number {
    return r * this.rijHoogte();
  }

  protected streep(i: number): string {
    return STREEP[i % STREEP.length] || STREEP[1];
  }

  protected kort(label: string): string {
    return label.length > 30 ? `${label.slice(0, 29)}…` : label;
  }
}
