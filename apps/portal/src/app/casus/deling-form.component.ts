import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, DelingInput, OrganisatieDto } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORT_LABELS, STANDAARD_SECTIES, toegestaneSecties, type Grondslag } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { GRONDSLAG_LABELS, overDagen, sectieLabel, type CasusWijziging } from './casus-teksten';

const VIERSTAPPEN = [
  { stap: 'grondslag', label: '1. Grondslag', hint: 'Op welke wettelijke taak steunt het delen (bijvoorbeeld art. 8 Wet RMC)?' },
  { stap: 'doel', label: '2. Doel', hint: 'Waarvoor heeft de partner deze gegevens nodig?' },
  { stap: 'proportionaliteit', label: '3. Proportionaliteit', hint: 'Waarom zijn alleen deze onderdelen nodig, en niet meer?' },
  {
    stap: 'subsidiariteit',
    label: '4. Subsidiariteit',
    hint: 'Waarom kan het niet op een minder ingrijpende manier, bijvoorbeeld met toestemming?',
  },
] as const;

/** A CSS-safe id for a section ("domein:gezin" → "domein-gezin"). */
const sectieId = (s: string) => `deling-sectie-${s.replace(':', '-')}`;

/**
 * Sharing the case with a partner organisation under a recorded grondslag: the young person's consent
 * (date, scope, expiry, reference to the signed machtiging) or a legal task with the four-step check;
 * the purpose, the sections (the partner kind's default slice, never more) and an end date.
 */
