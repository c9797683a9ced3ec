import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { AgendaInhoudDto, VerzuimagendaDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { VerzuimagendaApi } from './verzuimagenda.api';

type NormGroep = FormGroup<{
  label: FormControl<string>;
  minUren: FormControl<number | null>;
  minDagen: FormControl<number | null>;
  oppakTermijnWerkdagen: FormControl<number | null>;
  actieGewenstWanneer: FormControl<string>;
  voorafDoorSchool: FormControl<string>;
  actieRegio: FormControl<string>;
  terugkoppeling: FormControl<string>;
}>;
type ContactGroep = FormGroup<{
  vestigingId: FormControl<string>;
  schoolContact: FormControl<string>;
  regioContact: FormControl<string>;
}>;

const NORM_TEKSTVELDEN = [
  ['actieGewenstWanneer', 'Wanneer is actie gewenst?'],
  ['voorafDoorSchool', 'Wat doet de school vóór de melding?'],
  ['actieRegio', 'Wat doet de regio?'],
  ['terugkoppeling', 'Hoe en wanneer koppelt de regio terug?'],
] as const;

const heel = (v: number | null) => v === null || (Number.isInteger(Number(v)) && String(v) !== '');

/**
 * Edit the norms, contact persons and prevention agreements. The kinds themselves, their required and
 * recommended fields and the 7-day flag stay as they are (the legal core; the API guards it too).
 * Saving a vastgesteld agenda makes a new version (concept); the API answers with it.
 */
@Component({
  selector: 'rmc-agenda-inhoud-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds()" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="opslaan()" novalidate>
      <div formArrayName="normen">
        @for (groep of normen.controls; track $index; let i = $index) {
          <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" [formGroupName]="i">
            <legend class="utrecht-form-fieldset__legend rmc-groep__legend">{{ agenda().inhoud.normen[i].label }}</legend>
            <rmc-form-field label="Naam" [controlId]="id(i, 'label')" [fout]="status.fout('normen.' + i + '.label')">
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input"
                type="text"
                formControlName="label"
                aria-required="true"
              />
            </rmc-form-field>
            <rmc-form-field
              label="Drempel in uren"
              [controlId]="id(i, 'minUren')"
              hint="Leeg: geen drempel in uren."
              [optioneel]="true"
              [fout]="status.fout('normen.' + i + '.minUren')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="1"
                max="500"
                step="1"
                formControlName="minUren"
              />
            </rmc-form-field>
            <rmc-form-field
              label="Drempel in dagen"
              [controlId]="id(i, 'minDagen')"
              hint="Leeg: geen drempel in dagen."
              [optioneel]="true"
              [fout]="status.fout('normen.' + i + '.minDagen')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="1"
                max="200"
                step="1"
                formControlName="minDagen"
              />
            </rmc-form-field>
            <rmc-form-field
              label="Oppaktermijn in werkdagen"
              [controlId]="id(i, 'oppakTermijnWerkdagen')"
              hint="1 tot en met 60. Weekenden en feestdagen tellen niet mee."
              [fout]="status.fout('normen.' + i + '.oppakTermijnWerkdagen')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="1"
                max="60"
                step="1"
                formControlName="oppakTermijnWerkdagen"
                aria-required="true"
              />
            </rmc-form-field>
            @for (veld of tekstvelden; track veld[0]) {
              <rmc-form-field [label]="veld[1]" [controlId]="id(i, veld[0])" [fout]="status.fout('normen.' + i + '.' + veld[0])">
                <textarea
                  rmcVeld
                  class="utrecht-textarea utrecht-textarea--html-textarea"
                  rows="2"
                  [formControlName]="veld[0]"
                ></textarea>
              </rmc-form-field>
            }
          </fieldset>
        }
      </div>

      @if (contactpersonen.length) {
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" formArrayName="contactpersonen">
          <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Vaste contactpersonen per vestiging</legend>
          @for (groep of contactpersonen.controls; track $index; let i = $index) {
            <div [formGroupName]="i">
              <h3 class="utrecht-heading-3">{{ vestigingNaam(groep.controls.vestigingId.value) }}</h3>
              <rmc-form-field
                label="Contactpersoon school"
                [controlId]="'agenda-contactpersonen-' + i + '-schoolContact'"
                [optioneel]="true"
                [fout]="status.fout('contactpersonen.' + i + '.schoolContact')"
              >
                <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="schoolContact" />
              </rmc-form-field>
              <rmc-form-field
                label="Contactpersoon regio"
                [controlId]="'agenda-contactpersonen-' + i + '-regioContact'"
                [optioneel]="true"
                [fout]="status.fout('contactpersonen.' + i + '.regioContact')"
              >
                <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="regioContact" />
              </rmc-form-field>
            </div>
          }
        </fieldset>
      }

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" formGroupName="preventie">
        <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Preventie en overleg</legend>
        <rmc-form-field soort="checkbox" label="Er is een verzuimspreekuur" controlId="agenda-preventie-verzuimspreekuur">
          <input
            rmcVeld
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            formControlName="verzuimspreekuur"
          />
        </rmc-form-field>
        <rmc-form-field
          label="RMC aanwezig op locatie"
          controlId="agenda-preventie-rmcOpLocatie"
          [optioneel]="true"
          [fout]="status.fout('preventie.rmcOpLocatie')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="2"
            formControlName="rmcOpLocatie"
          ></textarea>
        </rmc-form-field>
        <rmc-form-field
          label="Overige preventieafspraken"
          controlId="agenda-preventie-overig"
          [optioneel]="true"
          [fout]="status.fout('preventie.overig')"
        >
          <textarea rmcVeld class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="overig"></textarea>
        </rmc-form-field>
      </fieldset>
      <rmc-form-field
        label="Startoverleg"
        controlId="agenda-startoverleg"
        hint="Wanneer en met wie het overleg aan het begin van het schooljaar is."
        [optioneel]="true"
        [fout]="status.fout('startoverleg')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="2"
          formControlName="startoverleg"
        ></textarea>
      </rmc-form-field>

      <p class="utrecht-paragraph rmc-klein">{{ gevolg() }}</p>
      <div class="rmc-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Wijzigingen opslaan
        </button>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="geannuleerd.emit()">
          Annuleren
        </button>
      </div>
    </form>
  `,
})
export class AgendaInhoudFormComponent implements OnInit {
  private readonly api = inject(VerzuimagendaApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly agenda = input.required<VerzuimagendaDto>();
  readonly opgeslagen = output<VerzuimagendaDto>();
  readonly geannuleerd = output<void>();

  protected readonly tekstvelden = NORM_TEKSTVELDEN;
  protected readonly status = new FormulierStatus();
  protected readonly form = this.fb.group({
    normen: this.fb.array<NormGroep>([]),
    contactpersonen: this.fb.array<ContactGroep>([]),
    preventie: this.fb.group({ verzuimspreekuur: false, rmcOpLocatie: '', overig: '' }),
    startoverleg: '',
  });
  protected get normen(): FormArray<NormGroep> {
    return this.form.controls.normen;
  }
  protected get contactpersonen(): FormArray<ContactGroep> {
    return this.form.controls.contactpersonen;
  }

  protected readonly gevolg = computed(() => {
    switch (this.agenda().status) {
      case 'vastgesteld':
        return 'Deze agenda is vastgesteld. Opslaan maakt een nieuwe versie (concept); de huidige versie blijft gelden tot de nieuwe is vastgesteld.';
      case 'ter-accordering':
        return 'Deze agenda staat ter accordering. Na opslaan is het weer een concept en vervallen de goedkeuringen.';
      default:
        return 'De agenda blijft een concept tot u hem ter accordering aanbiedt.';
    }
  });

  protected readonly controlIds = computed<Record<string, string>>(() => {
    const ids: Record<string, string> = {
      startoverleg: 'agenda-startoverleg',
      'preventie.rmcOpLocatie': 'agenda-preventie-rmcOpLocatie',
      'preventie.overig': 'agenda-preventie-overig',
    };
    this.agenda().inhoud.normen.forEach((_n, i) => {
      for (const veld of ['label', 'minUren', 'minDagen', 'oppakTermijnWerkdagen', ...NORM_TEKSTVELDEN.map((v) => v[0])])
        ids[`normen.${i}.${veld}`] = this.id(i, veld);
    });
    this.agenda().vestigingen.forEach((_v, i) => {
      ids[`contactpersonen.${i}.schoolContact`] = `agenda-contactpersonen-${i}-schoolContact`;
      ids[`contactpersonen.${i}.regioContact`] = `agenda-contactpersonen-${i}-regioContact`;
    });
    return ids;
  });

  protected id(i: number, veld: string): string {
    return `agenda-normen-${i}-${veld}`;
  }

  protected vestigingNaam(id: string): string {
    return this.agenda().vestigingen.find((v) => v.id === id)?.naam ?? 'Vestiging';
  }

  ngOnInit(): void {
    const { inhoud, vestigingen } = this.agenda();
    for (const n of inhoud.normen)
      this.normen.push(
        this.fb.group({
          label: n.label,
          minUren: this.fb.control<number | null>(n.minUren ?? null),
          minDagen: this.fb.control<number | null>(n.minDagen ?? null),
          oppakTermijnWerkdagen: this.fb.control<number | null>(n.oppakTermijnWerkdagen),
          actieGewenstWanneer: n.actieGewenstWanneer,
          voorafDoorSchool: n.voorafDoorSchool,
          actieRegio: n.actieRegio,
          terugkoppeling: n.terugkoppeling,
        }),
      );
    for (const v of vestigingen) {
      const c = inhoud.contactpersonen.find((x) => x.vestigingId === v.id);
      this.contactpersonen.push(
        this.fb.group({ vestigingId: v.id, schoolContact: c?.schoolContact ?? '', regioContact: c?.regioContact ?? '' }),
      );
    }
    this.form.controls.preventie.setValue({ ...inhoud.preventie });
    this.form.controls.startoverleg.setValue(inhoud.startoverleg);
  }

  private inhoud(): AgendaInhoudDto {
    const w = this.form.getRawValue();
    const origineel = this.agenda().inhoud;
    return {
      normen: origineel.normen.map((n, i) => {
        const e = w.normen[i];
        const { minUren: _u, minDagen: _d, ...rest } = n;
        return {
          ...rest,
          label: e.label.trim(),
          ...(e.minUren !== null && String(e.minUren) !== '' ? { minUren: Number(e.minUren) } : {}),
          ...(e.minDagen !== null && String(e.minDagen) !== '' ? { minDagen: Number(e.minDagen) } : {}),
          oppakTermijnWerkdagen: Number(e.oppakTermijnWerkdagen),
          actieGewenstWanneer: e.actieGewenstWanneer.trim(),
          voorafDoorSchool: e.voorafDoorSchool.trim(),
          actieRegio: e.actieRegio.trim(),
          terugkoppeling: e.terugkoppeling.trim(),
        };
      }),
      contactpersonen: w.contactpersonen
        .map((c) => ({ vestigingId: c.vestigingId, schoolContact: c.schoolContact.trim(), regioContact: c.regioContact.trim() }))
        .filter((c) => c.schoolContact || c.regioContact),
      preventie: {
        verzuimspreekuur: w.preventie.verzuimspreekuur,
        rmcOpLocatie: w.preventie.rmcOpLocatie.trim(),
        overig: w.preventie.overig.trim(),
      },
      startoverleg: w.startoverleg.trim(),
    };
  }

  private controleer(): Record<string, string> {
    const fouten: Record<string, string> = {};
    this.form.getRawValue().normen.forEach((n, i) => {
      if (n.label.trim().length < 2) fouten[`normen.${i}.label`] = 'Vul een naam in van minstens 2 tekens.';
      if (n.minUren !== null && (!heel(n.minUren) || n.minUren < 1 || n.minUren > 500))
        fouten[`normen.${i}.minUren`] = 'Vul 1 tot en met 500 uur in, of laat het leeg.';
      if (n.minDagen !== null && (!heel(n.minDagen) || n.minDagen < 1 || n.minDagen > 200))
        fouten[`normen.${i}.minDagen`] = 'Vul 1 tot en met 200 dagen in, of laat het leeg.';
      const t = n.oppakTermijnWerkdagen;
      if (t === null || !heel(t) || t < 1 || t > 60)
        fouten[`normen.${i}.oppakTermijnWerkdagen`] = 'Vul een oppaktermijn van 1 tot en met 60 werkdagen in.';
    });
    return fouten;
  }

  protected async opslaan(): Promise<void> {
    if (this.status.bezig()) return;
    const fouten = this.controleer();
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    let antwoord: VerzuimagendaDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      antwoord = await this.api.wijzig(this.agenda().id, this.inhoud());
    });
    if (!gelukt) {
      // The API names fields as "inhoud.normen.0.label": show them at the control.
      this.status.velden.update((v) =>
        Object.fromEntries(Object.entries(v).map(([veld, tekst]) => [veld.replace(/^inhoud\./, ''), tekst])),
      );
      return;
    }
    if (antwoord) this.opgeslagen.emit(antwoord);
  }
}
