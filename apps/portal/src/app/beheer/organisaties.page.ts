import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import type { OrganisatieDto } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORT_LABELS } from '@rmc/shared-domain';
import {
  ConfirmDialogComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { SessieService } from '../core/sessie.service';
import { OrganisatieToevoegenFormComponent } from './organisatie-toevoegen-form.component';
import { OrganisatiesApi } from './organisaties.api';

@Component({
  selector: 'rmc-organisaties-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageHeaderComponent,
    DataTableComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    ConfirmDialogComponent,
    OrganisatieToevoegenFormComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Organisaties"
      intro="De teams en ketenpartners in uw regio. Medewerkers nodigt u uit bij een organisatie."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />

    <section aria-labelledby="lijst-kop">
      <h2 class="utrecht-heading-2" id="lijst-kop">Organisaties in de regio</h2>
      @if (laden()) {
        <p class="utrecht-paragraph" role="status">Organisaties worden geladen…</p>
      } @else {
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Organisaties"
          [kolommen]="kolommen"
          [rijen]="organisaties()"
          leegTekst="Er zijn nog geen organisaties."
        >
          @if (magWijzigen()) {
            <ng-template #acties let-organisatie>
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="wisselActief(organisatie)"
              >
                {{ organisatie.actief ? 'Deactiveren' : 'Activeren'
                }}<span class="rmc-visueel-verborgen">: {{ organisatie.naam }}</span>
              </button>
            </ng-template>
          }
        </rmc-data-table>
        <rmc-meer-laden
          wat="organisaties"
          enkelvoud="organisatie"
          [aantal]="organisaties().length"
          [totaal]="pagina.totaal()"
          [meer]="pagina.meer()"
          [bezig]="pagina.bezig()"
          (laden)="meer()"
        />
      }
    </section>

    @if (magToevoegen()) {
      <section aria-labelledby="toevoegen-kop">
        <h2 class="utrecht-heading-2" id="toevoegen-kop">Organisatie toevoegen</h2>
        <rmc-organisatie-toevoegen-form (toegevoegd)="laad()" />
      </section>
    }
    <rmc-confirm-dialog />
  `,
})
export class OrganisatiesPage implements OnInit {
  private readonly api = inject(OrganisatiesApi);
  private readonly sessie = inject(SessieService);
  private readonly dialoog = viewChild.required(ConfirmDialogComponent);

  protected readonly pagina = new PaginaLijst<OrganisatieDto>((cursor) => this.api.pagina(cursor));
  protected readonly organisaties = this.pagina.items;
  protected readonly laden = signal(true);
  protected readonly succes = signal<string | null>(null);
  protected readonly actie = new FormulierStatus();
  protected readonly magToevoegen = computed(
    () => this.sessie.ability().can('create', 'Organisatie') || this.sessie.ability().can('manage', 'Organisatie'),
  );
  protected readonly magWijzigen = computed(
    () => this.sessie.ability().can('update', 'Organisatie') || this.sessie.ability().can('manage', 'Organisatie'),
  );

  protected readonly kolommen: Kolom<OrganisatieDto>[] = [
    { kop: 'Naam', waarde: (o) => o.naam },
    { kop: 'Soort', waarde: (o) => ORGANISATIE_SOORT_LABELS[o.soort] ?? o.soort },
    { kop: 'Status', waarde: (o) => (o.actief ? 'Actief' : 'Gedeactiveerd') },
  ];

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async laad(): Promise<void> {
    await this.actie.voerUit(() => this.pagina.eerste());
    this.laden.set(false);
  }

  protected async meer(): Promise<void> {
    await this.actie.voerUit(() => this.pagina.volgendePagina());
  }

  protected async wisselActief(organisatie: OrganisatieDto): Promise<void> {
    this.succes.set(null);
    if (organisatie.actief) {
      const zeker = await this.dialoog().vraag({
        titel: `${organisatie.naam} deactiveren?`,
        tekst: 'Medewerkers van deze organisatie kunnen daarna niet meer inloggen. U kunt de organisatie later weer activeren.',
        bevestigLabel: 'Ja, deactiveren',
      });
      if (!zeker) return;
    }
    const gelukt = await this.actie.voerUit(() => this.api.zetActief(organisatie.id, !organisatie.actief));
    if (!gelukt) return;
    this.succes.set(`${organisatie.naam} is ${organisatie.actief ? 'gedeactiveerd' : 'geactiveerd'}.`);
    await this.laad();
  }
}
