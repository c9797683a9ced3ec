import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  OnInit,
  afterNextRender,
  computed,
  effect,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, map } from 'rxjs';
import { ZORG_LABELS, veldEis, type Zorg } from '@rmc/shared-domain';
import type { MeldingDto } from '@rmc/shared-api-types';
import {
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  formatDatum,
} from '@rmc/portal-ui';
import { allePaginas } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { MeldingenApi } from './meldingen.api';
import { controleerMelding, leegTekst, vandaagInNederland } from './melding-controle';
import { STAPPEN, VELDEN, maakMeldingFormulier, meldingUitFormulier, stapVanVeld, type Veld } from './melding-formulier';
import { MeldingStudentVeldenComponent } from './melding-student-velden.component';
import { normVan, soortLabel, studentNaam, veldLabel, vermoedelijkeSoortLabel } from './melding-teksten';
import { MeldingVerzuimVeldenComponent } from './melding-verzuim-velden.component';
import { MeldingZorgenVeldenComponent } from './melding-zorgen-velden.component';
import { leslocatiesVoor, type Leslocatie } from './school-context';

const VERPLICHT_DOOR_AGENDA = 'Dit is verplicht volgens de verzuimagenda van uw instelling.';

/** Wait this long after the last change before the completeness line (a polite live region) changes. */
export const VOLLEDIGHEID_WACHTTIJD_MS = 800;

/**
 * A school files a melding, in steps (STAPPEN): Student, Verzuim, Zorgen en aanpak, Melder and a
 * summary before sending. The parts are fieldset components (melding-*-velden.component.ts) bound to
 * this page's one form, which keeps the values of the steps not shown; "Volgende" checks only the
 * fields of the step. A line above the form says how complete the melding is (required and
 * recommended fields, the domain's veldEis), announced politely once typing pauses.
 */
