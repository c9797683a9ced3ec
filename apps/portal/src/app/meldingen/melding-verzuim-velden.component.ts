import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import type { MeldingDto } from '@rmc/shared-api-types';
import { STANDAARD_NORMEN, VERMOEDELIJKE_SOORTEN, type MeldingNorm } from '@rmc/shared-domain';
import { FieldControlDirective, FormFieldComponent, KeuzegroepComponent, formatDatum } from '@rmc/portal-ui';
import type { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from './melding-controle';
import { OUDER_FORMULIER, aanbevolenHint, isOptioneel, isVerplicht } from './melding-formulier';
import { soortLabel, studentNaam, vermoedelijkeSoortLabel } from './melding-teksten';
import { ALLEEN_EIGEN_VESTIGING, type Leslocatie } from './school-context';

/** The "Verzuim" part of the new-melding form: soort with its norm, leslocatie, period, amounts and (vervolgmelding) the previous melding. */
@Component({
  selector: 'fieldset[rmcMeldingVerzuim]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  viewProviders: [OUDER_FORMULIER],
  template: `
    <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Verzuim</legend>
    <rmc-form-field
      label="Soort melding"
      controlId="melding-soort"
      hint="De norm uit de verzuimagenda voor deze soort staat onder dit veld."
      [fout]="status().fout('soort')"
    >
      <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="soort" aria-required="true">
        <option value="">Kies de soort melding</option>
        @for (norm of normen; track norm.soort) {
          <option [value]="norm.soort">{{ norm.label }}</option>
        }
      </select>
    </rmc-form-field>
    <div class="rmc-norm" aria-live="polite">
      @if (norm(); as n) {
        <h3 class="utrecht-heading-3 rmc-norm__kop">Norm voor “{{ n.label }}”</h3>
        <dl class="rmc-gegevens rmc-gegevens--compact">
          <dt>Drempel</dt>
          <dd>{{ drempelTekst() }}</dd>
          <dt>Vooraf door school</dt>
          <dd>{{ n.voorafDoorSchool }}</dd>
          <dt>Actie gewenst</dt>
          <dd>{{ n.actieGewenstWanneer }}</dd>
          <dt>Wat de regio doet</dt>
          <dd>{{ n.actieRegio }} Oppakken binnen {{ n.oppakTermijnWerkdagen }} werkdagen.</dd>
          <dt>Terugkoppeling</dt>
          <dd>{{ n.terugkoppeling }}</dd>
          @if (n.aaneengesloten) {
            <dt>Let op</dt>
            <dd>Bij aaneengesloten verzuim mag u hoogstens één melding per 7 kalenderdagen per student doen.</dd>
          }
        </dl>
      }
    </div>
    <rmc-form-field
      label="Leslocatie"
      controlId="melding-leslocatieVestigingId"
      [hint]="leslocatieHint"
      [fout]="status().fout('leslocatieVestigingId')"
    >
      <select
        rmcVeld
        class="utrecht-select utrecht-select--html-select"
        formControlName="leslocatieVestigingId"
        aria-required="true"
      >
        <option value="">Kies de leslocatie</option>
        @for (locatie of leslocaties(); track locatie.id) {
          <option [value]="locatie.id">{{ locatie.naam }}{{ locatie.eigen ? ' – eigen vestiging' : '' }}</option>
        }
      </select>
    </rmc-form-field>
    <rmc-form-field
      label="Begindatum verzuim"
      controlId="melding-begindatum"
      [fout]="status().fout('begindatum')"
      [optioneel]="optioneel('begindatum')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
        type="date"
        [max]="vandaag"
        formControlName="begindatum"
        [attr.aria-required]="verplicht('begindatum')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Einddatum verzuim"
      controlId="melding-einddatum"
      hint="Alleen als het verzuim al voorbij is."
      [fout]="status().fout('einddatum')"
      [optioneel]="optioneel('einddatum')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
        type="date"
        formControlName="einddatum"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Vermoedelijke soort verzuim"
      controlId="melding-vermoedelijkeSoort"
      [fout]="status().fout('vermoedelijkeSoort')"
      [optioneel]="optioneel('vermoedelijkeSoort')"
    >
      <select
        rmcVeld
        class="utrecht-select utrecht-select--html-select"
        formControlName="vermoedelijkeSoort"
        [attr.aria-required]="verplicht('vermoedelijkeSoort')"
      >
        <option value="">Kies de vermoedelijke soort</option>
        @for (soort of vermoedelijkeSoorten; track soort) {
          <option [value]="soort">{{ vermoedelijkeSoortLabel(soort) }}</option>
        }
      </select>
    </rmc-form-field>
    <rmc-form-field
      label="Vermoedelijke reden"
      controlId="melding-vermoedelijkeReden"
      [hint]="aanbevolen('vermoedelijkeReden')"
      [fout]="status().fout('vermoedelijkeReden')"
      [optioneel]="optioneel('vermoedelijkeReden')"
    >
      <textarea
        rmcVeld
        class="utrecht-textarea utrecht-textarea--html-textarea"
        rows="2"
        formControlName="vermoedelijkeReden"
      ></textarea>
    </rmc-form-field>
    <rmc-keuzegroep
      legend="Alle lessen gemist?"
      controlId="melding-allesGemist"
      [fout]="status().fout('allesGemist')"
      [optioneel]="optioneel('allesGemist')"
    >
      <div class="rmc-keuze">
        <input
          class="utrecht-radio-button utrecht-radio-button--html-input"
          type="radio"
          id="melding-allesGemist"
          value="ja"
          formControlName="allesGemist"
        />
        <label class="utrecht-form-label utrecht-form-label--radio" for="melding-allesGemist">Ja</label>
      </div>
      <div class="rmc-keuze">
        <input
          class="utrecht-radio-button utrecht-radio-button--html-input"
          type="radio"
          id="melding-allesGemist-nee"
          value="nee"
          formControlName="allesGemist"
        />
        <label class="utrecht-form-label utrecht-form-label--radio" for="melding-allesGemist-nee">Nee</label>
      </div>
    </rmc-keuzegroep>
    <rmc-form-field
      label="Verzuimdagen"
      controlId="melding-verzuimDagen"
      hint="Aantal schooldagen afwezig in deze periode."
      [fout]="status().fout('verzuimDagen')"
      [optioneel]="optioneel('verzuimDagen')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
        type="number"
        min="0"
        step="1"
        inputmode="numeric"
        formControlName="verzuimDagen"
        [attr.aria-required]="verplicht('verzuimDagen')"
      />
    </rmc-form-field>
    <rmc-form-field
      label="Verzuimuren"
      controlId="melding-verzuimUren"
      hint="Aantal lesuren ongeoorloofd afwezig in deze periode."
      [fout]="status().fout('verzuimUren')"
      [optioneel]="optioneel('verzuimUren')"
    >
      <input
        rmcVeld
        class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
        type="number"
        min="0"
        step="1"
        inputmode="numeric"
        formControlName="verzuimUren"
        [attr.aria-required]="verplicht('verzuimUren')"
      />
    </rmc-form-field>
    @if (isVervolgmelding()) {
      <rmc-form-field
        label="Vorige melding"
        controlId="melding-vorigeMeldingId"
        [hint]="vorigeHint()"
        [fout]="status().fout('vorigeMeldingId')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="vorigeMeldingId" aria-required="true">
          <option value="">Kies de eerdere melding</option>
          @for (vorige of vorigeMeldingen(); track vorige.id) {
            <option [value]="vorige.id">{{ vorigeLabel(vorige) }}</option>
          }
        </select>
      </rmc-form-field>
    }
  `,
})
export class MeldingVerzuimVeldenComponent {
  readonly status = input.required<FormulierStatus>();
  readonly norm = input<MeldingNorm | null>(null);
  readonly leslocaties = input<Leslocatie[]>([]);
  /** The previous meldingen to choose from (a vervolgmelding), and the hint that explains the list. */
  readonly vorigeMeldingen = input<MeldingDto[]>([]);
  readonly vorigeHint = input<string | null>(null);

  protected readonly normen = STANDAARD_NORMEN;
  protected readonly vermoedelijkeSoorten = VERMOEDELIJKE_SOORTEN;
  protected readonly vermoedelijkeSoortLabel = vermoedelijkeSoortLabel;
  protected readonly vandaag = vandaagInNederland();
  protected readonly leslocatieHint = ALLEEN_EIGEN_VESTIGING ? 'U meldt voor studenten van uw eigen vestiging.' : null;
  protected readonly isVervolgmelding = computed(() => this.norm()?.verplichteVelden.includes('vorigeMeldingId') ?? false);
  protected readonly drempelTekst = computed(() => {
    const n = this.norm();
    if (!n) return '';
    if (n.minDagen !== undefined) return `Minstens ${n.minDagen} verzuimdagen.`;
    if (n.minUren !== undefined) return `Minstens ${n.minUren} verzuimuren.`;
    return 'Geen vaste drempel: meld vanaf het eerste uur als er risico op uitval is.';
  });

  protected verplicht(veld: string): boolean {
    return isVerplicht(this.norm(), veld);
  }

  protected optioneel(veld: string): boolean {
    return isOptioneel(this.norm(), veld);
  }

  protected aanbevolen(veld: string, extra?: string): string | null {
    return aanbevolenHint(this.norm(), veld, extra);
  }

  protected vorigeLabel(m: MeldingDto): string {
    return `${formatDatum(m.gemeldOp)} – ${soortLabel(m.soort)} – ${studentNaam(m)}`;
  }
}
