import { ChangeDetectionStrategy, Component, TemplateRef, contentChild, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { BadgeComponent, type BadgeSoort } from './badge.component';

export interface CelBadge {
  tekst: string;
  soort: BadgeSoort;
}

export interface Kolom<T> {
  kop: string;
  waarde: (rij: T) => string | number | null | undefined;
  /** When set, the cell links to this router path (e.g. a detail page). */
  link?: (rij: T) => string | null;
  /** Status labels shown after the value (e.g. "Te laat"). */
  badges?: (rij: T) => CelBadge[];
}

let volgnummer = 0;

/**
 * A captioned data table. Row actions come from an `<ng-template #acties let-rij>` child.
 * The scroll wrapper is a labelled, focusable region so keyboard users can scroll wide tables.
 * Below 768 px every row becomes a card: each cell under its column's name (`data-kop`), so a phone
 * shows the whole row without scrolling sideways (issue 13 item 5).
 */
@Component({
  selector: 'rmc-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, BadgeComponent],
  template: `
    <div class="utrecht-table-container rmc-tabel-scroll" role="region" tabindex="0" [attr.aria-labelledby]="bijschriftId">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class="utrecht-table__caption" [class.rmc-visueel-verborgen]="bijschriftVerbergen()" [id]="bijschriftId">
          {{
            bijschrift()
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            @for (kolom of kolommen(); track kolom.kop) {
              <th class="utrecht-table__header-cell" scope="col">{{ kolom.kop }}</th>
            }
            @if (acties()) {
              <th class="utrecht-table__header-cell" scope="col">Acties</th>
            }
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (rij of rijen(); track spoor()(rij)) {
            <tr class="utrecht-table__row" [class]="klasseVan(rij)">
              @for (kolom of kolommen(); track kolom.kop) {
                <td class="utrecht-table__cell" [attr.data-kop]="kolom.kop">
                  @if (kolom.link && kolom.link(rij); as pad) {
                    <a class="utrecht-link" [routerLink]="pad">{{ kolom.waarde(rij) ?? '—' }}</a>
                  } @else {
                    {{ kolom.waarde(rij) ?? '—' }}
                  }
                  @if (kolom.badges) {
                    @for (badge of kolom.badges(rij); track badge.tekst) {
                      {{ ' ' }}<rmc-badge [soort]="badge.soort">{{ badge.tekst }}</rmc-badge>
                    }
                  }
                </td>
              }
              @if (acties(); as actiesTemplate) {
                <td class="utrecht-table__cell rmc-tabel__acties" data-kop="Acties">
                  <ng-container [ngTemplateOutlet]="actiesTemplate" [ngTemplateOutletContext]="{ $implicit: rij }" />
                </td>
              }
            </tr>
          } @empty {
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell rmc-tabel__leeg" [attr.colspan]="kolommen().length + (acties() ? 1 : 0)">
                {{ leegTekst() }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .rmc-tabel__acties {
      white-space: nowrap;
    }

    @media (max-width: 47.99rem) {
      .utrecht-table,
      .utrecht-table__body,
      .utrecht-table__row,
      .utrecht-table__cell {
        display: block;
      }

      .utrecht-table__header {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }

      .utrecht-table__body .utrecht-table__row {
        margin-block-end: 0.75rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--rmc-rand);
        border-radius: 4px;
      }

      /* The column name in the left 40 %, the content flows on in the rest as before. */
      .utrecht-table__cell {
        position: relative;
        padding-block: 0.25rem;
        padding-inline: calc(40% + 0.5rem) 0;
        border: 0;
      }

      .utrecht-table__cell::before {
        content: attr(data-kop);
        position: absolute;
        inset-inline-start: 0;
        inline-size: 40%;
        font-weight: 700;
      }

      .rmc-tabel__leeg {
        padding-inline-start: 0;
      }

      .rmc-tabel__leeg::before {
        content: none;
      }

      .rmc-tabel__acties {
        white-space: normal;
      }
    }
  `,
})
export class DataTableComponent<T> {
  readonly bijschrift = input.required<string>();
  readonly kolommen = input.required<Kolom<T>[]>();
  readonly rijen = input.required<readonly T[]>();
  /** Stable identity of a row, so Angular keeps focus on a button when the list reloads. */
  readonly spoor = input<(rij: T) => unknown>((rij) => (rij as { id?: unknown }).id ?? rij);
  readonly leegTekst = input('Er is nog niets om te tonen.');
  /** Hide the caption visually when a heading right above already says the same. */
  readonly bijschriftVerbergen = input(false);
  /** Extra class for a row that needs attention (e.g. "rmc-rij--aandacht"). */
  readonly rijKlasse = input<((rij: T) => string | null) | null>(null);

  protected readonly acties = contentChild<TemplateRef<{ $implicit: T }>>('acties');
  protected klasseVan(rij: T): string {
    return this.rijKlasse()?.(rij) ?? '';
  }
  protected readonly bijschriftId = `rmc-tabel-${++volgnummer}`;
}
