import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CasusDto } from '@rmc/shared-api-types';
import type { Fase, Stap } from '@rmc/shared-domain';
import { ErrorSummaryComponent, focusOpElement, formatDatum } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { CasusAfsluitenFormComponent } from './casus-afsluiten-form.component';
import { OverdrachtFormComponent } from './overdracht-form.component';
import { ToewijzingFormComponent } from './toewijzing-form.component';
import { JongereUitnodigenComponent } from '../jongere/jongere-uitnodigen.component';
import {
  BRON_LABELS,
  CONTACTVORM_LABELS,
  DOELGROEP_LABELS,
  FASE_LABELS,
  SLUITREDEN_LABELS,
  type CasusWijziging,
} from './casus-teksten';

/** Phases in which a case is closed: it can no longer be handed over (the API answers 409). */
const GESLOTEN: readonly Fase[] = ['afgesloten', 'nazorg', 'beeindigd'];

/**
 * Overview: the data this user may see, and (RMC) the phase with the steps the API offers now:
 * allowed steps are buttons, the others are listed with the reason. Closing has its own form
 * (reason, and from evalueren the evaluation questions).
 */
@Component({
  selector: 'rmc-casus-overzicht',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ErrorSummaryComponent,
    CasusAfsluitenFormComponent,
    OverdrachtFormComponent,
    ToewijzingFormComponent,
    JongereUitnodigenComponent,
  ],
  template: `
    <section aria-labelledby="gegevens-kop">
      <h2 class="utrecht-heading-2" id="gegevens-kop">Gegevens</h2>
      <dl class="rmc-gegevens">
        @if (casus().persoon; as p) {
          <dt>Naam</dt>
          <dd>{{ p.voornaam }} {{ p.achternaam }}</dd>
          <dt>Geboortedatum</dt>
          <dd>{{ datum(p.geboortedatum) }}</dd>
        }
        @if (casus().contact; as k) {
          <dt>Telefoon</dt>
          <dd>{{ k.telefoon || 'Onbekend' }}</dd>
          <dt>E-mailadres</dt>
          <dd>{{ k.email || 'Onbekend' }}</dd>
          <dt>Postcode</dt>
          <dd>{{ k.postcode }}</dd>
        }
        @if (casus().fase; as fase) {
          <dt>Fase</dt>
          <dd>{{ faseLabels[fase] }}</dd>
        }
        @if (casus().doelgroep; as d) {
          <dt>Doelgroep</dt>
          <dd>{{ doelgroepLabels[d] }}</dd>
        }
        @if (casus().bron; as b) {
          <dt>Bron</dt>
          <dd>{{ bronLabels[b] }}</dd>
        }
        @if (casus().consulentNaam !== undefined) {
          <dt>Consulent</dt>
          <dd>{{ casus().consulentNaam ?? 'Geen consulent' }}</dd>
        }
        @if (casus().regie; as r) {
          <dt>Procesregie</dt>
          <dd>{{ r.procesregie ?? 'Nog niet vastgelegd' }}</dd>
          <dt>Casusregie</dt>
          <dd>{{ r.casusregie ?? 'Nog niet vastgelegd' }}</dd>
        }
        @if (casus().sluitreden; as s) {
          <dt>Reden van afsluiten</dt>
          <dd>{{ sluitredenLabels[s] }}</dd>
        }
      </dl>
      @if (!beheer()) {
        <p class="utrecht-paragraph rmc-klein">U ziet alleen de onderdelen die het RMC met uw organisatie heeft gedeeld.</p>
      }
    </section>

    @if (casus().volgendeStap; as stap) {
      <section class="rmc-paneel rmc-paneel--aandacht" aria-labelledby="overzicht-ladder-kop">
        <h2 class="utrecht-heading-2" id="overzicht-ladder-kop">Volgende stap: {{ vormLabels[stap.vorm] }}</h2>
        <p class="utrecht-paragraph">{{ stap.uitleg }}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" [routerLink]="[]" [queryParams]="{ onderdeel: 'contact' }">Contactmoment vastleggen</a>
        </p>
      </section>
    }

    @if (beheer() && casus().stappen; as stappen) {
      <section aria-labelledby="fase-kop">
        <h2 class="utrecht-heading-2" id="fase-kop">Fase: {{ faseLabels[casus().fase!] }}</h2>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" />
        @if (toegestaan().length) {
          <p class="utrecht-paragraph">Deze stappen kunt u nu zetten:</p>
          <div class="utrecht-button-group rmc-knoppen">
            @for (s of toegestaan(); track s.naar) {
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                [attr.aria-busy]="status.bezig()"
                (click)="naar(s.naar)"
              >
                Naar {{ faseLabels[s.naar] }}
              </button>
            }
          </div>
        } @else if (!stappen.length) {
          <p class="utrecht-paragraph">Vanuit deze fase zijn geen stappen meer mogelijk.</p>
        }
        @if (nietToegestaan().length) {
          <h3 class="utrecht-heading-3" id="fase-niet-kop">Nog niet mogelijk</h3>
          <ul class="rmc-stappen" aria-labelledby="fase-niet-kop">
            @for (s of nietToegestaan(); track s.naar) {
              <li>
                <strong>Naar {{ faseLabels[s.naar] }}</strong
                >: {{ s.reden }}
              </li>
            }
          </ul>
        }
        @if (afsluiten(); as a) {
          @if (a.evaluatie) {
            <h3 class="utrecht-heading-3" id="afsluiten-kop">Evalueren en afsluiten</h3>
            <rmc-casus-afsluiten-form [casus]="casus()" [metEvaluatie]="true" (gewijzigd)="klaar($event)" />
          } @else {
            <details class="rmc-details">
              <summary>Casus afsluiten</summary>
              <div class="rmc-details__inhoud">
                <rmc-casus-afsluiten-form [casus]="casus()" [metEvaluatie]="false" (gewijzigd)="klaar($event)" />
              </div>
            </details>
          }
        }
      </section>
    }

    @if (magToewijzen()) {
      <section aria-labelledby="toewijzing-kop">
        <h2 class="utrecht-heading-2" id="toewijzing-kop">Toewijzing wijzigen</h2>
        <p class="utrecht-paragraph">
          Is de consulent ziek of te vol? Wijs de casus toe aan een andere consulent, of corrigeer de doelgroep.
        </p>
        <rmc-toewijzing-form [casus]="casus()" (gewijzigd)="gewijzigd.emit($event)" />
      </section>
    }

    @if (magUitnodigen()) {
      <rmc-jongere-uitnodigen [casusId]="casus().id" />
    }

    @if (magOverdragen()) {
      <section aria-labelledby="overdracht-kop">
        <h2 class="utrecht-heading-2" id="overdracht-kop">Warme overdracht</h2>
        <p class="utrecht-paragraph">
          Verhuist de jongere naar een andere regio, of neemt leerplicht of Werk &amp; Inkomen het over bij de leeftijdsgrens?
          Draag de casus dan warm over.
        </p>
        <details class="rmc-details" (toggle)="overdrachtGewisseld($event)">
          <summary>Overdragen</summary>
          <div class="rmc-details__inhoud">
            @if (overdrachtOpen()) {
              <rmc-overdracht-form [casus]="casus()" (gewijzigd)="klaar($event)" />
            }
          </div>
        </details>
      </section>
    }
  `,
  styles: `
    .rmc-stappen {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }

    .rmc-stappen li {
      margin-block-end: 0.5rem;
    }
  `,
})
export class CasusOverzichtComponent {
  private readonly api = inject(CasusApi);
  private readonly sessie = inject(SessieService);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly status = new FormulierStatus();
  protected readonly faseLabels = FASE_LABELS;
  protected readonly doelgroepLabels = DOELGROEP_LABELS;
  protected readonly bronLabels = BRON_LABELS;
  protected readonly sluitredenLabels = SLUITREDEN_LABELS;
  protected readonly vormLabels = CONTACTVORM_LABELS;
  protected readonly datum = formatDatum;

