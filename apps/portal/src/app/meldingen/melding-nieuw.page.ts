import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { MeldingDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, PageHeaderComponent } from '@rmc/portal-ui';
import { allePaginas } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { MeldingenApi } from './meldingen.api';
import { controleerMelding, leegTekst, vandaagInNederland } from './melding-controle';
import { VELDEN, maakMeldingFormulier, meldingUitFormulier, type Veld } from './melding-formulier';
import { MeldingStudentVeldenComponent } from './melding-student-velden.component';
import { normVan } from './melding-teksten';
import { MeldingVerzuimVeldenComponent } from './melding-verzuim-velden.component';
import { MeldingZorgenVeldenComponent } from './melding-zorgen-velden.component';
import { leslocatiesVoor, type Leslocatie } from './school-context';

const VERPLICHT_DOOR_AGENDA = 'Dit is verplicht volgens de verzuimagenda van uw instelling.';

/**
 * A school files a melding. The form's parts Student, Verzuim and Zorgen en aanpak are fieldset
 * components (melding-*-velden.component.ts) bound to this page's one form; the fields, the request
 * and the required/recommended rules are in melding-formulier.ts.
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
      Velden met “(niet verplicht)” mag u leeg laten. Welke velden verplicht zijn, hangt af van de soort melding.
    </p>

    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <fieldset
        class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep"
        rmcMeldingStudent
        [status]="status"
        [norm]="norm()"
      ></fieldset>

      <fieldset
        class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep"
        rmcMeldingVerzuim
        [status]="status"
        [norm]="norm()"
        [leslocaties]="leslocaties()"
        [vorigeMeldingen]="vorigeMeldingen()"
        [vorigeHint]="vorigeHint()"
      ></fieldset>

      <fieldset
        class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-groep"
        rmcMeldingZorgen
        [status]="status"
        [norm]="norm()"
        [actieGewenstJa]="actieGewenstJa()"
      ></fieldset>

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

  private melding() {
    return meldingUitFormulier(this.form.getRawValue(), this.isVervolgmelding());
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