@Component({
  selector: 'rmc-deling-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, KeuzegroepComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Organisatie" controlId="deling-organisatie" [fout]="status.fout('organisatieId')">
        <select
          rmcVeld
          class="utrecht-select utrecht-select--html-select"
          formControlName="organisatieId"
          aria-required="true"
          (change)="organisatieGekozen()"
        >
          <option value="">Kies de partnerorganisatie</option>
          @for (o of kandidaten(); track o.id) {
            <option [value]="o.id">{{ o.naam }} ({{ soortLabels[o.soort] }})</option>
          }
        </select>
      </rmc-form-field>

      <rmc-keuzegroep legend="Grondslag" controlId="deling-grondslag" [fout]="status.fout('grondslag')">
        @for (g of grondslagen; track g; let eerste = $first) {
          <div class="rmc-keuze rmc-keuze--met-uitleg">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              [id]="eerste ? 'deling-grondslag' : 'deling-grondslag-' + g"
              [value]="g"
              formControlName="grondslag"
              [attr.aria-describedby]="'deling-grondslag-uitleg-' + g"
            />
            <label
              class="utrecht-form-label utrecht-form-label--radio"
              [for]="eerste ? 'deling-grondslag' : 'deling-grondslag-' + g"
              >{{ grondslagLabels[g] }}</label
            >
            <span class="rmc-klein rmc-keuze__uitleg" [id]="'deling-grondslag-uitleg-' + g">{{ grondslagUitleg[g] }}</span>
          </div>
        }
      </rmc-keuzegroep>

      @if (grondslag() === 'toestemming') {
        <fieldset class="rmc-groep" formGroupName="toestemming">
          <legend class="rmc-groep__legend">Toestemming van de jongere</legend>
          <rmc-form-field
            label="Datum van de toestemming"
            controlId="deling-toestemming-datum"
            [fout]="status.fout('toestemming.datum') ?? status.fout('toestemming')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
              type="date"
              [max]="vandaag"
              formControlName="datum"
              aria-required="true"
            />
          </rmc-form-field>
          <rmc-form-field
            label="Reikwijdte"
            controlId="deling-toestemming-reikwijdte"
            hint="Waarvoor gaf de jongere toestemming, en met wie?"
            [fout]="status.fout('toestemming.reikwijdte')"
          >
            <textarea
              rmcVeld
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows="2"
              formControlName="reikwijdte"
              aria-required="true"
            ></textarea>
          </rmc-form-field>
          <rmc-form-field
            label="Toestemming verloopt op"
            controlId="deling-toestemming-verlooptOp"
            [fout]="status.fout('toestemming.verlooptOp')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
              type="date"
              [min]="vandaag"
              formControlName="verlooptOp"
              aria-required="true"
            />
          </rmc-form-field>
          <rmc-form-field
            label="Referentie getekende machtiging"
            controlId="deling-toestemming-machtiging"
            [optioneel]="true"
            hint="Bijvoorbeeld de bestandsnaam of het documentnummer in het archief."
            [fout]="status.fout('toestemming.machtiging')"
          >
            <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="machtiging" />
          </rmc-form-field>
        </fieldset>
      }
      @if (grondslag() === 'wettelijke-taak') {
        <fieldset class="rmc-groep" formGroupName="vierstappen" aria-describedby="deling-vierstappen-hint">
          <legend class="rmc-groep__legend">Afweging in vier stappen</legend>
          <p class="utrecht-paragraph rmc-klein" id="deling-vierstappen-hint">
            Beantwoord elke stap in minstens 10 tekens. De afweging wordt bij de deling bewaard.
          </p>
          @for (s of vierstappen; track s.stap) {
            <rmc-form-field
              [label]="s.label"
              [controlId]="'deling-vierstappen-' + s.stap"
              [hint]="s.hint"
              [fout]="status.fout('vierstappen.' + s.stap)"
            >
              <textarea
                rmcVeld
                class="utrecht-textarea utrecht-textarea--html-textarea"
                rows="2"
                [formControlName]="s.stap"
                aria-required="true"
              ></textarea>
            </rmc-form-field>
          }
        </fieldset>
      }

      <rmc-form-field label="Doel van het delen" controlId="deling-doel" [fout]="status.fout('doel')">
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="2"
          formControlName="doel"
          aria-required="true"
        ></textarea>
      </rmc-form-field>

      @if (soort(); as s) {
        <rmc-keuzegroep
          legend="Onderdelen die u deelt"
          controlId="deling-secties"
          [hint]="sectieHint()"
          [fout]="status.fout('secties')"
        >
          @for (sectie of toegestaan(); track sectie; let eerste = $first) {
            <div class="rmc-keuze">
              <input
                class="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                [id]="eerste ? 'deling-secties' : sectieId(sectie)"
                [checked]="secties().includes(sectie)"
                (change)="wissel(sectie)"
              />
              <label
                class="utrecht-form-label utrecht-form-label--checkbox"
                [for]="eerste ? 'deling-secties' : sectieId(sectie)"
                >{{ sectieLabel(sectie) }}</label
              >
            </div>
          }
        </rmc-keuzegroep>
      }

      <rmc-form-field
        label="Einddatum van de deling"
        controlId="deling-eindDatum"
        hint="Daarna ziet de organisatie de casus niet meer."
        [fout]="status.fout('eindDatum')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
          type="date"
          [min]="vandaag"
          formControlName="eindDatum"
          aria-required="true"
        />
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Casus delen
      </button>
    </form>
  `,
})
export class DelingFormComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly organisaties = input<OrganisatieDto[]>([]);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly vandaag = vandaagInNederland();
  protected readonly soortLabels = ORGANISATIE_SOORT_LABELS;
  protected readonly grondslagen: Grondslag[] = ['toestemming', 'wettelijke-taak'];
  protected readonly grondslagLabels = GRONDSLAG_LABELS;
  protected readonly grondslagUitleg: Record<Grondslag, string> = {
    toestemming: 'De jongere heeft (schriftelijk) toestemming gegeven. Leg datum, reikwijdte en einddatum vast.',
    'wettelijke-taak': 'Delen is nodig voor een wettelijke taak. Beantwoord de afweging in vier stappen.',
  };
  protected readonly vierstappen = VIERSTAPPEN;
  protected readonly sectieLabel = sectieLabel;
  protected readonly sectieId = sectieId;
  protected readonly controlIds: Record<string, string> = {
    organisatieId: 'deling-organisatie',
    grondslag: 'deling-grondslag',
    toestemming: 'deling-toestemming-datum',
    'toestemming.datum': 'deling-toestemming-datum',
    'toestemming.reikwijdte': 'deling-toestemming-reikwijdte',
    'toestemming.verlooptOp': 'deling-toestemming-verlooptOp',
    'toestemming.machtiging': 'deling-toestemming-machtiging',
    ...Object.fromEntries(VIERSTAPPEN.map((s) => [`vierstappen.${s.stap}`, `deling-vierstappen-${s.stap}`])),
    doel: 'deling-doel',
    secties: 'deling-secties',
    eindDatum: 'deling-eindDatum',
  };
  protected readonly status = new FormulierStatus();
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    organisatieId: '',
    grondslag: '' as Grondslag | '',
    toestemming: this.fb.group({ datum: this.vandaag, reikwijdte: '', verlooptOp: '', machtiging: '' }),
    vierstappen: this.fb.group({ grondslag: '', doel: '', proportionaliteit: '', subsidiariteit: '' }),
    doel: '',
    eindDatum: overDagen(90),
  });
  protected readonly grondslag = toSignal(this.form.controls.grondslag.valueChanges, { initialValue: '' as const });
  private readonly organisatieId = signal('');
  protected readonly secties = signal<string[]>([]);

  /** Only organisations of a kind that may receive anything (the permission matrix's partner rows). */
  protected readonly kandidaten = computed(() => this.organisaties().filter((o) => toegestaneSecties(o.soort).length > 0));
  protected readonly soort = computed(() => this.kandidaten().find((o) => o.id === this.organisatieId())?.soort ?? null);
  protected readonly toegestaan = computed(() => {
    const s = this.soort();
    return s ? toegestaneSecties(s) : [];
  });
  protected readonly sectieHint = computed(() => {
    const s = this.soort();
    return s
      ? `Voorgeselecteerd: wat ${ORGANISATIE_SOORT_LABELS[s]} standaard nodig heeft. Deel niet meer dan nodig; verzuimdetails alleen als dat echt nodig is.`
      : null;
  });

  protected organisatieGekozen(): void {
    const id = this.form.controls.organisatieId.value;
    this.organisatieId.set(id);
    const soort = this.soort();
    this.secties.set(soort ? [...(STANDAARD_SECTIES[soort] ?? [])] : []);
  }

  protected wissel(sectie: string): void {
    this.secties.update((huidig) => (huidig.includes(sectie) ? huidig.filter((s) => s !== sectie) : [...huidig, sectie]));
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const w = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!w.organisatieId) fouten['organisatieId'] = 'Kies de partnerorganisatie.';
    if (!w.grondslag) fouten['grondslag'] = 'Kies de grondslag.';
    if (w.grondslag === 'toestemming') {
      if (!w.toestemming.datum) fouten['toestemming.datum'] = 'Vul de datum van de toestemming in.';
      if (w.toestemming.reikwijdte.trim().length < 5)
        fouten['toestemming.reikwijdte'] = 'Beschrijf waarvoor de jongere toestemming gaf.';
      if (!w.toestemming.verlooptOp) fouten['toestemming.verlooptOp'] = 'Vul de einddatum van de toestemming in.';
      else if (w.eindDatum && w.toestemming.verlooptOp < w.eindDatum)
        fouten['eindDatum'] = 'De deling mag niet langer lopen dan de toestemming.';
    }
    if (w.grondslag === 'wettelijke-taak') {
      for (const s of VIERSTAPPEN)
        if (w.vierstappen[s.stap].trim().length < 10)
          fouten[`vierstappen.${s.stap}`] = `Beantwoord stap ${s.label.toLowerCase()} (minstens 10 tekens).`;
    }
    if (w.doel.trim().length < 5) fouten['doel'] = 'Beschrijf het doel van het delen.';
    if (w.organisatieId && !this.secties().length) fouten['secties'] = 'Deel minstens één onderdeel.';
    if (!w.eindDatum) fouten['eindDatum'] ??= 'Vul een einddatum in.';
    else if (w.eindDatum < this.vandaag) fouten['eindDatum'] = 'De einddatum ligt in het verleden.';
    if (Object.keys(fouten).length || !w.grondslag) return this.status.toonVeldfouten(fouten);

    const invoer: DelingInput = {
      organisatieId: w.organisatieId,
      grondslag: w.grondslag,
      doel: w.doel.trim(),
      secties: this.secties(),
      eindDatum: w.eindDatum,
    };
    if (w.grondslag === 'toestemming') {
      const { datum, reikwijdte, verlooptOp, machtiging } = w.toestemming;
      invoer.toestemming = {
        datum,
        reikwijdte: reikwijdte.trim(),
        verlooptOp,
        ...(machtiging.trim() ? { machtiging: machtiging.trim() } : {}),
      };
    } else {
      const v = w.vierstappen;
      invoer.vierstappen = {
        grondslag: v.grondslag.trim(),
        doel: v.doel.trim(),
        proportionaliteit: v.proportionaliteit.trim(),
        subsidiariteit: v.subsidiariteit.trim(),
      };
    }
    const casus = await voerWijzigingUit(this.status, () => this.api.deel(this.casus().id, invoer));
    if (!casus) return;
    const naam = this.kandidaten().find((o) => o.id === w.organisatieId)?.naam ?? 'de organisatie';
    this.form.reset({ toestemming: { datum: this.vandaag }, eindDatum: overDagen(90) });
    this.organisatieGekozen();
    this.gewijzigd.emit({ casus, bericht: `De casus is gedeeld met ${naam}.` });
  }
}
