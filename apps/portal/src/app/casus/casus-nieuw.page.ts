import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { CasusBron, CasusCreate, CasusSamenvatting, PersoonDto } from '@rmc/shared-api-types';
import { DOELGROEPEN, type Doelgroep } from '@rmc/shared-domain';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  formatDatum,
} from '@rmc/portal-ui';
import { allePaginas } from '../core/api';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { PersonenApi, persoonNaam } from '../personen/personen.api';
import { CasusApi } from './casus.api';
import { BRON_LABELS, DOELGROEP_LABELS, casusNaam } from './casus-teksten';

const OPEN_FASEN = ['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren'];

/** A new case for a young person of the region: who, which doelgroep, where the signal came from. */
@Component({
  selector: 'rmc-casus-nieuw-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/casussen">Terug naar de caseload</a></p>
    <rmc-page-header
      titel="Nieuwe casus"
      intro="De casus begint in de fase Waarnemen. U bent de consulent en heeft de procesregie."
    />
    @if (laadFout()) {
      <rmc-alert soort="fout">{{ laadFout() }}</rmc-alert>
    }
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Jongere"
        controlId="casus-persoonId"
        hint="Jongeren met een open casus kunnen geen tweede casus krijgen."
        [fout]="status.fout('persoonId')"
      >
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="persoonId" aria-required="true">
          <option value="">{{ personen().length ? 'Kies een jongere' : 'Jongeren worden geladen…' }}</option>
          @for (p of personen(); track p.id) {
            <option [value]="p.id">{{ optieTekst(p) }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field label="Doelgroep" controlId="casus-doelgroep" [fout]="status.fout('doelgroep')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="doelgroep" aria-required="true">
          <option value="">Kies de doelgroep</option>
          @for (d of doelgroepen; track d) {
            <option [value]="d">{{ doelgroepLabels[d] }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field label="Bron van het signaal" controlId="casus-bron" [fout]="status.fout('bron')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="bron" aria-required="true">
          <option value="">Kies de bron</option>
          @for (b of bronnen; track b[0]) {
            <option [value]="b[0]">{{ b[1] }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field
        label="Toelichting op de bron"
        controlId="casus-bronToelichting"
        [optioneel]="true"
        hint="Bijvoorbeeld de datum van de DUO-lijst of wie de jongere aanmeldde."
        [fout]="status.fout('bronToelichting')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="bronToelichting"
        ></textarea>
      </rmc-form-field>
      <div class="utrecht-button-group rmc-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Casus aanmaken
        </button>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
          routerLink="/casussen"
          >Annuleren</a
        >
      </div>
    </form>
  `,
})
export class CasusNieuwPage {
  private readonly api = inject(CasusApi);
  private readonly personenApi = inject(PersonenApi);
  private readonly router = inject(Router);

  protected readonly doelgroepen = DOELGROEPEN;
  protected readonly doelgroepLabels = DOELGROEP_LABELS;
  protected readonly bronnen = Object.entries(BRON_LABELS) as [CasusBron, string][];
  protected readonly controlIds = {
    persoonId: 'casus-persoonId',
    doelgroep: 'casus-doelgroep',
    bron: 'casus-bron',
    bronToelichting: 'casus-bronToelichting',
  };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    persoonId: '',
    doelgroep: '',
    bron: '',
    bronToelichting: '',
  });

  protected readonly personen = signal<PersoonDto[]>([]);
  private readonly casussen = signal<CasusSamenvatting[]>([]);
  protected readonly laadFout = signal<string | null>(null);
  /** Names with an open case: marked in the list (the API refuses a second open case anyway). */
  private readonly metOpenCasus = computed(
    () =>
      new Set(
        this.casussen()
          .filter((c) => OPEN_FASEN.includes(c.fase))
          .map((c) => casusNaam(c)),
      ),
  );

  constructor() {
    void this.laad();
  }

  protected optieTekst(p: PersoonDto): string {
    const naam = persoonNaam(p);
    const geboren = p.geboortedatum ? `, geboren ${formatDatum(p.geboortedatum)}` : '';
    return `${naam}${geboren}${this.metOpenCasus().has(naam) ? ' (heeft een open casus)' : ''}`;
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { persoonId, doelgroep, bron, bronToelichting } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!persoonId) fouten['persoonId'] = 'Kies een jongere.';
    if (!doelgroep) fouten['doelgroep'] = 'Kies een doelgroep.';
    if (!bron) fouten['bron'] = 'Kies de bron van het signaal.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: CasusCreate = { persoonId, doelgroep: doelgroep as Doelgroep, bron: bron as CasusBron };
    if (bronToelichting.trim()) invoer.bronToelichting = bronToelichting.trim();
    let id = '';
    const gelukt = await this.status.voerUit(async () => {
      id = (await this.api.maak(invoer)).id;
    });
    if (gelukt)
      await this.router.navigate(['/casussen', id], {
        state: { melding: 'De casus is aangemaakt. Leg eerst het oordeel signalering vast.' },
      });
  }

  private async laad(): Promise<void> {
    try {
      // A picker over the first 500 by name (as before paging); a search comes with a later issue.
      const [personen, casussen] = await Promise.all([
        allePaginas((cursor) => this.personenApi.lijst(cursor, 100)),
        this.api.lijst(),
      ]);
      this.personen.set(personen);
      this.casussen.set(casussen);
    } catch (fout) {
      this.laadFout.set(leesProbleem(fout).detail ?? 'De jongeren konden niet worden geladen.');
    }
  }
}
