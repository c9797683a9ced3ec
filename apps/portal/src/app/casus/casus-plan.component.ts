import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, input, output } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, OrganisatieDto, PlanActieDto, PlanActieInput, PlanInput } from '@rmc/shared-api-types';
import {
  CONTACT_MET, CONTACT_MET_LABELS, DOEL_STATUS_LABELS, DOEL_STATUSSEN, PLAN_MAX, controleerPlan, type Contactafspraak, type ContactMet, type DoelStatus, type PlanDoel, type PlanVanAanpak,
} from '@rmc/shared-domain';
import { DataTableComponent, ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, focusOpElement, formatDatum, type Kolom } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { ActieStatusFormComponent } from './actie-status-form.component';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { RegieFormComponent } from './regie-form.component';
import { actieStatusBadge, type CasusWijziging } from './casus-teksten';

/** Open and past its deadline. */
export function overTijd(a: PlanActieDto, vandaag = vandaagInNederland()): boolean {
  return a.status === 'open' && !!a.deadline && a.deadline < vandaag;
}

type DoelGroep = FormGroup<{ omschrijving: FormControl<string>; status: FormControl<DoelStatus> }>;
type AfspraakGroep = FormGroup<{ met: FormControl<ContactMet>; organisatieId: FormControl<string>; afspraak: FormControl<string>; volgendeDatum: FormControl<string> }>;

const doelId = (i: number, veld: string) => `plan-doel-${i}-${veld}`;
const afspraakId = (i: number, veld: string) => `plan-afspraak-${i}-${veld}`;
const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * Plannen: the plan van aanpak — actions owned by the consulent or a partner organisation, the regie, and the
 * goals and agreed contact moments (RMC only: a partner never receives them).
 */
