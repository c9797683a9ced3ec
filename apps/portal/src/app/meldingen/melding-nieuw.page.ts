import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { MeldingCreate, MeldingDto } from '@rmc/shared-api-types';
import { STANDAARD_NORMEN, VERMOEDELIJKE_SOORTEN, ZORGEN, ZORG_LABELS, type Zorg } from '@rmc/shared-domain';
import {
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  KeuzegroepComponent,
  PageHeaderComponent,
  formatDatum,
} from '@rmc/portal-ui';
import { allePaginas } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { MeldingenApi } from './meldingen.api';
import { controleerMelding, leegTekst, vandaagInNederland } from './melding-controle';
import { normVan, soortLabel, studentNaam, vermoedelijkeSoortLabel } from './melding-teksten';
import { ALLEEN_EIGEN_VESTIGING, leslocatiesVoor, type Leslocatie } from './school-context';

/** Every field of the form, in the order of the error summary. */
const VELDEN = [
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'telefoon',
  'afwijkendVerblijfadres',
  'soort',
  'leslocatieVestigingId',
  'begindatum',
  'einddatum',
  'vermoedelijkeSoort',
  'vermoedelijkeReden',
  'allesGemist',
  'verzuimDagen',
  'verzuimUren',
  'vorigeMeldingId',
  'zorgen',
  'doorSchoolOndernomen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
  'actieGewenst',
  'toelichtingActieGewenst',
  'melderNaam',
  'melderFunctie',
  'melderTelefoon',
  'melderEmail',
] as const;
type Veld = (typeof VELDEN)[number];
const VERPLICHT_DOOR_AGENDA = 'Dit is verplicht volgens de verzuimagenda van uw instelling.';

const jaNee = (waarde: string): boolean | undefined => (waarde === 'ja' ? true : waarde === 'nee' ? false : undefined);
const tekst = (waarde: string): string | undefined => waarde.trim() || undefined;
const getal = (waarde: number | string | null): number | undefined =>
  waarde === null || waarde === '' ? undefined : Number(waarde);

