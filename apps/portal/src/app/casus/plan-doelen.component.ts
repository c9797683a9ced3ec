import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, JongereReactieVoorConsulentDto, OrganisatieDto, PlanInput } from '@rmc/shared-api-types';
import {
  CONTACT_MET,
  CONTACT_MET_LABELS,
  DOEL_STATUS_LABELS,
  DOEL_STATUSSEN,
  PLAN_MAX,
  controleerPlan,
  type Contactafspraak,
  type ContactMet,
  type DoelStatus,
  type PlanDoel,
  type PlanVanAanpak,
} from '@rmc/shared-domain';
import {
  DataTableComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  focusOpElement,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { CasusApi, voerWijzigingUit } from './casus.api';
import type { CasusWijziging } from './casus-teksten';

type DoelGroep = FormGroup<{ omschrijving: FormControl<string>; status: FormControl<DoelStatus> }>;
type AfspraakGroep = FormGroup<{
  met: FormControl<ContactMet>;
  organisatieId: FormControl<string>;
  afspraak: FormControl<string>;
  volgendeDatum: FormControl<string>;
}>;

const doelId = (i: number, veld: string) => `plan-doel-${i}-${veld}`;
const afspraakId = (i: number, veld: string) => `plan-afspraak-${i}-${veld}`;
const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * The plan's goals and agreed contact moments (RMC only: a partner never receives them). One form for both
 * lists, because the API replaces both at once ("Plan opslaan").
 */
@Component({
  selector: 'rmc-plan-doelen',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, DataTableComponent, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    @if (beheer()) {
      <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
      <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form()" (ngSubmit)="slaOp()" novalidate>
        <section aria-labelledby="doelen-kop" formArrayName="doelen">
          <h3 class="utrecht-heading-3" id="doelen-kop">Doelen</h3>
          <p class="utrecht-paragraph">Beschrijf wat de jongere wil bereiken, geen diagnoses.</p>
          <rmc-data-table
            bijschrift="Vastgelegde doelen"
            [kolommen]="doelKolommen"
            [rijen]="doelen()"
            leegTekst="Er zijn nog geen doelen vastgelegd."
          />
          @for (groep of doelRijen().controls; track groep; let i = $index) {
            <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" [formGroupName]="i">
              <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Doel {{ i + 1 }}</legend>
              <rmc-form-field
                label="Wat wil de jongere bereiken?"
                [controlId]="doelId(i, 'omschrijving')"
                [fout]="status.fout('doelen.' + i + '.omschrijving')"
              >
                <textarea
                  rmcVeld
                  class="utrecht-textarea utrecht-textarea--html-textarea"
                  rows="2"
                  maxlength="500"
                  formControlName="omschrijving"
                  aria-required="true"
                ></textarea>
              </rmc-form-field>
              <rmc-form-field label="Status" [controlId]="doelId(i, 'status')" [fout]="status.fout('doelen.' + i + '.status')">
                <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="status">
                  @for (s of doelStatussen; track s) {
                    <option [value]="s">{{ doelStatusLabels[s] }}</option>
                  }
                </select>
              </rmc-form-field>
              <p class="utrecht-paragraph">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verwijderDoel(i)">
                  Doel {{ i + 1 }} verwijderen
                </button>
              </p>
            </fieldset>
          }
          @if (doelRijen().length >= max) {
            <p class="utrecht-paragraph" id="plan-doel-toevoegen">Een plan heeft hoogstens {{ max }} doelen.</p>
          } @else {
            <p class="utrecht-paragraph">
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                id="plan-doel-toevoegen"
                (click)="voegDoelToe()"
              >
                Doel toevoegen
              </button>
            </p>
          }
        </section>

        <section aria-labelledby="contactafspraken-kop" formArrayName="contactafspraken">
          <h3 class="utrecht-heading-3" id="contactafspraken-kop">Contactafspraken</h3>
          <p class="utrecht-paragraph">Wanneer en hoe er contact is met de jongere of met een partnerorganisatie.</p>
          <rmc-data-table
            bijschrift="Vastgelegde contactafspraken"
            [kolommen]="afspraakKolommen()"
            [rijen]="contactafspraken()"
            leegTekst="Er zijn nog geen contactafspraken vastgelegd."
          />
          @for (groep of afspraakRijen().controls; track groep; let i = $index) {
            <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep" [formGroupName]="i">
              <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Contactafspraak {{ i + 1 }}</legend>
              <rmc-form-field
                label="Met wie"
                [controlId]="afspraakId(i, 'met')"
                [fout]="status.fout('contactafspraken.' + i + '.met')"
              >
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
                  [fout]="status.fout('contactafspraken.' + i + '.organisatieId')"
                >
                  <select
                    rmcVeld
                    class="utrecht-select utrecht-select--html-select"
                    formControlName="organisatieId"
                    aria-required="true"
                  >
                    <option value="">Kies een organisatie</option>
                    @for (o of partners(); track o.id) {
                      <option [value]="o.id">{{ o.naam }}</option>
                    }
                  </select>
                </rmc-form-field>
              }
              <rmc-form-field
                label="Afspraak"
                [controlId]="afspraakId(i, 'afspraak')"
                hint="Bijvoorbeeld: elke twee weken bellen."
                [fout]="status.fout('contactafspraken.' + i + '.afspraak')"
              >
                <textarea
                  rmcVeld
                  class="utrecht-textarea utrecht-textarea--html-textarea"
                  rows="2"
                  maxlength="500"
                  formControlName="afspraak"
                  aria-required="true"
                ></textarea>
              </rmc-form-field>
              <rmc-form-field
                label="Datum volgende contact"
                [controlId]="afspraakId(i, 'volgendeDatum')"
                [optioneel]="true"
                [fout]="status.fout('contactafspraken.' + i + '.volgendeDatum')"
              >
                <input
                  rmcVeld
                  class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
                  type="date"
                  formControlName="volgendeDatum"
                />
              </rmc-form-field>
              <p class="utrecht-paragraph">
                <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verwijderAfspraak(i)">
                  Contactafspraak {{ i + 1 }} verwijderen
                </button>
              </p>
            </fieldset>
          }
          @if (afspraakRijen().length >= max) {
            <p class="utrecht-paragraph" id="plan-afspraak-toevoegen">Een plan heeft hoogstens {{ max }} contactafspraken.</p>
          } @else {
            <p class="utrecht-paragraph">
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                id="plan-afspraak-toevoegen"
                (click)="voegAfspraakToe()"
              >
                Contactafspraak toevoegen
              </button>
            </p>
          }
        </section>

        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Plan opslaan
        </button>
      </form>
    } @else if (plan()) {
      <section aria-labelledby="doelen-kop">
        <h3 class="utrecht-heading-3" id="doelen-kop">Doelen</h3>
        <rmc-data-table
          bijschrift="Vastgelegde doelen"
          [kolommen]="doelKolommen"
          [rijen]="doelen()"
          leegTekst="Er zijn nog geen doelen vastgelegd."
        />
      </section>
      <section aria-labelledby="contactafspraken-kop">
        <h3 class="utrecht-heading-3" id="contactafspraken-kop">Contactafspraken</h3>
        <rmc-data-table
          bijschrift="Vastgelegde contactafspraken"
          [kolommen]="afspraakKolommen()"
          [rijen]="contactafspraken()"
          leegTekst="Er zijn nog geen contactafspraken vastgelegd."
        />
      </section>
    }
  `,
})
export class PlanDoelenComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  /** Every organisation of the region: only partners can be chosen, but a saved agreement may name any of them. */
  readonly organisaties = input<OrganisatieDto[]>([]);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly max = PLAN_MAX;
  protected readonly doelStatussen = DOEL_STATUSSEN;
  protected readonly doelStatusLabels = DOEL_STATUS_LABELS;
  protected readonly contactMet = CONTACT_MET;
  protected readonly contactMetLabels = CONTACT_MET_LABELS;
  protected readonly doelId = doelId;
  protected readonly afspraakId = afspraakId;
  /** The region's own team is "RMC-consulent", not a partner organisation. */
  protected readonly partners = computed(() => this.organisaties().filter((o) => o.soort !== 'regio-team'));
  /** The saved plan; equal content is the same plan, so another change of the case keeps unsaved edits. */
  protected readonly plan = computed<PlanVanAanpak | null>(() => this.casus().plan ?? null, {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  protected readonly doelen = computed(() => this.plan()?.doelen ?? []);
  protected readonly contactafspraken = computed(() => this.plan()?.contactafspraken ?? []);
  protected readonly doelKolommen: Kolom<PlanDoel>[] = [
    { kop: 'Doel', waarde: (d) => d.omschrijving },
    { kop: 'Status', waarde: (d) => DOEL_STATUS_LABELS[d.status] ?? d.status },
  ];
  private readonly sessie = inject(SessieService);
  /** Who may invite the young person (RMC roles) also sees their answers to the agreements. */
  private readonly magReacties = computed(() => this.sessie.ability().can('invite', 'JongereDossier'));
  /** The young person's answers (own page, /jongere), by the agreement's place in the plan. */
  protected readonly reacties = signal<ReadonlyMap<number, JongereReactieVoorConsulentDto>>(new Map());
  protected readonly afspraakKolommen = computed<Kolom<Contactafspraak>[]>(() => [
    { kop: 'Met', waarde: (a) => this.metWie(a) },
    { kop: 'Afspraak', waarde: (a) => a.afspraak },
    { kop: 'Volgende contact', waarde: (a) => formatDatum(a.volgendeDatum) || 'Niet afgesproken' },
    ...(this.magReacties()
      ? [{ kop: 'Reactie van de jongere', waarde: (a: Contactafspraak) => this.reactieTekst(a) } satisfies Kolom<Contactafspraak>]
      : []),
  ]);

  constructor() {
    // Loaded again when the case or its plan changes (a saved plan may drop an answered agreement).
    effect(() => {
      const id = this.casus().id;
      this.plan();
      if (!this.magReacties()) return;
      untracked(() =>
        this.api.jongereReacties(id).then(
          (r) => this.reacties.set(new Map(r.map((x) => [x.index, x]))),
          () => this.reacties.set(new Map()),
        ),
      );
    });
  }

  private reactieTekst(a: Contactafspraak): string {
    const r = this.reacties().get(this.contactafspraken().indexOf(a));
    if (!r) return 'Nog geen reactie';
    const wanneer = formatDatum(r.op.slice(0, 10));
    if (r.reactie === 'bevestigd') return `Bevestigd (${wanneer})`;
    return `Wil verzetten (${wanneer})${r.toelichting ? `: "${r.toelichting}"` : ''}`;
  }
  protected readonly status = new FormulierStatus();
  protected readonly controlIds: Record<string, string> = Object.fromEntries([
    ['doelen', 'plan-doel-toevoegen'],
    ['contactafspraken', 'plan-afspraak-toevoegen'],
    ...Array.from({ length: PLAN_MAX }, (_, i) => [
      [`doelen.${i}.omschrijving`, doelId(i, 'omschrijving')],
      [`doelen.${i}.status`, doelId(i, 'status')],
      ...['met', 'organisatieId', 'afspraak', 'volgendeDatum'].map((veld) => [
        `contactafspraken.${i}.${veld}`,
        afspraakId(i, veld),
      ]),
    ]).flat(),
  ]);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  protected readonly form = computed(() => {
    const plan = this.plan();
    return this.fb.group({
      doelen: this.fb.array<DoelGroep>((plan?.doelen ?? []).map((d) => this.doelGroep(d))),
      contactafspraken: this.fb.array<AfspraakGroep>((plan?.contactafspraken ?? []).map((a) => this.afspraakGroep(a))),
    });
  });
  protected readonly doelRijen = computed(() => this.form().controls.doelen as FormArray<DoelGroep>);
  protected readonly afspraakRijen = computed(() => this.form().controls.contactafspraken as FormArray<AfspraakGroep>);

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
    this.status.wis();
    const n = this.doelRijen().length;
    this.focusNaRender(n ? doelId(Math.min(i, n - 1), 'omschrijving') : 'plan-doel-toevoegen');
  }

  protected voegAfspraakToe(): void {
    this.afspraakRijen().push(this.afspraakGroep());
    this.focusNaRender(afspraakId(this.afspraakRijen().length - 1, 'met'));
  }

  protected verwijderAfspraak(i: number): void {
    this.afspraakRijen().removeAt(i);
    this.status.wis();
    const n = this.afspraakRijen().length;
    this.focusNaRender(n ? afspraakId(Math.min(i, n - 1), 'met') : 'plan-afspraak-toevoegen');
  }

  protected async slaOp(): Promise<void> {
    if (this.status.bezig()) return;
    const w = this.form().getRawValue();
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
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const casus = await voerWijzigingUit(this.status, () => this.api.plan(this.casus().id, invoer));
    if (!casus) return;
    const bericht = `Het plan is opgeslagen: ${aantal(invoer.doelen.length, 'doel', 'doelen')} en ${aantal(invoer.contactafspraken.length, 'contactafspraak', 'contactafspraken')}.`;
    this.gewijzigd.emit({ casus, bericht });
  }
}
