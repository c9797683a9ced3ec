import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, OrganisatieDto } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORT_LABELS } from '@rmc/shared-domain';
import {
  ConfirmDialogComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  KeuzegroepComponent,
} from '@rmc/portal-ui';
import { OrganisatiesApi } from '../beheer/organisaties.api';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { OverdrachtApi, type OntvangendeRegio, type OverdrachtInput } from '../overdracht/overdracht.api';
import { CasusApi } from './casus.api';
import type { CasusWijziging } from './casus-teksten';

type Soort = OverdrachtInput['soort'];

/** Organisations of the own region that take over at the age limit (the API refuses any other kind). */
const ONTVANGENDE_SOORTEN: readonly string[] = ['leerplicht', 'werk-en-inkomen'];
const POSTCODE = /^\s*\d{4}\s?[a-zA-Z]{2}\s*$/;

/**
 * Warm handover of an open case: to another region (the young person moved: the receiving region and
 * the new postcode, which must lie there) or to leerplicht / Werk & Inkomen of the own region, under a
 * recorded grondslag. The receiver gets a package; this case closes with the reason "overgedragen".
 */
@Component({
  selector: 'rmc-overdracht-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    KeuzegroepComponent,
    ConfirmDialogComponent,
  ],
  template: `
    <p class="utrecht-paragraph" id="overdracht-uitleg">
      De ontvanger krijgt naam, BSN, geboortedatum, postcode, telefoon en e-mail van de jongere, de doelgroep en fase, de laatste
      scan van de leefgebieden, de open acties en het aantal contactmomenten. Deze casus wordt daarna afgesloten met de reden
      ‘overgedragen’.
    </p>
    @if (laadFout()) {
      <p class="utrecht-paragraph rmc-klein">{{ laadFout() }}</p>
    }
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form
      class="rmc-formulier rmc-formulier--breed"
      [formGroup]="form"
      (ngSubmit)="verstuur()"
      novalidate
      aria-describedby="overdracht-uitleg"
    >
      <rmc-keuzegroep legend="Overdragen aan" controlId="overdracht-soort" [fout]="status.fout('soort')">
        @for (k of soorten; track k.waarde; let eerste = $first) {
          <div class="rmc-keuze rmc-keuze--met-uitleg">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              [id]="eerste ? 'overdracht-soort' : 'overdracht-soort-' + k.waarde"
              [value]="k.waarde"
              formControlName="soort"
              [attr.aria-describedby]="'overdracht-soort-uitleg-' + k.waarde"
            />
            <label
              class="utrecht-form-label utrecht-form-label--radio"
              [for]="eerste ? 'overdracht-soort' : 'overdracht-soort-' + k.waarde"
              >{{ k.label }}</label
            >
            <span class="rmc-klein rmc-keuze__uitleg" [id]="'overdracht-soort-uitleg-' + k.waarde">{{ k.uitleg }}</span>
          </div>
        }
      </rmc-keuzegroep>

      @if (soort() === 'regio') {
        <rmc-form-field label="Ontvangende regio" controlId="overdracht-naarRegioId" [fout]="status.fout('naarRegioId')">
          <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="naarRegioId" aria-required="true">
            <option value="">Kies de regio</option>
            @for (r of regios(); track r.id) {
              <option [value]="r.id">{{ r.naam }}</option>
            }
          </select>
        </rmc-form-field>
        <rmc-form-field
          label="Nieuwe postcode van de jongere"
          controlId="overdracht-nieuwePostcode"
          [hint]="postcodeHint()"
          [fout]="status.fout('nieuwePostcode')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
            type="text"
            formControlName="nieuwePostcode"
            autocomplete="off"
            spellcheck="false"
            aria-required="true"
          />
        </rmc-form-field>
      }
      @if (soort() === 'organisatie') {
        <rmc-form-field
          label="Ontvangende organisatie"
          controlId="overdracht-naarOrganisatieId"
          [fout]="status.fout('naarOrganisatieId')"
        >
          <select
            rmcVeld
            class="utrecht-select utrecht-select--html-select"
            formControlName="naarOrganisatieId"
            aria-required="true"
          >
            <option value="">Kies de organisatie</option>
            @for (o of organisaties(); track o.id) {
              <option [value]="o.id">{{ o.naam }} ({{ soortLabels[o.soort] }})</option>
            }
          </select>
        </rmc-form-field>
      }

      <rmc-form-field label="Grondslag" controlId="overdracht-grondslag" [hint]="grondslagHint" [fout]="status.fout('grondslag')">
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="grondslag"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <rmc-form-field
        label="Toelichting voor de ontvanger"
        controlId="overdracht-toelichting"
        [optioneel]="true"
        hint="Bijvoorbeeld wat er loopt, wat de jongere weet van de overdracht en wie u bent als contactpersoon."
        [fout]="status.fout('toelichting')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="toelichting"
        ></textarea>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Casus overdragen
      </button>
    </form>
    <rmc-confirm-dialog />
  `,
})
export class OverdrachtFormComponent implements OnInit {
  private readonly api = inject(OverdrachtApi);
  private readonly casusApi = inject(CasusApi);
  private readonly organisatiesApi = inject(OrganisatiesApi);
  private readonly sessie = inject(SessieService);
  readonly casus = input.required<CasusDto>();
  readonly gewijzigd = output<CasusWijziging>();