@Component({
  selector: 'rmc-melding-nieuw-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    FormFieldComponent,
    FieldControlDirective,
    KeuzegroepComponent,
    ErrorSummaryComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/meldingen">Terug naar de meldingen</a></p>
    <rmc-page-header
      titel="Nieuwe melding"
      intro="Meld verzuim van een student aan het RMC van de woonregio. Het platform stuurt de melding op basis van de postcode naar de juiste regio."
    />
    <p class="utrecht-paragraph rmc-klein">
      Velden met “(niet verplicht)” mag u leeg laten. Welke velden verplicht zijn, hangt af van de soort melding.
    </p>

    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep">
        <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Student</legend>
        <rmc-form-field
          label="BSN"
          controlId="melding-bsn"
          hint="9 cijfers, of het persoonsgebonden nummer (PGN)."
          [fout]="status.fout('bsn')"
          [optioneel]="!verplicht('bsn')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            formControlName="bsn"
            [attr.aria-required]="verplicht('bsn')"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Voornaam"
          controlId="melding-voornaam"
          [fout]="status.fout('voornaam')"
          [optioneel]="!verplicht('voornaam')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            autocomplete="off"
            formControlName="voornaam"
            [attr.aria-required]="verplicht('voornaam')"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Achternaam"
          controlId="melding-achternaam"
          hint="Met tussenvoegsel, zoals “de Vries”."
          [fout]="status.fout('achternaam')"
          [optioneel]="!verplicht('achternaam')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            autocomplete="off"
            formControlName="achternaam"
            [attr.aria-required]="verplicht('achternaam')"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Geboortedatum"
          controlId="melding-geboortedatum"
          [fout]="status.fout('geboortedatum')"
          [optioneel]="!verplicht('geboortedatum')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
            type="date"
            [max]="vandaag"
            formControlName="geboortedatum"
            [attr.aria-required]="verplicht('geboortedatum')"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Postcode woonadres"
          controlId="melding-postcode"
          hint="Bijvoorbeeld 8011 AB. De postcode bepaalt naar welke regio de melding gaat."
          [fout]="status.fout('postcode')"
          [optioneel]="!verplicht('postcode')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
            type="text"
            autocomplete="off"
            formControlName="postcode"
            [attr.aria-required]="verplicht('postcode')"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Telefoon student of ouder"
          controlId="melding-telefoon"
          [hint]="aanbevolen('telefoon')"
          [fout]="status.fout('telefoon')"
          [optioneel]="!verplicht('telefoon')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
            type="tel"
            autocomplete="off"
            formControlName="telefoon"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Afwijkend verblijfadres"
          controlId="melding-afwijkendVerblijfadres"
          hint="Alleen als de student ergens anders verblijft dan op het woonadres."
          [fout]="status.fout('afwijkendVerblijfadres')"
          [optioneel]="!verplicht('afwijkendVerblijfadres')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="2"
            formControlName="afwijkendVerblijfadres"
          ></textarea>
        </rmc-form-field>
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep">
        <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Verzuim</legend>
        <rmc-form-field
          label="Soort melding"
          controlId="melding-soort"
          hint="De norm uit de verzuimagenda voor deze soort staat onder dit veld."
          [fout]="status.fout('soort')"
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
            <h2 class="utrecht-heading-3 rmc-norm__kop">Norm voor “{{ n.label }}”</h2>
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
          [fout]="status.fout('leslocatieVestigingId')"
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
          [fout]="status.fout('begindatum')"
          [optioneel]="!verplicht('begindatum')"
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
          [fout]="status.fout('einddatum')"
          [optioneel]="!verplicht('einddatum')"
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
          [fout]="status.fout('vermoedelijkeSoort')"
          [optioneel]="!verplicht('vermoedelijkeSoort')"
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
          [fout]="status.fout('vermoedelijkeReden')"
          [optioneel]="!verplicht('vermoedelijkeReden')"
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
          [fout]="status.fout('allesGemist')"
          [optioneel]="!verplicht('allesGemist')"
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
          [fout]="status.fout('verzuimDagen')"
          [optioneel]="!verplicht('verzuimDagen')"
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
          [fout]="status.fout('verzuimUren')"
          [optioneel]="!verplicht('verzuimUren')"
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
            [fout]="status.fout('vorigeMeldingId')"
          >
            <select
              rmcVeld
              class="utrecht-select utrecht-select--html-select"
              formControlName="vorigeMeldingId"
              aria-required="true"
            >
              <option value="">Kies de eerdere melding</option>
              @for (vorige of vorigeMeldingen(); track vorige.id) {
                <option [value]="vorige.id">{{ vorigeLabel(vorige) }}</option>
              }
            </select>
          </rmc-form-field>
        }
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep">
        <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Zorgen en aanpak</legend>
        <p class="utrecht-paragraph rmc-klein">
          Het RMC pakt een melding op als één van deze zorgen speelt. Hoe vollediger u dit deel invult, hoe minder de regio hoeft
          na te vragen.
        </p>
        <rmc-keuzegroep
          legend="Zorgen van de school"
          controlId="melding-zorgen"
          hint="Kruis aan wat van toepassing is."
          [fout]="status.fout('zorgen')"
          [optioneel]="!verplicht('zorgen')"
        >
          <div formGroupName="zorgen">
            @for (zorg of zorgen; track zorg; let eerste = $first) {
              <div class="rmc-keuze">
                <input
                  class="utrecht-checkbox utrecht-checkbox--html-input"
                  type="checkbox"
                  [id]="eerste ? 'melding-zorgen' : 'melding-zorgen-' + zorg"
                  [formControlName]="zorg"
                />
                <label
                  class="utrecht-form-label utrecht-form-label--checkbox"
                  [for]="eerste ? 'melding-zorgen' : 'melding-zorgen-' + zorg"
                  >{{ zorgLabels[zorg] }}</label
                >
              </div>
            }
          </div>
        </rmc-keuzegroep>
        <rmc-form-field
          label="Door school ondernomen actie"
          controlId="melding-doorSchoolOndernomen"
          [hint]="aanbevolen('doorSchoolOndernomen')"
          [fout]="status.fout('doorSchoolOndernomen')"
          [optioneel]="!verplicht('doorSchoolOndernomen')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="3"
            formControlName="doorSchoolOndernomen"
          ></textarea>
        </rmc-form-field>
        <rmc-form-field
          label="Afspraken met de student"
          controlId="melding-afsprakenMetStudent"
          [hint]="aanbevolen('afsprakenMetStudent')"
          [fout]="status.fout('afsprakenMetStudent')"
          [optioneel]="!verplicht('afsprakenMetStudent')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="3"
            formControlName="afsprakenMetStudent"
          ></textarea>
        </rmc-form-field>
        <rmc-form-field
          label="Betrokken contactpersonen"
          controlId="melding-betrokkenContacten"
          [hint]="aanbevolen('betrokkenContacten', 'Bijvoorbeeld coach, SLB’er of hulpverlener, met telefoon of e-mail.')"
          [fout]="status.fout('betrokkenContacten')"
          [optioneel]="!verplicht('betrokkenContacten')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="3"
            formControlName="betrokkenContacten"
          ></textarea>
        </rmc-form-field>
        <rmc-form-field
          label="Lopende hulp"
          controlId="melding-lopendeHulp"
          [hint]="aanbevolen('lopendeHulp')"
          [fout]="status.fout('lopendeHulp')"
          [optioneel]="!verplicht('lopendeHulp')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="2"
            formControlName="lopendeHulp"
          ></textarea>
        </rmc-form-field>
        <rmc-form-field
          label="Wat verwacht u van de regio?"
          controlId="melding-verwachtingVanRegio"
          [hint]="aanbevolen('verwachtingVanRegio')"
          [fout]="status.fout('verwachtingVanRegio')"
          [optioneel]="!verplicht('verwachtingVanRegio')"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="2"
            formControlName="verwachtingVanRegio"
          ></textarea>
        </rmc-form-field>
        <rmc-keuzegroep
          legend="Actie door de gemeente gewenst?"
          controlId="melding-actieGewenst"
          [hint]="norm()?.actieGewenstWanneer ?? null"
          [fout]="status.fout('actieGewenst')"
          [optioneel]="!verplicht('actieGewenst')"
        >
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id="melding-actieGewenst"
              value="ja"
              formControlName="actieGewenst"
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for="melding-actieGewenst">Ja</label>
          </div>
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id="melding-actieGewenst-nee"
              value="nee"
              formControlName="actieGewenst"
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for="melding-actieGewenst-nee">Nee</label>
          </div>
        </rmc-keuzegroep>
        <rmc-form-field
          label="Toelichting actie gewenst"
          controlId="melding-toelichtingActieGewenst"
          hint="Waarom en welke actie u van de regio vraagt."
          [fout]="status.fout('toelichtingActieGewenst')"
          [optioneel]="!verplicht('toelichtingActieGewenst') && !actieGewenstJa()"
        >
          <textarea
            rmcVeld
            class="utrecht-textarea utrecht-textarea--html-textarea"
            rows="3"
            formControlName="toelichtingActieGewenst"
            [attr.aria-required]="verplicht('toelichtingActieGewenst') || actieGewenstJa()"
          ></textarea>
        </rmc-form-field>
      </fieldset>

      <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep">
        <legend class="utrecht-form-fieldset__legend rmc-groep__legend">Melder</legend>
        <rmc-form-field label="Naam melder" controlId="melding-melderNaam" [fout]="status.fout('melderNaam')">
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            autocomplete="name"
            formControlName="melderNaam"
            aria-required="true"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Functie melder"
          controlId="melding-melderFunctie"
          hint="Bijvoorbeeld verzuimcoördinator of studieloopbaanbegeleider."
          [fout]="status.fout('melderFunctie')"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            autocomplete="organization-title"
            formControlName="melderFunctie"
            aria-required="true"
          />
        </rmc-form-field>
        <rmc-form-field
          label="Telefoon melder"
          controlId="melding-melderTelefoon"
          [fout]="status.fout('melderTelefoon')"
          [optioneel]="true"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
            type="tel"
            autocomplete="tel"
            formControlName="melderTelefoon"
          />
        </rmc-form-field>
        <rmc-form-field
          label="E-mailadres melder"
          controlId="melding-melderEmail"
          [fout]="status.fout('melderEmail')"
          [optioneel]="true"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="email"
            autocomplete="email"
            spellcheck="false"
            formControlName="melderEmail"
          />
        </rmc-form-field>
      </fieldset>

      <div class="rmc-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Melding versturen
        </button>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
          routerLink="/meldingen"
          >Annuleren</a
        >
      </div>
    </form>
  `,
})
export class MeldingNieuwPage implements OnInit {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);

  protected readonly normen = STANDAARD_NORMEN;
  protected readonly vermoedelijkeSoorten = VERMOEDELIJKE_SOORTEN;
  protected readonly vermoedelijkeSoortLabel = vermoedelijkeSoortLabel;
  protected readonly zorgen = ZORGEN;
  protected readonly zorgLabels = ZORG_LABELS;
  protected readonly vandaag = vandaagInNederland();
  protected readonly status = new FormulierStatus();
  protected readonly controlIds = Object.fromEntries(VELDEN.map((v) => [v, `melding-${v}`])) as Record<Veld, string>;

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    bsn: '',
    voornaam: '',
    achternaam: '',
    geboortedatum: '',
    postcode: '',
    telefoon: '',
    afwijkendVerblijfadres: '',
    soort: '',
    leslocatieVestigingId: '',
    begindatum: '',
    einddatum: '',
    vermoedelijkeSoort: '',
    vermoedelijkeReden: '',
    allesGemist: '',
    verzuimDagen: this.fb.control<number | null>(null),
    verzuimUren: this.fb.control<number | null>(null),
    vorigeMeldingId: '',
    zorgen: this.fb.group(Object.fromEntries(ZORGEN.map((z) => [z, false])) as Record<Zorg, boolean>),
    doorSchoolOndernomen: '',
    afsprakenMetStudent: '',
    betrokkenContacten: '',
    lopendeHulp: '',
    verwachtingVanRegio: '',
    actieGewenst: '',
    toelichtingActieGewenst: '',
    melderNaam: this.sessie.me()?.gebruiker.naam ?? '',
    melderFunctie: '',
    melderTelefoon: '',
    melderEmail: this.sessie.me()?.gebruiker.email ?? '',
  });

  private readonly soort = toSignal(this.form.controls.soort.valueChanges, { initialValue: '' });
  private readonly bsn = toSignal(this.form.controls.bsn.valueChanges, { initialValue: '' });
  private readonly actieGewenst = toSignal(this.form.controls.actieGewenst.valueChanges, { initialValue: '' });
  protected readonly actieGewenstJa = computed(() => this.actieGewenst() === 'ja');
  protected readonly norm = computed(() => normVan(this.soort()));
  protected readonly isVervolgmelding = computed(() => this.norm()?.verplichteVelden.includes('vorigeMeldingId') ?? false);
  protected readonly leslocaties = signal<Leslocatie[]>([]);
  protected readonly leslocatieHint = ALLEEN_EIGEN_VESTIGING ? 'U meldt voor studenten van uw eigen vestiging.' : null;
  private readonly eerdere = signal<MeldingDto[] | null>(null);
  protected readonly vorigeMeldingen = computed(() => {
    const bsn = this.bsn().trim();
    const alle = this.eerdere() ?? [];
    const vanStudent = bsn ? alle.filter((m) => m.bsn === bsn) : alle;
    return vanStudent.length ? vanStudent : alle;
  });
  protected readonly vorigeHint = computed(() => {
    if (this.eerdere() === null) return 'Eerdere meldingen worden geladen…';
    if (!this.eerdere()!.length) return 'Uw vestiging heeft nog geen eerdere meldingen; kies een andere soort melding.';
    return this.bsn().trim() && this.vorigeMeldingen().some((m) => m.bsn === this.bsn().trim())
      ? 'De eerdere meldingen van deze student.'
      : 'De eerdere meldingen van uw vestiging, nieuwste eerst. Vul het BSN in om alleen die van deze student te zien.';
  });
  protected readonly drempelTekst = computed(() => {
    const n = this.norm();
    if (!n) return '';
    if (n.minDagen !== undefined) return `Minstens ${n.minDagen} verzuimdagen.`;
    if (n.minUren !== undefined) return `Minstens ${n.minUren} verzuimuren.`;
    return 'Geen vaste drempel: meld vanaf het eerste uur als er risico op uitval is.';
  });

  constructor() {
    // The previous meldingen are only needed for a vervolgmelding: load them the first time.
    effect(() => {
      if (this.isVervolgmelding() && this.eerdere() === null) void this.laadEerdere();
    });
  }

  async ngOnInit(): Promise<void> {
    let instellingen: Awaited<ReturnType<MeldingenApi['instellingen']>> = [];
    try {
      instellingen = await this.api.instellingen();
    } catch {
      // Without the registry the own vestiging is the only choice (leslocatiesVoor).
    }
    const { leslocaties } = leslocatiesVoor(this.sessie.me(), instellingen);
    this.leslocaties.set(leslocaties);
    const eigen = leslocaties.find((l) => l.eigen);
    if (eigen && !this.form.controls.leslocatieVestigingId.value) this.form.controls.leslocatieVestigingId.setValue(eigen.id);
  }

  private async laadEerdere(): Promise<void> {
    this.eerdere.set(null);
    try {
      this.eerdere.set(await allePaginas((cursor) => this.api.lijst({}, cursor, 100)));
    } catch {
      this.eerdere.set([]);
    }
  }

  protected verplicht(veld: string): boolean {
    const norm = this.norm();
    return norm
      ? norm.verplichteVelden.includes(veld)
      : [
          'bsn',
          'voornaam',
          'achternaam',
          'geboortedatum',
          'postcode',
          'begindatum',
          'vermoedelijkeSoort',
          'leslocatieVestigingId',
          'melderNaam',
          'melderFunctie',
        ].includes(veld);
  }

  /** Hint for a quality field: the richtlijn wants it, the region judges completeness by it. */
  protected aanbevolen(veld: string, extra?: string): string | null {
    const norm = this.norm();
    const deel =
      norm && norm.aanbevolenVelden.includes(veld) && !norm.verplichteVelden.includes(veld)
        ? 'Aanbevolen: zonder dit veld is de melding onvolledig.'
        : null;
    return [extra, deel].filter(Boolean).join(' ') || null;
  }

  protected vorigeLabel(m: MeldingDto): string {
    return `${formatDatum(m.gemeldOp)} – ${soortLabel(m.soort)} – ${studentNaam(m)}`;
  }

  private melding(): MeldingCreate {
    const w = this.form.getRawValue();
    const m: Partial<MeldingCreate> = {
      soort: w.soort,
      leslocatieVestigingId: w.leslocatieVestigingId,
      bsn: w.bsn.replace(/\s/g, ''),
      voornaam: tekst(w.voornaam),
      achternaam: tekst(w.achternaam),
      geboortedatum: w.geboortedatum || undefined,
      postcode: tekst(w.postcode)?.toUpperCase(),
      telefoon: tekst(w.telefoon),
      afwijkendVerblijfadres: tekst(w.afwijkendVerblijfadres),
      begindatum: w.begindatum || undefined,
      einddatum: w.einddatum || undefined,
      vermoedelijkeSoort: w.vermoedelijkeSoort || undefined,
      vermoedelijkeReden: tekst(w.vermoedelijkeReden),
      allesGemist: jaNee(w.allesGemist),
      verzuimDagen: getal(w.verzuimDagen),
      verzuimUren: getal(w.verzuimUren),
      vorigeMeldingId: this.isVervolgmelding() ? w.vorigeMeldingId || undefined : undefined,
      zorgen: ZORGEN.filter((z) => w.zorgen[z]),
      doorSchoolOndernomen: tekst(w.doorSchoolOndernomen),
      afsprakenMetStudent: tekst(w.afsprakenMetStudent),
      betrokkenContacten: tekst(w.betrokkenContacten),
      lopendeHulp: tekst(w.lopendeHulp),
      verwachtingVanRegio: tekst(w.verwachtingVanRegio),
      actieGewenst: jaNee(w.actieGewenst),
      toelichtingActieGewenst: tekst(w.toelichtingActieGewenst),
      melderNaam: tekst(w.melderNaam),
      melderFunctie: tekst(w.melderFunctie),
      melderTelefoon: tekst(w.melderTelefoon),
      melderEmail: tekst(w.melderEmail),
    };
    // Leave out what is empty: the API then names exactly the missing fields.
    for (const sleutel of Object.keys(m) as (keyof MeldingCreate)[])
      if (m[sleutel] === undefined || m[sleutel] === '') delete m[sleutel];
    return m as MeldingCreate;
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const melding = this.melding();
    const fouten = controleerMelding(melding, this.norm(), this.vandaag);
    // Keep the summary in the order of the form.
    const geordend = Object.fromEntries(VELDEN.filter((v) => fouten[v]).map((v) => [v, fouten[v]]));
    if (Object.keys(geordend).length) return this.status.toonVeldfouten(geordend);

    let opgeslagen: MeldingDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      opgeslagen = await this.api.maak(melding);
    });
    if (!gelukt) {
      // "Required by the agenda" from the API says nothing about which field in the summary: use our text.
      this.status.velden.update((v) =>
        Object.fromEntries(
          Object.entries(v).map(([veld, tekst]) => [
            veld,
            /^Dit veld is verplicht/.test(tekst) ? `${leegTekst(veld)} ${VERPLICHT_DOOR_AGENDA}` : tekst,
          ]),
        ),
      );
      return;
    }
    if (!opgeslagen) return;
    const m = opgeslagen as MeldingDto;
    const bericht =
      m.status === 'regio-niet-aangesloten'
        ? 'De melding is opgeslagen. De woonplaats van de student ligt in een regio die nog niet op het platform is aangesloten; de melding blijft bewaard en is zichtbaar als “Regio niet aangesloten”.'
        : `De melding is verstuurd${m.regioNaam ? ` naar RMC-regio ${m.regioNaam}` : ''}.`;
    await this.router.navigate(['/meldingen', m.id], { state: { melding: bericht } });
  }
}
