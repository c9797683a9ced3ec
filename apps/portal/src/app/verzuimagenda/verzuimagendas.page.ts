import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import type { InstellingDto, VerzuimagendaDto, VerzuimagendaSamenvatting } from '@rmc/shared-api-types';
import {
  AlertComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  formatDatum,
  type CelBadge,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { AGENDA_STATUS_BADGE, AGENDA_STATUS_LABELS, VerzuimagendaApi, schooljaren } from './verzuimagenda.api';

@Component({
  selector: 'rmc-verzuimagendas-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    PageHeaderComponent,
    DataTableComponent,
    AlertComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  template: `
    <rmc-page-header
      titel="Verzuimagenda"
      intro="De afspraken over verzuim tussen een MBO-instelling en alle regio’s waar haar studenten wonen: normen per soort melding, termijnen, contactpersonen en preventie. Eén agenda per instelling per schooljaar; vastgesteld als alle partijen akkoord zijn."
    />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Agenda’s worden geladen…</p>
    } @else {
      <rmc-data-table
        bijschrift="Verzuimagenda’s"
        [bijschriftVerbergen]="true"
        [kolommen]="kolommen"
        [rijen]="agendas()"
        leegTekst="Er zijn nog geen verzuimagenda’s die u mag zien."
      />
    }

    @if (magAanmaken()) {
      <section aria-labelledby="nieuw-kop">
        <h2 class="utrecht-heading-2" id="nieuw-kop">Nieuwe verzuimagenda</h2>
        <p class="utrecht-paragraph">
          Uw regio wordt partij. De agenda begint als concept met de standaardnormen; daarna past u hem samen met de instelling
          aan.
        </p>
        <rmc-error-summary
          [detail]="status.detail()"
          [fouten]="status.velden()"
          [controlIds]="{ instellingId: 'agenda-instelling', schooljaar: 'agenda-schooljaar', regioIds: 'agenda-instelling' }"
        />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="maak()" novalidate>
          <rmc-form-field
            label="Instelling"
            controlId="agenda-instelling"
            [fout]="status.fout('instellingId') ?? status.fout('regioIds')"
          >
            <select
              rmcVeld
              class="utrecht-select utrecht-select--html-select"
              formControlName="instellingId"
              aria-required="true"
            >
              <option value="">Kies een instelling</option>
              @for (i of instellingen(); track i.id) {
                <option [value]="i.id">{{ i.naam }}</option>
              }
            </select>
          </rmc-form-field>
          <rmc-form-field label="Schooljaar" controlId="agenda-schooljaar" [fout]="status.fout('schooljaar')">
            <select
              rmcVeld
              class="utrecht-select utrecht-select--html-select rmc-invoer--middel"
              formControlName="schooljaar"
              aria-required="true"
            >
              @for (j of jaren; track j) {
                <option [value]="j">{{ j }}</option>
              }
            </select>
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Agenda aanmaken
          </button>
        </form>
      </section>
    }
  `,
})
export class VerzuimagendasPage implements OnInit {
  private readonly api = inject(VerzuimagendaApi);
  private readonly meldingenApi = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);

  protected readonly agendas = signal<VerzuimagendaSamenvatting[]>([]);
  protected readonly instellingen = signal<InstellingDto[]>([]);
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  protected readonly status = new FormulierStatus();
  protected readonly jaren = schooljaren().slice(1);
  protected readonly form = inject(FormBuilder).nonNullable.group({ instellingId: '', schooljaar: this.jaren[0] });
  /** A region makes an agenda with itself as party. A school cannot list the regions (no endpoint), so it does not start one here. */
  protected readonly magAanmaken = computed(
    () => TOEGANG.verzuimagendaWijzigen(this.sessie.ability()) && !!this.sessie.me()?.regio,
  );

  protected readonly kolommen: Kolom<VerzuimagendaSamenvatting>[] = [
    { kop: 'Instelling', waarde: (a) => a.instellingNaam, link: (a) => `/verzuimagenda/${encodeURIComponent(a.id)}` },
    { kop: 'Schooljaar', waarde: (a) => a.schooljaar },
    { kop: 'Versie', waarde: (a) => a.versie },
    { kop: 'Status', waarde: () => '', badges: (a) => statusBadges(a) },
    { kop: 'Akkoord', waarde: (a) => `${a.partijen.filter((p) => p.goedgekeurd).length} van ${a.partijen.length} partijen` },
    { kop: 'Gewijzigd', waarde: (a) => formatDatum(a.gewijzigdOp) || null },
  ];

  async ngOnInit(): Promise<void> {
    try {
      this.agendas.set(await this.api.lijst());
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'De verzuimagenda is op deze server nog niet beschikbaar.'
          : (p.detail ?? 'De agenda’s konden niet worden geladen.'),
      );
    } finally {
      this.laden.set(false);
    }
    if (this.magAanmaken()) this.instellingen.set(await this.meldingenApi.instellingen().catch(() => []));
  }

  protected async maak(): Promise<void> {
    if (this.status.bezig()) return;
    const { instellingId, schooljaar } = this.form.getRawValue();
    const regioId = this.sessie.me()?.regio?.id;
    if (!instellingId) return this.status.toonVeldfouten({ instellingId: 'Kies een instelling.' });
    let agenda: VerzuimagendaDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      agenda = await this.api.maak({ instellingId, schooljaar, regioIds: regioId ? [regioId] : [] });
    });
    if (!gelukt || !agenda) return;
    await this.router.navigate(['/verzuimagenda', (agenda as VerzuimagendaDto).id], {
      state: { melding: 'De verzuimagenda is aangemaakt als concept.' },
    });
  }
}

export function statusBadges(a: Pick<VerzuimagendaSamenvatting, 'status' | 'geldig'>): CelBadge[] {
  const uit: CelBadge[] = [{ tekst: AGENDA_STATUS_LABELS[a.status], soort: AGENDA_STATUS_BADGE[a.status] }];
  if (a.geldig) uit.push({ tekst: 'Geldig', soort: 'info' });
  return uit;
}
