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
                <td class="utrecht-table__cell">
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
                <td class="utrecht-table__cell rmc-tabel__acties">
                  <ng-container [ngTemplateOutlet]="actiesTemplate" [ngTemplateOutletContext]="{ $implicit: rij }" />
                </td>
              }
            </tr>
          } @empty {
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell" [attr.colspan]="kolommen().length + (acties() ? 1 : 0)">{{ leegTekst() }}</td>
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