  private readonly dialoog = viewChild.required(ConfirmDialogComponent);
  protected readonly soortLabels = ORGANISATIE_SOORT_LABELS;
  protected readonly soorten: { waarde: Soort; label: string; uitleg: string }[] = [
    {
      waarde: 'regio',
      label: 'Een andere regio',
      uitleg: 'De jongere is verhuisd. De nieuwe regio neemt de casus over met het pakket.',
    },
    {
      waarde: 'organisatie',
      label: 'Leerplicht of Werk & Inkomen in uw regio',
      uitleg: 'Bij de leeftijdsgrens: de organisatie krijgt het pakket ter overname.',
    },
  ];
  protected readonly grondslagHint =
    'Op welke grond draagt u over, bijvoorbeeld de verhuizing volgens de BRP en de wettelijke taak RMC, of de leeftijdsgrens. ' +
    'De grondslag wordt bij de overdracht vastgelegd; de ontvanger ziet hem en hij staat in een inzageverzoek van de jongere. Minstens 10 tekens.';
  protected readonly controlIds: Record<string, string> = {
    soort: 'overdracht-soort',
    naarRegioId: 'overdracht-naarRegioId',
    nieuwePostcode: 'overdracht-nieuwePostcode',
    naarOrganisatieId: 'overdracht-naarOrganisatieId',
    grondslag: 'overdracht-grondslag',
    toelichting: 'overdracht-toelichting',
  };
  protected readonly status = new FormulierStatus();
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    soort: '' as Soort | '',
    naarRegioId: '',
    nieuwePostcode: '',
    naarOrganisatieId: '',
    grondslag: '',
    toelichting: '',
  });
  protected readonly soort = toSignal(this.form.controls.soort.valueChanges, { initialValue: '' as const });
  private readonly regioId = toSignal(this.form.controls.naarRegioId.valueChanges, { initialValue: '' });

  protected readonly regios = signal<OntvangendeRegio[]>([]);
  protected readonly organisaties = signal<OrganisatieDto[]>([]);
  protected readonly laadFout = signal<string | null>(null);

  protected readonly postcodeHint = computed(() => {
    const regio = this.regios().find((r) => r.id === this.regioId());
    const basis = 'Bijvoorbeeld 7511 AB. De postcode moet in de gekozen regio liggen.';
    return regio ? `${basis} Gemeenten in ${regio.naam}: ${regio.gemeenten.join(', ')}.` : basis;
  });

  async ngOnInit(): Promise<void> {
    const [regios, organisaties] = await Promise.allSettled([
      this.api.regios(this.sessie.me()?.regio?.id ?? null),
      this.organisatiesApi.lijst(),
    ]);
    if (regios.status === 'fulfilled') this.regios.set(regios.value);
    if (organisaties.status === 'fulfilled')
      this.organisaties.set(organisaties.value.filter((o) => o.actief && ONTVANGENDE_SOORTEN.includes(o.soort)));
    if (regios.status === 'rejected' || organisaties.status === 'rejected')
      this.laadFout.set('Niet alle keuzes konden worden geladen. Laad de pagina opnieuw als een regio of organisatie ontbreekt.');
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const w = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!w.soort) fouten['soort'] = 'Kies aan wie u de casus overdraagt.';
    if (w.soort === 'regio') {
      if (!w.naarRegioId) fouten['naarRegioId'] = 'Kies de ontvangende regio.';
      if (!POSTCODE.test(w.nieuwePostcode)) fouten['nieuwePostcode'] = 'Vul de nieuwe postcode van de jongere in (1234 AB).';
    }
    if (w.soort === 'organisatie' && !w.naarOrganisatieId) fouten['naarOrganisatieId'] = 'Kies leerplicht of Werk & Inkomen.';
    if (w.grondslag.trim().length < 10) fouten['grondslag'] = 'Leg de grondslag van de overdracht vast (minstens 10 tekens).';
    else if (w.grondslag.trim().length > 1000) fouten['grondslag'] = 'Houd de grondslag korter dan 1000 tekens.';
    if (w.toelichting.trim().length > 2000) fouten['toelichting'] = 'Houd de toelichting korter dan 2000 tekens.';
    if (Object.keys(fouten).length || !w.soort) return this.status.toonVeldfouten(fouten);

    const invoer: OverdrachtInput = { soort: w.soort, grondslag: w.grondslag.trim() };
    if (w.soort === 'regio')
      Object.assign(invoer, { naarRegioId: w.naarRegioId, nieuwePostcode: w.nieuwePostcode.trim().toUpperCase() });
    else invoer.naarOrganisatieId = w.naarOrganisatieId;
    if (w.toelichting.trim()) invoer.toelichting = w.toelichting.trim();

    const ontvanger =
      w.soort === 'regio'
        ? (this.regios().find((r) => r.id === w.naarRegioId)?.naam ?? 'de andere regio')
        : (this.organisaties().find((o) => o.id === w.naarOrganisatieId)?.naam ?? 'de organisatie');
    const zeker = await this.dialoog().vraag({
      titel: `Casus overdragen aan ${ontvanger}?`,
      tekst: `${ontvanger} krijgt het pakket met de gegevens van de jongere. Deze casus wordt afgesloten met de reden ‘overgedragen’; dat kunt u niet ongedaan maken.`,
      bevestigLabel: 'Overdragen',
    });
    if (!zeker) return;

    const gelukt = await this.status.voerUit(() => this.api.draagOver(this.casus().id, invoer));
    if (!gelukt) return;
    // The answer is only the new phase: load the case again as this user sees it now.
    let casus: CasusDto;
    try {
      casus = await this.casusApi.haal(this.casus().id);
    } catch {
      casus = { ...this.casus(), fase: 'afgesloten', sluitreden: 'overgedragen', stappen: [] };
    }
    this.gewijzigd.emit({
      casus,
      bericht: `De casus is overgedragen aan ${ontvanger} en afgesloten met de reden ‘overgedragen’.`,
    });
  }
}
