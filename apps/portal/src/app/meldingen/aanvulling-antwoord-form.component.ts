import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import type { AanvullingAntwoord, MeldingCreate, MeldingDto } from '@rmc/shared-api-types';
import { ZORGEN, ZORG_LABELS, type Zorg } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, KeuzegroepComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeldingenApi } from './meldingen.api';
import { TELEFOON } from './melding-controle';
import { ontbrekendeVelden, veldLabel } from './melding-teksten';

/** Fields a school may add or correct with its answer (the rest of a melding is fixed once filed). */
const TEKSTVELDEN = [
  'telefoon',
  'vermoedelijkeReden',
  'doorSchoolOndernomen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
  'toelichtingActieGewenst',
] as const;
const GETALVELDEN = ['verzuimDagen', 'verzuimUren'] as const;
type TekstVeld = (typeof TEKSTVELDEN)[number];
type GetalVeld = (typeof GETALVELDEN)[number];

/**
 * School: answer the region's question, optionally with added or corrected fields. Only fields that
 * changed are sent along (`velden`), so an answer never blanks out what was filed.
 */
@Component({
  selector: 'rmc-aanvulling-antwoord-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, KeuzegroepComponent, ErrorSummaryComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Uw antwoord"
        controlId="aanvulling-antwoord"
        hint="Het RMC ziet uw antwoord in de historie van de melding."
        [fout]="status.fout('antwoord')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="4"
          formControlName="antwoord"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <details class="rmc-details" [open]="ontbrekend().length > 0">
        <summary>Gegevens van de melding aanvullen of verbeteren (niet verplicht)</summary>
        <div class="rmc-details__inhoud">
          @if (ontbrekend().length) {
            <p class="utrecht-paragraph rmc-klein">Nog niet ingevuld: {{ ontbrekendTekst() }}.</p>
          }
          <rmc-keuzegroep
            legend="Zorgen van de school"
            controlId="aanvulling-zorgen"
            [optioneel]="true"
            [fout]="status.fout('zorgen')"
          >
            <div formGroupName="zorgen">
              @for (zorg of zorgen; track zorg; let eerste = $first) {
                <div class="rmc-keuze">
                  <input
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    type="checkbox"
                    [id]="eerste ? 'aanvulling-zorgen' : 'aanvulling-zorgen-' + zorg"
                    [formControlName]="zorg"
                  />
                  <label
                    class="utrecht-form-label utrecht-form-label--checkbox"
                    [for]="eerste ? 'aanvulling-zorgen' : 'aanvulling-zorgen-' + zorg"
                    >{{ zorgLabels[zorg] }}</label
                  >
                </div>
              }
            </div>
          </rmc-keuzegroep>
          @for (veld of getalvelden; track veld) {
            <rmc-form-field
              [label]="label(veld)"
              [controlId]="'aanvulling-' + veld"
              [optioneel]="true"
              [fout]="status.fout(veld)"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="0"
                step="1"
                inputmode="numeric"
                [formControl]="getal(veld)"
              />
            </rmc-form-field>
          }
          @for (veld of tekstvelden; track veld) {
            <rmc-form-field
              [label]="label(veld)"
              [controlId]="'aanvulling-' + veld"
              [optioneel]="true"
              [fout]="status.fout(veld)"
            >
              <textarea
                rmcVeld
                class="utrecht-textarea utrecht-textarea--html-textarea"
                rows="2"
                [formControl]="tekst(veld)"
              ></textarea>
            </rmc-form-field>
          }
        </div>
      </details>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Antwoord versturen
      </button>
    </form>
  `,
})
export class AanvullingAntwoordFormComponent implements OnInit {
  private readonly api = inject(MeldingenApi);
  readonly melding = input.required<MeldingDto>();
  readonly klaar = output<string>();

  protected readonly zorgen = ZORGEN;
  protected readonly zorgLabels = ZORG_LABELS;
  protected readonly tekstvelden = TEKSTVELDEN;
  protected readonly getalvelden = GETALVELDEN;
  protected readonly label = veldLabel;
  protected readonly status = new FormulierStatus();
  protected readonly controlIds: Record<string, string> = Object.fromEntries(
    ['antwoord', 'zorgen', ...TEKSTVELDEN, ...GETALVELDEN].map((v) => [v, `aanvulling-${v}`]),
  );

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    antwoord: '',
    zorgen: this.fb.group(Object.fromEntries(ZORGEN.map((z) => [z, false])) as Record<Zorg, boolean>),
    ...(Object.fromEntries(TEKSTVELDEN.map((v) => [v, this.fb.control('')])) as Record<TekstVeld, FormControl<string>>),
    ...(Object.fromEntries(GETALVELDEN.map((v) => [v, this.fb.control<number | null>(null)])) as Record<
      GetalVeld,
      FormControl<number | null>
    >),
  });

  protected readonly ontbrekend = computed(() => ontbrekendeVelden(this.melding().ontbrekend));
  protected readonly ontbrekendTekst = computed(() => this.ontbrekend().map(veldLabel).join(', '));

  protected tekst(veld: TekstVeld): FormControl<string> {
    return this.form.controls[veld];
  }
  protected getal(veld: GetalVeld): FormControl<number | null> {
    return this.form.controls[veld];
  }

  ngOnInit(): void {
    const m = this.melding();
    for (const v of TEKSTVELDEN) this.form.controls[v].setValue((m[v] as string | undefined) ?? '');
    for (const v of GETALVELDEN) this.form.controls[v].setValue(m[v] ?? null);
    for (const z of ZORGEN) this.form.controls.zorgen.controls[z].setValue((m.zorgen ?? []).includes(z));
  }

  /** Only what differs from the melding as filed. */
  private gewijzigd(): Partial<MeldingCreate> {
    const m = this.melding();
    const w = this.form.getRawValue();
    const velden: Partial<MeldingCreate> = {};
    for (const v of TEKSTVELDEN) if (w[v].trim() && w[v].trim() !== (m[v] ?? '')) velden[v] = w[v].trim();
    for (const v of GETALVELDEN) if (w[v] !== null && w[v] !== m[v]) velden[v] = Number(w[v]);
    const zorgen = ZORGEN.filter((z) => w.zorgen[z]);
    if (zorgen.join() !== [...(m.zorgen ?? [])].filter((z) => (ZORGEN as readonly string[]).includes(z)).join())
      velden.zorgen = zorgen;
    return velden;
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const antwoord = this.form.getRawValue().antwoord.trim();
    const fouten: Record<string, string> = {};
    if (antwoord.length < 2) fouten['antwoord'] = 'Schrijf uw antwoord op de vraag van het RMC.';
    for (const v of GETALVELDEN) {
      const waarde = this.form.getRawValue()[v];
      if (waarde !== null && (!Number.isInteger(Number(waarde)) || Number(waarde) < 0))
        fouten[v] = `Vul bij “${veldLabel(v)}” een heel getal van 0 of meer in.`;
    }
    const telefoon = this.form.getRawValue().telefoon.trim();
    if (telefoon && !TELEFOON.test(telefoon)) fouten['telefoon'] = 'Vul een geldig telefoonnummer in, zoals 06-12345678.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const velden = this.gewijzigd();
    const invoer: AanvullingAntwoord = Object.keys(velden).length ? { antwoord, velden } : { antwoord };
    const gelukt = await this.status.voerUit(() => this.api.vulAan(this.melding().id, invoer));
    if (!gelukt) {
      // The API may name corrected fields as "velden.<naam>": show them at the field itself.
      this.status.velden.update((v) =>
        Object.fromEntries(Object.entries(v).map(([veld, tekst]) => [veld.replace(/^velden\./, ''), tekst])),
      );
      return;
    }
    this.klaar.emit('Uw antwoord is naar het RMC gestuurd. De melding staat weer bij de regio.');
  }
}
