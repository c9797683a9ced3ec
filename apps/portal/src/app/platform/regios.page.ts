import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import type { PlatformRegioDto } from '@rmc/shared-api-types';
import {
  ConfirmDialogComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { CoordinatorUitnodigenFormComponent } from './coordinator-uitnodigen-form.component';
import { PlatformApi, type GemeenteDto } from './platform.api';
import { RegioAanmakenFormComponent } from './regio-aanmaken-form.component';

@Component({
  selector: 'rmc-regios-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageHeaderComponent,
    DataTableComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    ConfirmDialogComponent,
    RegioAanmakenFormComponent,
    CoordinatorUitnodigenFormComponent,
  ],
  template: `
    <rmc-page-header
      titel="Regio’s"
      intro="Elke regio is een eigen omgeving met eigen gegevens. Als platformbeheerder ziet u geen gegevens van jongeren."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />

    <section aria-labelledby="lijst-kop">
      <h2 class="utrecht-heading-2" id="lijst-kop">Regio’s op het platform</h2>
      @if (laden()) {
        <p class="utrecht-paragraph" role="status">Regio’s worden geladen…</p>
      } @else {
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Regio’s"
          [kolommen]="kolommen()"
          [rijen]="regios()"
          leegTekst="Er zijn nog geen regio’s."
        >
          <ng-template #acties let-regio>
            <div class="rmc-knoppen">
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="uitnodigenVoor.set(regio)"
              >
                Coördinator uitnodigen<span class="rmc-visueel-verborgen"> voor {{ regio.naam }}</span>
              </button>
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="wisselActief(regio)"
              >
                {{ regio.actief ? 'Deactiveren' : 'Activeren' }}<span class="rmc-visueel-verborgen">: {{ regio.naam }}</span>
              </button>
            </div>
          </ng-template>
        </rmc-data-table>
      }
      @if (uitnodigenVoor(); as regio) {
        <rmc-coordinator-uitnodigen-form
          [regio]="regio"
          (uitgenodigd)="coordinatorUitgenodigd(regio, $event)"
          (geannuleerd)="uitnodigenVoor.set(null)"
        />
      }
    </section>

    <section aria-labelledby="aanmaken-kop">
      <h2 class="utrecht-heading-2" id="aanmaken-kop">Regio aanmaken</h2>
      <rmc-regio-aanmaken-form [gemeenten]="gemeenten()" (aangemaakt)="laad()" />
    </section>
    <rmc-confirm-dialog />
  `,
})
export class RegiosPage implements OnInit {
  private readonly api = inject(PlatformApi);
  private readonly dialoog = viewChild.required(ConfirmDialogComponent);

  protected readonly regios = signal<PlatformRegioDto[]>([]);
  protected readonly gemeenten = signal<GemeenteDto[]>([]);
  protected readonly laden = signal(true);
  protected readonly succes = signal<string | null>(null);
  protected readonly uitnodigenVoor = signal<PlatformRegioDto | null>(null);
  protected readonly actie = new FormulierStatus();

  private readonly gemeenteNaam = computed(() => new Map(this.gemeenten().map((g) => [g.code, g.naam])));
  protected readonly kolommen = computed<Kolom<PlatformRegioDto>[]>(() => {
    const naam = this.gemeenteNaam();
    return [
      { kop: 'Naam', waarde: (r) => r.naam },
      { kop: 'Contactgemeente', waarde: (r) => naam.get(r.contactgemeenteCode) ?? r.contactgemeenteCode },
      { kop: 'Gemeenten', waarde: (r) => r.gemeenteCodes.length },
      { kop: 'Gebruikers', waarde: (r) => r.aantalGebruikers },
      { kop: 'Status', waarde: (r) => (r.actief ? 'Actief' : 'Gedeactiveerd') },
    ];
  });

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  /** Regions and gemeenten together: a new region takes gemeenten out of the free list. */
  protected async laad(): Promise<void> {
    await this.actie.voerUit(async () => {
      const [regios, gemeenten] = await Promise.all([this.api.regios(), this.api.gemeenten()]);
      this.regios.set(regios);
      this.gemeenten.set(gemeenten);
    });
    this.laden.set(false);
  }

  protected async coordinatorUitgenodigd(regio: PlatformRegioDto, email: string): Promise<void> {
    this.uitnodigenVoor.set(null);
    this.succes.set(`Uitnodiging verstuurd naar ${email} als coördinator van ${regio.naam}.`);
    await this.laad();
  }

  protected async wisselActief(regio: PlatformRegioDto): Promise<void> {
    this.succes.set(null);
    if (regio.actief) {
      const zeker = await this.dialoog().vraag({
        titel: `${regio.naam} deactiveren?`,
        tekst:
          'Niemand in deze regio kan daarna nog inloggen. De gegevens blijven bewaard; u kunt de regio later weer activeren.',
        bevestigLabel: 'Ja, deactiveren',
      });
      if (!zeker) return;
    }
    const gelukt = await this.actie.voerUit(() => this.api.zetActief(regio.id, !regio.actief));
    if (!gelukt) return;
    this.succes.set(`${regio.naam} is ${regio.actief ? 'gedeactiveerd' : 'geactiveerd'}.`);
    await this.laad();
  }
}
