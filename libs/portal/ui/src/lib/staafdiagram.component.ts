import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface Staaf {
  label: string;
  /** null: not shown (e.g. a count below the suppression threshold). */
  waarde: number | null;
  /** Text for the value; defaults to the number plus the unit, or `onderdruktTekst` when null. */
  tekst?: string;
}

let volgnummer = 0;
const RIJ = 34;
const LABEL = 240;
const BREEDTE = 720;
const WAARDE = 70;
const KOLOM_HOOGTE = 260;

/**
 * Bar chart in SVG (horizontal bars, or vertical columns with `kolommen` for a time axis such as months), with the same figures as a table right under it (WCAG 1.1.1: the
 * chart is an image with a short description; the table is the full text alternative). Bars are
 * decoration for sighted users who would rather look than read.
 */
@Component({
  selector: 'rmc-staafdiagram',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="rmc-grafiek" [attr.aria-labelledby]="titelId">
      <figcaption class="utrecht-heading-3 rmc-grafiek__titel" [id]="titelId">{{ titel() }}</figcaption>
      @if (omschrijving()) {
        <p class="utrecht-paragraph rmc-klein" [id]="omschrijvingId">{{ omschrijving() }}</p>
      }
      @if (kolommen()) {
        <svg
          role="img"
          [attr.viewBox]="'0 0 ' + breedte + ' ' + kolomHoogte"
          [attr.aria-label]="samenvatting()"
          preserveAspectRatio="xMinYMin meet"
          focusable="false"
        >
          @for (staaf of staven(); track $index; let i = $index) {
            @if (staaf.waarde === null) {
              <rect
                class="rmc-grafiek__staaf--leeg"
                [attr.x]="kolomX(i) + kolomMarge()"
                [attr.y]="kolomVoet - 24"
                [attr.width]="kolomBreedte() - 2 * kolomMarge()"
                height="24"
              />
            } @else {
              <rect
                class="rmc-grafiek__staaf"
                [attr.x]="kolomX(i) + kolomMarge()"
                [attr.y]="kolomVoet - kolomLengte(staaf.waarde)"
                [attr.width]="kolomBreedte() - 2 * kolomMarge()"
                [attr.height]="kolomLengte(staaf.waarde)"
              />
            }
            <text
              class="rmc-grafiek__tekst"
              [attr.x]="kolomX(i) + kolomBreedte() / 2"
              [attr.y]="kolomVoet - (staaf.waarde === null ? 24 : kolomLengte(staaf.waarde)) - 6"
              text-anchor="middle"
            >
              {{ waardeTekst(staaf) }}
            </text>
            <text
              class="rmc-grafiek__tekst"
              [attr.x]="kolomX(i) + kolomBreedte() / 2"
              [attr.y]="kolomVoet + 22"
              text-anchor="middle"
            >
              @for (regel of kolomLabel(staaf.label); track $index; let r = $index) {
                <tspan [attr.x]="kolomX(i) + kolomBreedte() / 2" [attr.dy]="r ? 18 : 0">{{ regel }}</tspan>
              }
            </text>
          }
          <line class="rmc-grafiek__as" x1="0" [attr.x2]="breedte" [attr.y1]="kolomVoet" [attr.y2]="kolomVoet" />
        </svg>
      } @else {
        <svg
          role="img"
          [attr.viewBox]="'0 0 ' + breedte + ' ' + hoogte()"
          [attr.aria-label]="samenvatting()"
          preserveAspectRatio="xMinYMin meet"
          focusable="false"
        >
          @for (staaf of staven(); track $index; let i = $index) {
            <text class="rmc-grafiek__tekst" [attr.x]="label - 8" [attr.y]="i * rij + rij / 2 + 5" text-anchor="end">
              {{ kort(staaf.label) }}
            </text>
            @if (staaf.waarde === null) {
              <rect
                class="rmc-grafiek__staaf--leeg"
                [attr.x]="label"
                [attr.y]="i * rij + 6"
                [attr.width]="24"
                [attr.height]="rij - 12"
              />
            } @else {
              <rect
                class="rmc-grafiek__staaf"
                [attr.x]="label"
                [attr.y]="i * rij + 6"
                [attr.width]="lengte(staaf.waarde)"
                [attr.height]="rij - 12"
              />
            }
            <text
              class="rmc-grafiek__tekst"
              [attr.x]="label + (staaf.waarde === null ? 24 : lengte(staaf.waarde)) + 8"
              [attr.y]="i * rij + rij / 2 + 5"
            >
              {{ waardeTekst(staaf) }}
            </text>
          }
          @if (normlijn() !== null) {
            <line
              class="rmc-grafiek__norm"
              [attr.x1]="label + lengte(normlijn()!)"
              [attr.x2]="label + lengte(normlijn()!)"
              y1="0"
              [attr.y2]="hoogte()"
            />
          }
          <line class="rmc-grafiek__as" [attr.x1]="label" [attr.x2]="label" y1="0" [attr.y2]="hoogte()" />
        </svg>
      }
      <details class="rmc-details rmc-grafiek__tabel">
        <summary>Tabel bij “{{ titel() }}”</summary>
        <div class="utrecht-table-container rmc-tabel-scroll">
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption rmc-visueel-verborgen">
              {{
                titel()
              }}
            </caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{{ labelKop() }}</th>
                <th class="utrecht-table__header-cell" scope="col">{{ waardeKop() }}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              @for (staaf of staven(); track $index) {
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__cell" scope="row">{{ staaf.label }}</th>
                  <td class="utrecht-table__cell">{{ waardeTekst(staaf) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  `,
  styles: `
    .rmc-grafiek__norm {
      stroke: var(--rmc-rood);
      stroke-width: 2;
      stroke-dasharray: 6 4;
    }
  `,
})
export class StaafdiagramComponent {
  readonly titel = input.required<string>();
  readonly staven = input.required<Staaf[]>();
  readonly omschrijving = input<string | null>(null);
  /** '%' for shares (0–100). */
  readonly eenheid = input('');
  /** Fixed scale maximum (e.g. 100 for percentages); defaults to the largest value. */
  readonly maximum = input<number | null>(null);
  /** A reference line (e.g. the agreed norm). */
  readonly normlijn = input<number | null>(null);
  readonly labelKop = input('Onderdeel');
  readonly waardeKop = input('Waarde');
  readonly onderdruktTekst = input('<5');
  /** Vertical columns (e.g. months on a time axis) instead of horizontal bars. */
  readonly kolommen = input(false);

  protected readonly titelId = `rmc-grafiek-${++volgnummer}`;
  protected readonly omschrijvingId = `${this.titelId}-omschrijving`;
  protected readonly rij = RIJ;
  protected readonly label = LABEL;
  protected readonly breedte = BREEDTE;
  protected readonly hoogte = computed(() => Math.max(1, this.staven().length) * RIJ);
  private readonly schaal = computed(() => this.maximum() ?? Math.max(1, ...this.staven().map((s) => s.waarde ?? 0)));
  protected readonly samenvatting = computed(() => {
    const delen = this.staven().map((s) => `${s.label}: ${this.waardeTekst(s)}`);
    return `${this.titel()}. ${delen.slice(0, 12).join('; ')}${delen.length > 12 ? '; en meer, zie de tabel' : ''}.`;
  });

  protected readonly kolomHoogte = KOLOM_HOOGTE;
  protected readonly kolomVoet = KOLOM_HOOGTE - 52;
  protected readonly kolomBreedte = computed(() => BREEDTE / Math.max(1, this.staven().length));
  protected readonly kolomMarge = computed(() => Math.min(12, this.kolomBreedte() / 6));
  protected kolomX(i: number): number {
    return i * this.kolomBreedte();
  }
  protected kolomLengte(waarde: number): number {
    return Math.max(waarde > 0 ? 2 : 0, (waarde / this.schaal()) * (this.kolomVoet - 30));
  }
  /** A column's label in at most two short lines under it ("aug" / "2026"); the table has the full text. */
  protected kolomLabel(label: string): string[] {
    const [eerste, ...rest] = label.split(' ');
    const kort = (t: string) => (t.length > 8 ? `${t.slice(0, 7)}…` : t);
    return rest.length ? [kort(eerste), kort(rest.join(' '))] : [kort(eerste)];
  }

  protected lengte(waarde: number): number {
    return Math.max(waarde > 0 ? 2 : 0, (waarde / this.schaal()) * (BREEDTE - LABEL - WAARDE));
  }

  protected waardeTekst(staaf: Staaf): string {
    if (staaf.tekst) return staaf.tekst;
    if (staaf.waarde === null) return this.onderdruktTekst();
    return `${Number.isInteger(staaf.waarde) ? staaf.waarde : staaf.waarde.toFixed(1).replace('.', ',')}${this.eenheid()}`;
  }

  protected kort(label: string): string {
    return label.length > 30 ? `${label.slice(0, 29)}…` : label;
  }
}