@Component({
  selector: 'rmc-casus-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, DataTableComponent, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective, ActieStatusFormComponent, RegieFormComponent],
  template: `
    <section aria-labelledby="plan-kop">
      <h2 class="utrecht-heading-2" id="plan-kop">Plan van aanpak</h2>
      <rmc-data-table
        bijschrift="Acties in het plan van aanpak"
        [kolommen]="kolommen"
        [rijen]="acties()"
        [rijKlasse]="rijKlasse"
        leegTekst="Het plan heeft nog geen acties."
      />
      @if (beheer()) {
        @for (a of acties(); track a.id) {
          <details class="rmc-details">
            <summary>Status wijzigen: {{ a.omschrijving }}</summary>
            <div class="rmc-details__inhoud">
              <rmc-actie-status-form [casusId]="casus().id" [actie]="a" [metOpen]="true" (gewijzigd)="gewijzigd.emit($event)" />
            </div>
          </details>
        }

        <h3 class="utrecht-heading-3" id="actie-kop">Actie toevoegen</h3>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="voegToe()" novalidate>
          <rmc-form-field label="Omschrijving" controlId="actie-omschrijving" hint="Wat moet er gebeuren? Eén concrete actie." [fout]="status.fout('omschrijving')">
            <textarea rmcVeld class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" formControlName="omschrijving" aria-required="true"></textarea>
          </rmc-form-field>
          <rmc-form-field label="Eigenaar" controlId="actie-eigenaar" hint="De organisatie die de actie uitvoert. Een partner ziet alleen de eigen acties." [fout]="status.fout('eigenaarOrganisatieId')">
            <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="eigenaarOrganisatieId">
              <option value="">RMC-consulent</option>
              @for (o of partners(); track o.id) {
                <option [value]="o.id">{{ o.naam }}</option>
              }
            </select>
          </rmc-form-field>
          <rmc-form-field label="Deadline" controlId="actie-deadline" [optioneel]="true" [fout]="status.fout('deadline')">
            <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel" type="date" [min]="vandaag" formControlName="deadline" />
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">Actie toevoegen</button>
        </form>

        <h3 class="utrecht-heading-3" id="regie-kop">Regie</h3>
        <p class="utrecht-paragraph">
          De procesregie ligt altijd bij een consulent van de regio. De casusregie (de regiehouder) ligt bij de consulent of bij één partnerorganisatie.
        </p>
        <rmc-regie-form [casus]="casus()" [organisaties]="partners()" (gewijzigd)="gewijzigd.emit($event)" />

        <rmc-error-summary [detail]="planStatus.detail()" [fouten]="planStatus.velden()" [controlIds]="planControlIds" />
        <form class="rmc-formulier rmc-formulier--breed" [formGroup]="planForm()" (ngSubmit)="slaPlanOp()" novalidate>
          <section aria-labelledby="doelen-kop" formArrayName="doelen">
            <h3 class="utrecht-heading-3" id="doelen-kop">Doelen</h3>
            <p class="utrecht-paragraph">Beschrijf wat de jongere wil bereiken, geen diagnoses.</p>
            <rmc-data-table bijschrift="Vastgelegde doelen" [kolommen]="doelKolommen" [rijen]="doelen()" leegTekst="Er zijn nog geen doelen vastgelegd." />
            @for (groep of doelRijen().controls; track groep; let i = $index) {
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" [formGroupName]="i">
                <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Doel {{ i + 1 }}</legend>
                <rmc-form-field label="Wat wil de jongere bereiken?" [controlId]="doelId(i, 'omschrijving')" [fout]="planStatus.fout('doelen.' + i + '.omschrijving')">
                  <textarea rmcVeld class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" maxlength="500" formControlName="omschrijving" aria-required="true"></textarea>
                </rmc-form-field>
                <rmc-form-field label="Status" [controlId]="doelId(i, 'status')" [fout]="planStatus.fout('doelen.' + i + '.status')">
                  <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="status">
                    @for (s of doelStatussen; track s) {
                      <option [value]="s">{{ doelStatusLabels[s] }}</option>
                    }
                  </select>
                </rmc-form-field>
                <p class="utrecht-paragraph">
                  <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verwijderDoel(i)">Doel {{ i + 1 }} verwijderen</button>
                </p>
              </fieldset>
            }
            @if (doelRijen().length >= max) {
              <p class="utrecht-paragraph" id="plan-doel-toevoegen">Een plan heeft hoogstens {{ max }} doelen.</p>
            } @else {
              <p class="utrecht-paragraph">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" id="plan-doel-toevoegen" (click)="voegDoelToe()">Doel toevoegen</button>
              </p>
            }
          </section>

          <section aria-labelledby="contactafspraken-kop" formArrayName="contactafspraken">
            <h3 class="utrecht-heading-3" id="contactafspraken-kop">Contactafspraken</h3>
            <p class="utrecht-paragraph">Wanneer en hoe er contact is met de jongere of met een partnerorganisatie.</p>
            <rmc-data-table
              bijschrift="Vastgelegde contactafspraken"
              [kolommen]="afspraakKolommen"
              [rijen]="contactafspraken()"
              leegTekst="Er zijn nog geen contactafspraken vastgelegd."
            />
            @for (groep of afspraakRijen().controls; track groep; let i = $index) {
              <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" [formGroupName]="i">
                <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Contactafspraak {{ i + 1 }}</legend>
                <rmc-form-field label="Met wie" [controlId]="afspraakId(i, 'met')" [fout]="planStatus.fout('contactafspraken.' + i + '.met')">
                  <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="met">
                    @for (m of contactMet; track m) {
                      <option [value]="m">{{ contactMetLabels[m] }}</option>
                    }
                  </select>
                </rmc-form-field>
                @if (groep.controls.met.value === 'partner') {
                  <rmc-form-field
                    label="Partnerorganisatie"
                    [controlId]="afspraakId(i, 'organisatieId')"
                    hint="Een organisatie uit de regio van deze casus."
                    [fout]="planStatus.fout('contactafspraken.' + i + '.organisatieId')"
                  >
                    <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="organisatieId" aria-required="true">
                      <option value="">Kies een organisatie</option>
                      @for (o of partners(); track o.id) {
                        <option [value]="o.id">{{ o.naam }}</option>
                      }
                    </select>
                  </rmc-form-field>
                }
                <rmc-form-field label="Afspraak" [controlId]="afspraakId(i, 'afspraak')" hint="Bijvoorbeeld: elke twee weken bellen." [fout]="planStatus.fout('contactafspraken.' + i + '.afspraak')">
                  <textarea rmcVeld class="utrecht-textarea utrecht-textarea--html-textarea" rows="2" maxlength="500" formControlName="afspraak" aria-required="true"></textarea>
                </rmc-form-field>
                <rmc-form-field label="Datum volgende contact" [controlId]="afspraakId(i, 'volgendeDatum')" [optioneel]="true" [fout]="planStatus.fout('contactafspraken.' + i + '.volgendeDatum')">
                  <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel" type="date" formControlName="volgendeDatum" />
                </rmc-form-field>
                <p class="utrecht-paragraph">
                  <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verwijderAfspraak(i)">Contactafspraak {{ i + 1 }} verwijderen</button>
                </p>
              </fieldset>
            }
            @if (afspraakRijen().length >= max) {
              <p class="utrecht-paragraph" id="plan-afspraak-toevoegen">Een plan heeft hoogstens {{ max }} contactafspraken.</p>
            } @else {
              <p class="utrecht-paragraph">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" id="plan-afspraak-toevoegen" (click)="voegAfspraakToe()">Contactafspraak toevoegen</button>
              </p>
            }
          </section>

          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="planStatus.bezig()">Plan opslaan</button>
        </form>
      } @else if (plan()) {
        <section aria-labelledby="doelen-kop">
          <h3 class="utrecht-heading-3" id="doelen-kop">Doelen</h3>
          <rmc-data-table bijschrift="Vastgelegde doelen" [kolommen]="doelKolommen" [rijen]="doelen()" leegTekst="Er zijn nog geen doelen vastgelegd." />
        </section>
        <section aria-labelledby="contactafspraken-kop">
          <h3 class="utrecht-heading-3" id="contactafspraken-kop">Contactafspraken</h3>
          <rmc-data-table
            bijschrift="Vastgelegde contactafspraken"
            [kolommen]="afspraakKolommen"
            [rijen]="contactafspraken()"
            leegTekst="Er zijn nog geen contactafspraken vastgelegd."
          />
        </section>
      }
    </section>
  `,
})
export class CasusPlanComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly organisaties = input<OrganisatieDto[]>([]);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly vandaag = vandaagInNederland();
  protected readonly acties = computed(() => this.casus().acties ?? []);
  /** The region's own team is "RMC-consulent" (no owner organisation). */
  protected readonly partners = computed(() => this.organisaties().filter((o) => o.soort !== 'regio-team'));
  protected readonly kolommen: Kolom<PlanActieDto>[] = [
    { kop: 'Actie', waarde: (a) => a.omschrijving },
    { kop: 'Eigenaar', waarde: (a) => a.eigenaar ?? 'RMC-consulent' },
    { kop: 'Deadline', waarde: (a) => formatDatum(a.deadline) || 'Geen', badges: (a) => (overTijd(a) ? [{ tekst: 'Over tijd', soort: 'fout' }] : []) },
    { kop: 'Status', waarde: () => '', badges: (a) => [actieStatusBadge(a.status)] },
    { kop: 'Toelichting', waarde: (a) => a.toelichting },
  ];
  protected readonly rijKlasse = (a: PlanActieDto) => (overTijd(a) ? 'rmc-rij--te-laat' : null);

  // Goals and agreed contact moments: one form for both lists, saved together ("Plan opslaan").
  protected readonly max = PLAN_MAX;
  protected readonly doelStatussen = DOEL_STATUSSEN;
  protected readonly doelStatusLabels = DOEL_STATUS_LABELS;
  protected readonly contactMet = CONTACT_MET;
  protected readonly contactMetLabels = CONTACT_MET_LABELS;
  protected readonly doelId = doelId;
  protected readonly afspraakId = afspraakId;
  /** The saved plan; equal content is the same plan, so another change of the case keeps unsaved edits. */
  protected readonly plan = computed<PlanVanAanpak | null>(() => this.casus().plan ?? null, { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  protected readonly doelen = computed(() => this.plan()?.doelen ?? []);
  protected readonly contactafspraken = computed(() => this.plan()?.contactafspraken ?? []);
  protected readonly doelKolommen: Kolom<PlanDoel>[] = [
    { kop: 'Doel', waarde: (d) => d.omschrijving },
    { kop: 'Status', waarde: (d) => DOEL_STATUS_LABELS[d.status] ?? d.status },
  ];
  protected readonly afspraakKolommen: Kolom<Contactafspraak>[] = [
    { kop: 'Met', waarde: (a) => this.metWie(a) },
    { kop: 'Afspraak', waarde: (a) => a.afspraak },
    { kop: 'Volgende contact', waarde: (a) => formatDatum(a.volgendeDatum) || 'Niet afgesproken' },
  ];
  protected readonly planStatus = new FormulierStatus();
  protected readonly planControlIds: Record<string, string> = Object.fromEntries([
    ['doelen', 'plan-doel-toevoegen'],
    ['contactafspraken', 'plan-afspraak-toevoegen'],
    ...Array.from({ length: PLAN_MAX }, (_, i) => [
      [`doelen.${i}.omschrijving`, doelId(i, 'omschrijving')],
      [`doelen.${i}.status`, doelId(i, 'status')],
      ...['met', 'organisatieId', 'afspraak', 'volgendeDatum'].map((veld) => [`contactafspraken.${i}.${veld}`, afspraakId(i, veld)]),
    ]).flat(),
  ]);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  protected readonly planForm = computed(() => {
    const plan = this.plan();
    return this.fb.group({
      doelen: this.fb.array<DoelGroep>((plan?.doelen ?? []).map((d) => this.doelGroep(d))),
      contactafspraken: this.fb.array<AfspraakGroep>((plan?.contactafspraken ?? []).map((a) => this.afspraakGroep(a))),
    });
  });
  protected readonly doelRijen = computed(() => this.planForm().controls.doelen as FormArray<DoelGroep>);
  protected readonly afspraakRijen = computed(() => this.planForm().controls.contactafspraken as FormArray<AfspraakGroep>);

  protected readonly controlIds = { omschrijving: 'actie-omschrijving', eigenaarOrganisatieId: 'actie-eigenaar', deadline: 'actie-deadline' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ omschrijving: '', eigenaarOrganisatieId: '', deadline: '' });

  protected async voegToe(): Promise<void> {
    if (this.status.bezig()) return;
    const { omschrijving, eigenaarOrganisatieId, deadline } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (omschrijving.trim().length < 3) fouten['omschrijving'] = 'Omschrijf de actie (minstens 3 tekens).';
    if (deadline && deadline < this.vandaag) fouten['deadline'] = 'De deadline ligt in het verleden.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: PlanActieInput = { omschrijving: omschrijving.trim() };
    if (eigenaarOrganisatieId) invoer.eigenaarOrganisatieId = eigenaarOrganisatieId;
    if (deadline) invoer.deadline = deadline;
    const casus = await voerWijzigingUit(this.status, () => this.api.actie(this.casus().id, invoer));
    if (!casus) return;
    this.form.reset();
    const eigenaar = this.partners().find((o) => o.id === eigenaarOrganisatieId)?.naam ?? 'de RMC-consulent';
    this.gewijzigd.emit({ casus, bericht: `De actie “${invoer.omschrijving}” is toegevoegd voor ${eigenaar}.` });
  }

  private doelGroep(d?: PlanDoel): DoelGroep {
    return this.fb.group({ omschrijving: d?.omschrijving ?? '', status: this.fb.control<DoelStatus>(d?.status ?? 'open') });
  }

  private afspraakGroep(a?: Contactafspraak): AfspraakGroep {
    return this.fb.group({
      met: this.fb.control<ContactMet>(a?.met ?? 'jongere'),
      organisatieId: a?.organisatieId ?? '',
      afspraak: a?.afspraak ?? '',
      volgendeDatum: a?.volgendeDatum ?? '',
    });
  }

  private metWie(a: Contactafspraak): string {
    if (a.met === 'jongere') return 'De jongere';
    return this.organisaties().find((o) => o.id === a.organisatieId)?.naam ?? 'Partnerorganisatie';
  }

  /** Focus once the rows are rendered (a new row, or the one that took a removed row's place). */
  private focusNaRender(id: string): void {
    afterNextRender(() => focusOpElement(id), { injector: this.injector });
  }

  /** A new row gets the focus; a removed row hands it to the row now in its place, the one before, or the add button. */
  protected voegDoelToe(): void {
    this.doelRijen().push(this.doelGroep());
    this.focusNaRender(doelId(this.doelRijen().length - 1, 'omschrijving'));
  }

  protected verwijderDoel(i: number): void {
    this.doelRijen().removeAt(i);
    // Field errors name rows by number: after a removal they would point at the wrong row.
    this.planStatus.wis();
    const n = this.doelRijen().length;
    this.focusNaRender(n ? doelId(Math.min(i, n - 1), 'omschrijving') : 'plan-doel-toevoegen');
  }

  protected voegAfspraakToe(): void {
    this.afspraakRijen().push(this.afspraakGroep());
    this.focusNaRender(afspraakId(this.afspraakRijen().length - 1, 'met'));
  }

  protected verwijderAfspraak(i: number): void {
    this.afspraakRijen().removeAt(i);
    this.planStatus.wis();
    const n = this.afspraakRijen().length;
    this.focusNaRender(n ? afspraakId(Math.min(i, n - 1), 'met') : 'plan-afspraak-toevoegen');
  }

  protected async slaPlanOp(): Promise<void> {
    if (this.planStatus.bezig()) return;
    const w = this.planForm().getRawValue();
    const invoer: PlanInput = {
      doelen: w.doelen.map((d) => ({ omschrijving: d.omschrijving.trim(), status: d.status })),
      contactafspraken: w.contactafspraken.map((a) => ({
        met: a.met,
        ...(a.met === 'partner' && a.organisatieId ? { organisatieId: a.organisatieId } : {}),
        afspraak: a.afspraak.trim(),
        ...(a.volgendeDatum ? { volgendeDatum: a.volgendeDatum } : {}),
      })),
    };
    // The same checks as the API (shared domain); whether the organisation is in the region the API checks.
    const fouten: Record<string, string> = {};
    for (const f of controleerPlan(invoer)) fouten[f.field] ??= f.message;
    if (Object.keys(fouten).length) return this.planStatus.toonVeldfouten(fouten);
    const casus = await voerWijzigingUit(this.planStatus, () => this.api.plan(this.casus().id, invoer));
    if (!casus) return;
    const bericht = `Het plan is opgeslagen: ${aantal(invoer.doelen.length, 'doel', 'doelen')} en ${aantal(invoer.contactafspraken.length, 'contactafspraak', 'contactafspraken')}.`;
    this.gewijzigd.emit({ casus, bericht });
  }
}
