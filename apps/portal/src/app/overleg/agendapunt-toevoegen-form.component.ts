import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { CasusSamenvatting, OverlegDto } from '@rmc/shared-api-types';
import { overlegPartnersMetDeling } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { CasusApi } from '../casus/casus.api';
import { FASE_LABELS, casusNaam } from '../casus/casus-teksten';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { OverlegApi, type OverlegWijziging } from './overleg.api';

/**
 * The chair puts a case on the agenda with a question. Only cases shared with every participating
 * organisation that needs a share (overlegPartnersMetDeling) are offered: the caseload query filters
 * on them (`gedeeldMet`). The API still refuses (409) when a share ended meanwhile, naming that
 * organisation; the form then links to the case's Delen section, where the share can be made.
 */
@Component({
  selector: 'rmc-agendapunt-toevoegen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    @if (zonderDeling(); as casusId) {
      <p class="utrecht-paragraph">
        <a class="utrecht-link" [routerLink]="['/casussen', casusId]" [queryParams]="{ onderdeel: 'delen' }"
          >Deel de casus eerst met deze organisatie (onderdeel Delen van de casus)</a
        >
      </p>
    }
    <form class="rmc-formulier rmc-formulier--breed" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Casus" controlId="agenda-casus" [hint]="casusHint()" [fout]="status.fout('casusId')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="casusId" aria-required="true">
          <option value="">{{ laden() ? 'Casussen worden geladen…' : 'Kies een casus' }}</option>
          @for (c of keuzes(); track c.id) {
            <option [value]="c.id">{{ c.tekst }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field
        label="Vraag aan het overleg"
        controlId="agenda-vraag"
        hint="Wat wilt u van de deelnemers weten of met hen afspreken?"
        [fout]="status.fout('vraag')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="3"
          formControlName="vraag"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Casus toevoegen
      </button>
    </form>
  `,
})
export class AgendapuntToevoegenFormComponent implements OnInit {
  private readonly api = inject(OverlegApi);
  private readonly casusApi = inject(CasusApi);
  readonly overlegId = input.required<string>();
  /** Cases already on the agenda are not offered again. */
  readonly alOpAgenda = input<string[]>([]);
  /** The participating organisations: each one that needs a share must have an active one. */
  readonly organisaties = input<OverlegDto['organisaties']>([]);
  readonly gewijzigd = output<OverlegWijziging>();
  private readonly partners = computed(() => overlegPartnersMetDeling(this.organisaties()));
  protected readonly casusHint = computed(() => {
    const namen = this.partners().map((o) => o.naam);
    return namen.length
      ? `U ziet alleen casussen die met elke deelnemende organisatie gedeeld zijn (een actieve deling met grondslag): ${namen.join(', ')}.`
      : 'Elke deelnemende organisatie moet de casus mogen zien (een actieve deling met grondslag).';
  });

  protected readonly controlIds = { casusId: 'agenda-casus', vraag: 'agenda-vraag' };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({ casusId: '', vraag: '' });
  protected readonly zonderDeling = signal<string | null>(null);
  protected readonly laden = signal(true);
  private readonly casussen = signal<CasusSamenvatting[]>([]);
  protected readonly keuzes = computed(() =>
    this.casussen()
      .filter((c) => !this.alOpAgenda().includes(c.id) && c.fase !== 'afgesloten' && c.fase !== 'beeindigd')
      .map((c) => ({ id: c.id, tekst: `${casusNaam(c) || 'Naam niet zichtbaar'} (${FASE_LABELS[c.fase] ?? c.fase})` }))
      .sort((a, b) => a.tekst.localeCompare(b.tekst, 'nl')),
  );

  ngOnInit(): void {
    // Once, with the participants of the meeting as it was opened.
    void this.laad();
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { casusId, vraag } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!casusId) fouten['casusId'] = 'Kies een casus.';
    if (vraag.trim().length < 5) fouten['vraag'] = 'Formuleer de vraag aan het overleg (minstens 5 tekens).';
    this.zonderDeling.set(null);
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    this.status.wis();
    this.status.bezig.set(true);
    try {
      const overleg = await this.api.agendapunt(this.overlegId(), { casusId, vraag: vraag.trim() });
      this.form.reset();
      const naam = this.keuzes().find((c) => c.id === casusId)?.tekst ?? 'De casus';
      this.gewijzigd.emit({ overleg, bericht: `${naam} staat op de agenda.` });
    } catch (fout) {
      this.status.toonProbleem(fout);
      const probleem = leesProbleem(fout);
      if (probleem.status === 409) {
        // The field messages name the organisations with their id; the user needs only the names.
        const namen = (probleem.errors ?? []).map((e) => e.message.replace(/\s*\([0-9a-f-]{36}\)/i, ''));
        this.status.velden.set({ casusId: namen.join(' ') || 'Niet elke deelnemende organisatie mag deze casus zien.' });
        this.zonderDeling.set(casusId);
      }
    } finally {
      this.status.bezig.set(false);
    }
  }

  private async laad(): Promise<void> {
    try {
      this.casussen.set(await this.casusApi.lijst(this.partners().map((o) => o.id)));
    } catch (fout) {
      this.status.toonProbleem(fout, { 403: 'U kunt geen casussen kiezen.' });
    } finally {
      this.laden.set(false);
    }
  }
}