  /** The young person's own page: the consulent invites (CASL invite JongereDossier, RMC roles). */
  protected readonly magUitnodigen = computed(() => this.beheer() && this.sessie.ability().can('invite', 'JongereDossier'));

  /** Warm handover: who may share the case, while it is still open. The form loads its lists only when opened. */
  protected readonly magOverdragen = computed(() => {
    const fase = this.casus().fase;
    return this.beheer() && TOEGANG.casusDelen(this.sessie.ability()) && !!fase && !GESLOTEN.includes(fase);
  });
  protected readonly overdrachtOpen = signal(false);

  /** Reassigning a case (consulent, doelgroep): the coördinator only (the API checks the role again), not once it has ended. */
  protected readonly magToewijzen = computed(
    () =>
      this.beheer() &&
      (this.sessie.me()?.rollen ?? []).includes('regio-coordinator') &&
      !!this.casus().fase &&
      this.casus().fase !== 'beeindigd',
  );

  protected overdrachtGewisseld(event: Event): void {
    this.overdrachtOpen.set((event.target as HTMLDetailsElement).open);
  }

  /** Closing goes through its own form, not a bare button. */
  protected readonly toegestaan = computed(() =>
    (this.casus().stappen ?? []).filter((s) => s.toegestaan && s.naar !== 'afgesloten'),
  );
  /** From evalueren the reason for closing is the missing evaluation: the form below answers it. */
  protected readonly nietToegestaan = computed(() =>
    (this.casus().stappen ?? []).filter((s) => !s.toegestaan && !this.evaluatieOntbreekt(s)),
  );
  protected readonly afsluiten = computed(() => {
    const stap = (this.casus().stappen ?? []).find((s) => s.naar === 'afgesloten');
    if (!stap) return null;
    if (this.evaluatieOntbreekt(stap)) return { evaluatie: true };
    return stap.toegestaan ? { evaluatie: this.casus().fase === 'evalueren' } : null;
  });

  private evaluatieOntbreekt(s: Stap): boolean {
    return !s.toegestaan && s.naar === 'afgesloten' && this.casus().fase === 'evalueren' && !this.casus().evaluatie;
  }

  protected async naar(fase: Fase): Promise<void> {
    if (this.status.bezig()) return;
    const casus = await voerWijzigingUit(this.status, () => this.api.naarFase(this.casus().id, { naar: fase }));
    if (casus) this.klaar({ casus, bericht: `De casus is nu in de fase ${FASE_LABELS[fase]}.` });
  }

  protected klaar(wijziging: CasusWijziging): void {
    this.gewijzigd.emit(wijziging);
    // The button that was used may be gone with the new phase: continue at the phase heading.
    setTimeout(() => focusOpElement('fase-kop'));
  }
}