@Component({
  selector: 'rmc-melding-nieuw-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    FormFieldComponent,
    FieldControlDirective,
    ErrorSummaryComponent,
    MeldingStudentVeldenComponent,
    MeldingVerzuimVeldenComponent,
    MeldingZorgenVeldenComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/meldingen">Terug naar de meldingen</a></p>
    <rmc-page-header
      titel="Nieuwe melding"
      intro="Meld verzuim van een student aan het RMC van de woonregio. Het platform stuurt de melding op basis van de postcode naar de juiste regio."
    />
    <p class="utrecht-paragraph rmc-klein">
      Velden met “(niet verplicht)” mag u leeg laten; ze tellen ook later nooit als ontbrekend. Welke velden verplicht zijn, hangt
      af van de soort melding. Aanbevolen velden maken de melding volledig, zodat de regio minder hoeft na te vragen.
    </p>

    <nav class="rmc-stapindicator" aria-label="Stappen van de melding">
      <ol>
        @for (s of stappen; track s.titel; let i = $index) {
          <li [attr.aria-current]="i === stap() ? 'step' : null" [class.rmc-stapindicator__gedaan]="i < stap()">
            <span class="rmc-stapindicator__nummer" aria-hidden="true">{{ i + 1 }}</span>
            {{ s.titel }}
            @if (i < stap()) {
              <span class="rmc-visueel-verborgen"> (gedaan)</span>
            }
          </li>
        }
      </ol>
    </nav>

    <h2 #stapKop class="utrecht-heading-2 rmc-stapkop" tabindex="-1">
      Stap {{ stap() + 1 }} van {{ stappen.length }}: {{ stappen[stap()].titel }}
    </h2>

    <div class="rmc-volledigheid" aria-labelledby="melding-volledigheid-kop">
      <p class="utrecht-paragraph rmc-volledigheid__kop" id="melding-volledigheid-kop">Hoe volledig is de melding?</p>
      <p class="utrecht-paragraph" aria-live="polite" aria-atomic="true" data-testid="volledigheid">{{ volledigheidTekst() }}</p>
      @if (leegInStap().length) {
        <p class="utrecht-paragraph rmc-klein">Nog leeg in deze stap: {{ leegInStap().join(', ') }}.</p>
      }
    </div>

    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIdsInStap()" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verder()" novalidate>
      @switch (stap()) {
        @case (0) {
          <fieldset
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep"
            rmcMeldingStudent
            [status]="status"
            [norm]="norm()"
          ></fieldset>
        }
        @case (1) {
          <fieldset
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep"
            rmcMeldingVerzuim
            [status]="status"
            [norm]="norm()"
            [leslocaties]="leslocaties()"
            [vorigeMeldingen]="vorigeMeldingen()"
            [vorigeHint]="vorigeHint()"
          ></fieldset>
        }
        @case (2) {
          <fieldset
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep"
            rmcMeldingZorgen
            [status]="status"
            [norm]="norm()"
            [actieGewenstJa]="actieGewenstJa()"
          ></fieldset>
        }
        @case (3) {
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
        }
        @default {
          @for (deel of samenvatting(); track deel.titel; let i = $index) {
            <section class="rmc-samenvatting" [attr.aria-labelledby]="'samenvatting-' + i">
              <h3 class="utrecht-heading-3" [id]="'samenvatting-' + i">{{ deel.titel }}</h3>
              <dl class="rmc-gegevens rmc-gegevens--compact">
                @for (r of deel.regels; track r.veld) {
                  <dt>{{ r.label }}</dt>
                  <dd>{{ r.waarde || 'Niet ingevuld' }}</dd>
                }
              </dl>
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="naarStap(i)">
                {{ deel.titel }} wijzigen
              </button>
            </section>
          }
        }
      }

      <div class="rmc-knoppen">
        @if (stap() > 0) {
          <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="vorige()">Vorige</button>
        }
        @if (isLaatste()) {
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Melding versturen
          </button>
        } @else {
          <button type="submit" class="utrecht-button utrecht-button--primary-action">Volgende</button>
        }
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
          routerLink="/meldingen"
          >Annuleren</a
        >
      </div>
    </form>
  `,
  styles: `
    .rmc-stapindicator ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      list-style: none;
      margin: 0 0 1rem;
      padding: 0;
    }
    .rmc-stapindicator li {
      align-items: center;
      display: flex;
      gap: 0.4rem;
    }
    .rmc-stapindicator__nummer {
      border: 2px solid currentColor;
      border-radius: 50%;
      display: inline-grid;
      height: 1.75rem;
      place-items: center;
      width: 1.75rem;
    }
    .rmc-stapindicator li[aria-current='step'] {
      font-weight: 700;
    }
    .rmc-stapindicator li[aria-current='step'] .rmc-stapindicator__nummer {
      background: #01689b;
      border-color: #01689b;
      color: #fff;
    }
    .rmc-stapkop:focus {
      outline: 3px solid #01689b;
      outline-offset: 2px;
    }
    .rmc-volledigheid {
      border-inline-start: 4px solid #01689b;
      margin: 0 0 1.5rem;
      padding: 0.25rem 0 0.25rem 1rem;
    }
    .rmc-volledigheid__kop {
      font-weight: 700;
      margin-block-end: 0.25rem;
    }
    .rmc-samenvatting {
      margin-block-end: 1.5rem;
    }
  `,
})
export class MeldingNieuwPage implements OnInit {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);

  protected readonly vandaag = vandaagInNederland();
  protected readonly status = new FormulierStatus();
  protected readonly controlIds = Object.fromEntries(VELDEN.map((v) => [v, `melding-${v}`])) as Record<Veld, string>;
  protected readonly form = maakMeldingFormulier(inject(FormBuilder).nonNullable, this.sessie.me());

  private readonly soort = toSignal(this.form.controls.soort.valueChanges, { initialValue: '' });
  private readonly bsn = toSignal(this.form.controls.bsn.valueChanges, { initialValue: '' });
  private readonly actieGewenst = toSignal(this.form.controls.actieGewenst.valueChanges, { initialValue: '' });
  protected readonly actieGewenstJa = computed(() => this.actieGewenst() === 'ja');
  protected readonly norm = computed(() => normVan(this.soort()));
  protected readonly isVervolgmelding = computed(() => this.norm()?.verplichteVelden.includes('vorigeMeldingId') ?? false);
  protected readonly leslocaties = signal<Leslocatie[]>([]);
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

  protected readonly stappen = STAPPEN;
  protected readonly stap = signal(0);
  protected readonly isLaatste = computed(() => this.stap() === STAPPEN.length - 1);
  private readonly stapKop = viewChild.required<ElementRef<HTMLElement>>('stapKop');
  private readonly injector = inject(Injector);
  protected readonly controlIdsInStap = computed(() => {
    const velden = STAPPEN[this.stap()].velden as readonly string[];
    return Object.fromEntries(Object.entries(this.controlIds).filter(([veld]) => velden.includes(veld)));
  });

  /** The form's values, once typing pauses: the completeness line changes only then. */
  private readonly rustigeWaarden = toSignal(
    this.form.valueChanges.pipe(
      debounceTime(VOLLEDIGHEID_WACHTTIJD_MS),
      map(() => this.form.getRawValue()),
    ),
    { initialValue: this.form.getRawValue() },
  );
  private readonly eisen = computed(() => {
    const norm = this.norm();
    const actieJa = this.actieGewenstJa();
    return VELDEN.map((veld) => ({
      veld,
      eis: veld === 'toelichtingActieGewenst' && actieJa ? ('verplicht' as const) : veldEis(norm, veld),
    }));
  });
  private readonly leegVelden = computed(() => {
    const m = meldingUitFormulier(this.rustigeWaarden(), this.isVervolgmelding()) as unknown as Record<string, unknown>;
    return new Set(VELDEN.filter((v) => m[v] === undefined || (Array.isArray(m[v]) && !(m[v] as unknown[]).length)));
  });
  protected readonly volledigheidTekst = computed(() => {
    const leeg = this.leegVelden();
    const tel = (eis: string) => {
      const velden = this.eisen().filter((e) => e.eis === eis);
      return { ingevuld: velden.filter((e) => !leeg.has(e.veld)).length, totaal: velden.length };
    };
    const verplicht = tel('verplicht');
    const aanbevolen = tel('aanbevolen');
    const zin = `Verplicht: ${verplicht.ingevuld} van ${verplicht.totaal} ingevuld. Aanbevolen voor een volledige melding: ${aanbevolen.ingevuld} van ${aanbevolen.totaal} ingevuld.`;
    return verplicht.ingevuld === verplicht.totaal && aanbevolen.ingevuld === aanbevolen.totaal
      ? `${zin} De melding is volledig.`
      : zin;
  });
  /** The required and recommended fields of this step that are still empty (not a live region). */
  protected readonly leegInStap = computed(() => {
    const velden = STAPPEN[this.stap()].velden as readonly string[];
    const leeg = this.leegVelden();
    return this.eisen()
      .filter((e) => e.eis !== 'optioneel' && velden.includes(e.veld) && leeg.has(e.veld))
      .map((e) => `${veldLabel(e.veld)}${e.eis === 'aanbevolen' ? ' (aanbevolen)' : ''}`);
  });

  /** The summary before sending: every field of each step with what was filled in. */
  protected readonly samenvatting = computed(() => {
    if (!this.isLaatste()) return [];
    const w = this.form.getRawValue();
    const m = this.melding() as unknown as Record<string, unknown>;
    const leslocatie = this.leslocaties().find((l) => l.id === w.leslocatieVestigingId)?.naam ?? '';
    const vorige = this.vorigeMeldingen().find((v) => v.id === w.vorigeMeldingId);
    const waarde = (veld: Veld): string => {
      const v = m[veld];
      if (v === undefined) return '';
      switch (veld) {
        case 'soort':
          return soortLabel(v as string);
        case 'leslocatieVestigingId':
          return leslocatie || String(v);
        case 'vermoedelijkeSoort':
          return vermoedelijkeSoortLabel(v as string);
        case 'geboortedatum':
        case 'begindatum':
        case 'einddatum':
          return formatDatum(v as string);
        case 'zorgen':
          return (v as Zorg[]).map((z) => ZORG_LABELS[z] ?? z).join(', ');
        case 'vorigeMeldingId':
          return vorige ? `${formatDatum(vorige.gemeldOp)} – ${soortLabel(vorige.soort)} – ${studentNaam(vorige)}` : String(v);
        default:
          return typeof v === 'boolean' ? (v ? 'Ja' : 'Nee') : String(v);
      }
    };
    return STAPPEN.slice(0, -1).map((s) => ({
      titel: s.titel,
      regels: s.velden
        .filter((veld) => veld !== 'vorigeMeldingId' || this.isVervolgmelding())
        .map((veld) => ({ veld, label: veldLabel(veld), waarde: waarde(veld) })),
    }));
  });

  private melding() {
    return meldingUitFormulier(this.form.getRawValue(), this.isVervolgmelding());
  }

  /** The client checks, in the order of the form; only those of `stap` when given. */
  private fouten(stap?: number): Record<string, string> {
    const fouten = controleerMelding(this.melding(), this.norm(), this.vandaag);
    const velden: readonly string[] = stap === undefined ? VELDEN : STAPPEN[stap].velden;
    return Object.fromEntries(VELDEN.filter((v) => fouten[v] && velden.includes(v)).map((v) => [v, fouten[v]]));
  }

  protected naarStap(stap: number): void {
    this.status.wis();
    this.stap.set(stap);
    afterNextRender(() => this.stapKop().nativeElement.focus(), { injector: this.injector });
  }

  protected vorige(): void {
    if (this.stap() > 0) this.naarStap(this.stap() - 1);
  }

  /** Enter or "Volgende": check this step and go on; on the summary: send. */
  protected async verder(): Promise<void> {
    if (this.isLaatste()) return this.verstuur();
    const fouten = this.fouten(this.stap());
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    this.naarStap(this.stap() + 1);
  }

  /** Errors on fields of an earlier step (the API's, or after a change of soort): show that step with them. */
  private toonFoutenInStap(fouten: Record<string, string>, detail: string | null = null): void {
    const eerste = VELDEN.find((v) => fouten[v]);
    if (eerste !== undefined && stapVanVeld(eerste) !== this.stap()) this.naarStap(stapVanVeld(eerste));
    this.status.toonVeldfouten(fouten);
    if (detail) this.status.detail.set(detail);
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const melding = this.melding();
    const geordend = this.fouten();
    if (Object.keys(geordend).length) return this.toonFoutenInStap(geordend);

    let opgeslagen: MeldingDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      opgeslagen = await this.api.maak(melding);
    });
    if (!gelukt) {
      // "Required by the agenda" from the API says nothing about which field in the summary: use our text.
      const fouten = Object.fromEntries(
        Object.entries(this.status.velden()).map(([veld, tekst]) => [
          veld,
          /^Dit veld is verplicht/.test(tekst) ? `${leegTekst(veld)} ${VERPLICHT_DOOR_AGENDA}` : tekst,
        ]),
      );
      if (Object.keys(fouten).length) this.toonFoutenInStap(fouten, this.status.detail());
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
