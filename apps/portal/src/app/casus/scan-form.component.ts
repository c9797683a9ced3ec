import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormBuilder, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, LeefgebiedScore, ScanInput } from '@rmc/shared-api-types';
import { LEEFGEBIEDEN, type Leefgebied } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, formatDatum } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { LEEFGEBIED_LABELS, type CasusWijziging } from './casus-teksten';

export const SCORE_LABELS: Record<number, string> = {
  1: '1 – acute problemen',
  2: '2 – niet zelfredzaam',
  3: '3 – beperkt zelfredzaam',
  4: '4 – voldoende zelfredzaam',
  5: '5 – volledig zelfredzaam',
};

type DomeinGroep = FormGroup<{ score: FormControl<string>; notitie: FormControl<string> }>;

/** A scan of the 13 life domains: a score 1–5 and a factual note per domain; unscored domains are left out. */
@Component({
  selector: 'rmc-scan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <div class="rmc-norm" id="scan-uitleg">
      <p class="utrecht-paragraph rmc-norm__kop"><strong>Feiten en ondersteuningsbehoeften, geen diagnoses.</strong></p>
      <p class="utrecht-paragraph">
        Schrijf op wat u ziet en wat de jongere vertelt (“slaapt slecht, mist afspraken”), en welke steun nodig is. Geen
        vermoedens over oorzaken of ziektes (“depressief”). Scoor alleen de leefgebieden die u heeft besproken; de rest blijft
        leeg.
      </p>
    </div>
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form
      class="rmc-formulier rmc-formulier--breed"
      [formGroup]="form"
      (ngSubmit)="verstuur()"
      novalidate
      aria-describedby="scan-uitleg"
    >
      <rmc-form-field label="Datum van de scan" controlId="scan-datum" [fout]="status.fout('datum')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
          type="date"
          [max]="vandaag"
          formControlName="datum"
          aria-required="true"
        />
      </rmc-form-field>
      <div formGroupName="scores">
        @for (d of domeinen; track d) {
          <fieldset class="rmc-scan-domein" [formGroupName]="d">
            <legend class="rmc-scan-domein__legend">{{ labels[d] }}</legend>
            <rmc-form-field
              label="Score"
              [controlId]="'scan-' + d + '-score'"
              [optioneel]="true"
              [hint]="vorige()[d] ?? null"
              [fout]="status.fout('scores.' + d + '.score') ?? status.fout('scores.' + d)"
            >
              <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="score">
                <option value="">Niet gescoord</option>
                @for (s of scores; track s) {
                  <option [value]="s">{{ scoreLabels[s] }}</option>
                }
              </select>
            </rmc-form-field>
            <rmc-form-field
              label="Feiten en ondersteuningsbehoefte"
              [controlId]="'scan-' + d + '-notitie'"
              [optioneel]="true"
              [fout]="status.fout('scores.' + d + '.notitie')"
            >
              <textarea
                rmcVeld
                class="utrecht-textarea utrecht-textarea--html-textarea"
                rows="2"
                formControlName="notitie"
              ></textarea>
            </rmc-form-field>
          </fieldset>
        }
      </div>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Scan opslaan
      </button>
    </form>
  `,
  styles: `
    .rmc-scan-domein {
      display: grid;
      gap: 0 1.5rem;
      margin: 0 0 1rem;
      padding: 0.75rem 1rem 0;
      border: 2px solid var(--rmc-lijn);
      border-radius: 4px;
      min-inline-size: 0;
    }

    @media (min-width: 48rem) {
      .rmc-scan-domein {
        grid-template-columns: 12rem minmax(0, 1fr);
      }
    }

    .rmc-scan-domein__legend {
      padding-inline: 0.5rem;
      font-weight: 700;
      color: var(--rmc-donkerblauw);
    }
  `,
})
export class ScanFormComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly vandaag = vandaagInNederland();
  protected readonly domeinen = LEEFGEBIEDEN;
  protected readonly labels = LEEFGEBIED_LABELS;
  protected readonly scores = [1, 2, 3, 4, 5];
  protected readonly scoreLabels = SCORE_LABELS;
  protected readonly status = new FormulierStatus();
  protected readonly controlIds: Record<string, string> = {
    datum: 'scan-datum',
    scores: `scan-${LEEFGEBIEDEN[0]}-score`,
    ...Object.fromEntries(
      LEEFGEBIEDEN.flatMap((d) => [
        [`scores.${d}`, `scan-${d}-score`],
        [`scores.${d}.score`, `scan-${d}-score`],
        [`scores.${d}.notitie`, `scan-${d}-notitie`],
      ]),
    ),
  };

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    datum: this.vandaag,
    scores: this.fb.group(
      Object.fromEntries(LEEFGEBIEDEN.map((d) => [d, this.fb.group({ score: '', notitie: '' }) as DomeinGroep])) as Record<
        Leefgebied,
        DomeinGroep
      >,
    ),
  });

  /** The previous score per domain, as a hint: the scan shows progress against it. */
  protected readonly vorige = computed(() => {
    const laatste = this.casus().leefgebieden?.at(-1);
    const uit: Partial<Record<Leefgebied, string>> = {};
    if (!laatste) return uit;
    for (const d of LEEFGEBIEDEN) {
      const s = laatste.scores[d];
      if (s) uit[d] = `Vorige score: ${s.score} (${formatDatum(laatste.datum)}).`;
    }
    return uit;
  });

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { datum, scores } = this.form.getRawValue();
    const ingevuld: ScanInput['scores'] = {};
    const fouten: Record<string, string> = {};
    for (const d of LEEFGEBIEDEN) {
      const { score, notitie } = scores[d];
      if (!score) {
        if (notitie.trim())
          fouten[`scores.${d}.score`] = `Geef een score voor ${LEEFGEBIED_LABELS[d].toLowerCase()}, of laat de notitie leeg.`;
        continue;
      }
      const waarde: LeefgebiedScore = { score: Number(score) };
      if (notitie.trim()) waarde.notitie = notitie.trim();
      ingevuld[d] = waarde;
    }
    if (!datum) fouten['datum'] = 'Vul de datum van de scan in.';
    if (!Object.keys(ingevuld).length && !Object.keys(fouten).length)
      fouten['scores'] = `Scoor minstens één van de ${LEEFGEBIEDEN.length} leefgebieden.`;
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const casus = await voerWijzigingUit(this.status, () => this.api.scan(this.casus().id, { datum, scores: ingevuld }));
    if (!casus) return;
    this.form.reset({ datum: this.vandaag });
    this.gewijzigd.emit({ casus, bericht: `De scan is opgeslagen (${Object.keys(ingevuld).length} leefgebieden).` });
  }
}
