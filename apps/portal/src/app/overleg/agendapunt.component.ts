import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CasusDto } from '@rmc/shared-api-types';
import { AlertComponent, DataTableComponent, formatDatum, type Kolom } from '@rmc/portal-ui';
import { actieStatusBadge, casusNaam } from '../casus/casus-teksten';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { ActiepuntFormComponent } from './actiepunt-form.component';
import { BesluitFormComponent } from './besluit-form.component';
import { CasusInzageComponent } from './casus-inzage.component';
import { NotitiesFormComponent } from './notities-form.component';
import type { Agendapunt, OverlegActie, OverlegDeelnemer, OverlegWijziging } from './overleg.api';

/** The live case panel of one agenda item: closed, loading, loaded (the viewer's slice) or failed. */
export interface CasusPaneel {
  open: boolean;
  laden: boolean;
  casus: CasusDto | null;
  fout: string | null;
}

/**
 * One agenda item: the question, the case through the viewer's own slice (opened on request and kept
 * up to date), the notes, decisions and action items. Only the chair gets the forms.
 */
@Component({
  selector: 'rmc-agendapunt',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    AlertComponent,
    DataTableComponent,
    CasusInzageComponent,
    NotitiesFormComponent,
    BesluitFormComponent,
    ActiepuntFormComponent,
  ],
  template: `
    <article class="rmc-agendapunt" [attr.aria-labelledby]="prefix() + '-kop'">
      <h3 class="utrecht-heading-3" [id]="prefix() + '-kop'">Agendapunt {{ nummer() }}{{ naam() ? ': ' + naam() : '' }}</h3>
      @if (punt().nietMeerGedeeld) {
        <p class="utrecht-paragraph">
          Deze casus is niet meer met uw organisatie gedeeld. Daarom ziet u van dit agendapunt niets meer.
        </p>
      } @else {
        <p class="utrecht-paragraph">
          <strong>Vraag aan het overleg:</strong>{{ ' ' }}<span class="rmc-gegevens__tekst">{{ punt().vraag }}</span>
        </p>

        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          [attr.aria-expanded]="paneel().open"
          [attr.aria-controls]="prefix() + '-casus'"
          (click)="wissel.emit()"
        >
          {{ paneel().open ? 'Casus verbergen' : 'Casus bekijken'
          }}<span class="rmc-visueel-verborgen"> bij agendapunt {{ nummer() }}</span>
        </button>
        <section
          class="rmc-paneel rmc-casuspaneel"
          [id]="prefix() + '-casus'"
          [hidden]="!paneel().open"
          [attr.aria-label]="'Casus bij agendapunt ' + nummer()"
        >
          @if (paneel().open) {
            @if (paneel().fout) {
              <rmc-alert soort="fout">{{ paneel().fout }}</rmc-alert>
            } @else if (paneel().casus; as c) {
              <p class="utrecht-paragraph rmc-klein">
                U ziet de casus zoals uw organisatie hem mag zien. Andere deelnemers zien hun eigen deel.
              </p>
              <rmc-casus-inzage [casus]="c" [prefix]="prefix() + '-inzage'" [niveau]="4" />
              <p class="utrecht-paragraph">
                <a class="utrecht-link" [routerLink]="['/casussen', punt().casusId]"
                  >Casus openen<span class="rmc-visueel-verborgen"> van agendapunt {{ nummer() }}</span></a
                >
              </p>
            } @else {
              <p class="utrecht-paragraph">Casus wordt geladen…</p>
            }
          }
        </section>

        <h4 class="utrecht-heading-4 rmc-agendapunt__kop" [id]="prefix() + '-notities-kop'">Notities</h4>
        @if (bewerkbaar()) {
          <rmc-notities-form [overlegId]="overlegId()" [punt]="punt()" [nummer]="nummer()" (gewijzigd)="gewijzigd.emit($event)" />
        } @else if (punt().notities) {
          <p class="utrecht-paragraph rmc-gegevens__tekst">{{ punt().notities }}</p>
        } @else {
          <p class="utrecht-paragraph">Nog geen notities.</p>
        }

        <h4 class="utrecht-heading-4 rmc-agendapunt__kop" [id]="prefix() + '-besluiten-kop'">Besluiten</h4>
        @if (punt().besluiten.length) {
          <ol class="utrecht-ordered-list rmc-besluiten" [attr.aria-labelledby]="prefix() + '-besluiten-kop'">
            @for (b of punt().besluiten; track $index) {
              <li class="utrecht-ordered-list__item rmc-gegevens__tekst">{{ b }}</li>
            }
          </ol>
        } @else {
          <p class="utrecht-paragraph">Nog geen besluiten.</p>
        }
        @if (bewerkbaar()) {
          <rmc-besluit-form
            [overlegId]="overlegId()"
            [puntId]="punt().id"
            [nummer]="nummer()"
            (gewijzigd)="gewijzigd.emit($event)"
          />
        }

        <h4 class="utrecht-heading-4 rmc-agendapunt__kop" [id]="prefix() + '-acties-kop'">Actiepunten</h4>
        <rmc-data-table
          [bijschrift]="'Actiepunten bij agendapunt ' + nummer()"
          [bijschriftVerbergen]="true"
          [kolommen]="kolommen"
          [rijen]="punt().acties"
          [rijKlasse]="rijKlasse"
          [leegTekst]="bewerkbaar() ? 'Nog geen actiepunten.' : 'Er zijn geen actiepunten die u mag zien.'"
        />
        @if (bewerkbaar()) {
          <rmc-actiepunt-form
            [overlegId]="overlegId()"
            [puntId]="punt().id"
            [nummer]="nummer()"
            [organisaties]="eigenaren()"
            [deelnemers]="deelnemers()"
            (gewijzigd)="gewijzigd.emit($event)"
          />
        }
      }
    </article>
  `,
  styles: `
    .rmc-agendapunt {
      margin-block: 1.5rem;
      padding: 0.25rem 1.25rem 1rem;
      border: 2px solid var(--rmc-lijn);
      border-inline-start: 6px solid var(--rmc-blauw);
      border-radius: 4px;
    }
    .rmc-agendapunt__kop {
      margin-block: 1.25rem 0.5rem;
    }
    .rmc-casuspaneel {
      background: var(--rmc-lichtblauw);
    }
  `,
})
export class AgendapuntComponent {
  readonly overlegId = input.required<string>();
  readonly punt = input.required<Agendapunt>();
  readonly nummer = input.required<number>();
  readonly paneel = input.required<CasusPaneel>();
  /** The chair while the verslag is not fixed yet. */
  readonly bewerkbaar = input(false);
  /** Who may own an action: the participating organisations (and the region's own team). */
  readonly eigenaren = input<{ id: string; naam: string }[]>([]);
  readonly deelnemers = input<OverlegDeelnemer[]>([]);
  readonly wissel = output<void>();
  readonly gewijzigd = output<OverlegWijziging>();

  private readonly vandaag = vandaagInNederland();
  protected readonly prefix = computed(() => `punt-${this.punt().id}`);
  protected readonly naam = computed(() => {
    const c = this.paneel().casus;
    return c ? casusNaam(c) : '';
  });
  protected readonly kolommen: Kolom<OverlegActie>[] = [
    { kop: 'Actiepunt', waarde: (a) => a.omschrijving },
    { kop: 'Eigenaar', waarde: (a) => a.eigenaar ?? 'RMC-consulent' },
    {
      kop: 'Deadline',
      waarde: (a) => formatDatum(a.deadline) || 'Geen',
      badges: (a) => (this.overTijd(a) ? [{ tekst: 'Te laat', soort: 'fout' }] : []),
    },
    { kop: 'Status', waarde: () => '', badges: (a) => [actieStatusBadge(a.status)] },
  ];
  protected readonly rijKlasse = (a: OverlegActie) => (this.overTijd(a) ? 'rmc-rij--te-laat' : null);
  private overTijd(a: OverlegActie): boolean {
    return a.status === 'open' && !!a.deadline && a.deadline < this.vandaag;
  }
}
