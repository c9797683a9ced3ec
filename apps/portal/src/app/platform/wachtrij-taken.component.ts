import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { DataTableComponent, ErrorSummaryComponent, StatusMessageComponent, formatMoment, type Kolom } from '@rmc/portal-ui';
import type { WachtrijTaakDto } from '@rmc/shared-api-types';
import { API } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';

const WACHTRIJEN = [
  { waarde: 'mail', label: 'E-mail' },
  { waarde: 'import', label: 'Import van meldingen' },
  { waarde: 'scan', label: 'Herinneringen en bewaartermijn (per regio)' },
];
const TOESTANDEN = [
  { waarde: 'failed', label: 'Mislukt' },
  { waarde: 'waiting', label: 'Wachtend' },
  { waarde: 'delayed', label: 'Uitgesteld (wacht op een nieuwe poging)' },
  { waarde: 'active', label: 'Bezig' },
  { waarde: 'completed', label: 'Afgerond' },
];

/** Job-level view of one queue for the platform-beheerder: attempts, the error, and retrying a failed job. */
@Component({
  selector: 'rmc-wachtrij-taken',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, DataTableComponent, ErrorSummaryComponent, StatusMessageComponent],
  template: `
    <section aria-labelledby="taken-kop">
      <h2 class="utrecht-heading-2" id="taken-kop">Taken bekijken</h2>
      <form class="rmc-filter" (ngSubmit)="laad()" aria-label="Taken kiezen">
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="taken-wachtrij">Wachtrij</label>
          <select class="utrecht-select utrecht-select--html-select" id="taken-wachtrij" name="wachtrij" [(ngModel)]="wachtrij">
            @for (w of wachtrijen; track w.waarde) {
              <option [value]="w.waarde">{{ w.label }}</option>
            }
          </select>
        </div>
        <div class="utrecht-form-field">
          <label class="utrecht-form-label" for="taken-toestand">Toestand</label>
          <select class="utrecht-select utrecht-select--html-select" id="taken-toestand" name="toestand" [(ngModel)]="toestand">
            @for (t of toestanden; track t.waarde) {
              <option [value]="t.waarde">{{ t.label }}</option>
            }
          </select>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
          Taken tonen
        </button>
      </form>
      <rmc-error-summary [detail]="status.detail()" />
      <rmc-status-message [bericht]="melding()" />
      @if (taken(); as lijst) {
        <rmc-data-table
          bijschrift="Taken in de gekozen wachtrij (de nieuwste 50)"
          [kolommen]="kolommen"
          [rijen]="lijst"
          leegTekst="Er zijn geen taken in deze toestand."
        >
          <ng-template #acties let-rij>
            <!-- A scan round is not offered again: the region's next round follows within the interval. -->
            @if (rij.toestand === 'failed' && wachtrij !== 'scan') {
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="opnieuw(rij)"
              >
                Opnieuw aanbieden<span class="rmc-visueel-verborgen"> taak {{ rij.id }}</span>
              </button>
            }
          </ng-template>
        </rmc-data-table>
      }
    </section>
  `,
})
export class WachtrijTakenComponent implements OnInit {
  private readonly http = inject(HttpClient);
  readonly gewijzigd = output<void>();
  protected readonly wachtrijen = WACHTRIJEN;
  protected readonly toestanden = TOESTANDEN;
  protected wachtrij = 'mail';
  protected toestand = 'failed';
  protected readonly taken = signal<WachtrijTaakDto[] | null>(null);
  protected readonly melding = signal<string | null>(null);
  protected readonly status = new FormulierStatus();

  protected readonly kolommen: Kolom<WachtrijTaakDto>[] = [
    { kop: 'Taak', waarde: (t) => t.id },
    { kop: 'Soort', waarde: (t) => t.naam },
    { kop: 'Pogingen', waarde: (t) => `${t.pogingen} van ${t.maxPogingen}` },
    { kop: 'Foutmelding', waarde: (t) => t.fout ?? '—' },
    { kop: 'Aangemaakt', waarde: (t) => formatMoment(t.aangemaaktOp) },
    { kop: 'Laatst verwerkt', waarde: (t) => (t.verwerktOp ? formatMoment(t.verwerktOp) : '—') },
  ];

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async laad(): Promise<void> {
    this.melding.set(null);
    await this.status.voerUit(async () =>
      this.taken.set(
        await firstValueFrom(
          this.http.get<WachtrijTaakDto[]>(`${API}/platform/wachtrijen/${this.wachtrij}/taken`, {
            params: { toestand: this.toestand },
          }),
        ),
      ),
    );
  }

  protected async opnieuw(taak: WachtrijTaakDto): Promise<void> {
    const gelukt = await this.status.voerUit(() =>
      firstValueFrom(
        this.http.post(`${API}/platform/wachtrijen/${this.wachtrij}/taken/${encodeURIComponent(taak.id)}/opnieuw`, {}),
      ),
    );
    if (!gelukt) return;
    await this.laad();
    this.melding.set(`Taak ${taak.id} is opnieuw aangeboden.`);
    this.gewijzigd.emit();
  }
}
