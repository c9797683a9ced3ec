import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import type { GebruikerDto, OrganisatieDto } from '@rmc/shared-api-types';
import { ROL_LABELS } from '@rmc/shared-domain';
import {
  AlertComponent,
  ConfirmDialogComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { LijstTellingComponent } from '../shared/lijst-telling.component';
import { urlLijst } from '../shared/lijst-staat';
import { SessieService } from '../core/sessie.service';
import { GebruikerUitnodigenFormComponent } from './gebruiker-uitnodigen-form.component';
import { GebruikersApi } from './gebruikers.api';
import { OrganisatiesApi } from './organisaties.api';

const STATUS_LABELS: Record<GebruikerDto['status'], string> = {
  uitgenodigd: 'Uitgenodigd',
  actief: 'Actief',
  geblokkeerd: 'Geblokkeerd',
};

@Component({
  selector: 'rmc-gebruikers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertComponent,
    LijstTellingComponent,
    PageHeaderComponent,
    DataTableComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    ConfirmDialogComponent,
    GebruikerUitnodigenFormComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Gebruikers"
      intro="Medewerkers van de regio en de ketenpartners. Nieuwe collega’s krijgen een uitnodiging per e-mail."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />

    <section aria-labelledby="lijst-kop">
      <h2 class="utrecht-heading-2" id="lijst-kop">Alle gebruikers</h2>
      @if (lijst.fout()) {
        <rmc-alert soort="fout">{{ lijst.fout() }}</rmc-alert>
      }
      @if (laden()) {
        <p class="utrecht-paragraph" role="status">Gebruikers worden geladen…</p>
      } @else {
        <rmc-lijst-telling [aantal]="lijst.aantal()" />
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Gebruikers"
          [kolommen]="kolommen"
          [rijen]="gebruikers()"
          leegTekst="Er zijn nog geen gebruikers. Nodig collega’s uit met het formulier hieronder."
        >
          <ng-template #acties let-gebruiker>
            @if (gebruiker.id !== eigenId()) {
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="wisselActief(gebruiker)"
              >
                {{ gebruiker.actief ? 'Deactiveren' : 'Activeren'
                }}<span class="rmc-visueel-verborgen">: {{ gebruiker.naam }}</span>
              </button>
            }
          </ng-template>
        </rmc-data-table>
        <rmc-meer-laden
          wat="gebruikers"
          enkelvoud="gebruiker"
          [aantal]="gebruikers().length"
          [totaal]="lijst.pagina.totaal()"
          [meer]="lijst.pagina.meer()"
          [bezig]="lijst.pagina.bezig()"
          (laden)="lijst.meer()"
        />
      }
    </section>

    <section aria-labelledby="uitnodigen-kop">
      <h2 class="utrecht-heading-2" id="uitnodigen-kop">Gebruiker uitnodigen</h2>
      <rmc-gebruiker-uitnodigen-form [organisaties]="organisaties()" (uitgenodigd)="laad()" />
    </section>
    <rmc-confirm-dialog />
  `,
})
export class GebruikersPage implements OnInit {
  private readonly gebruikersApi = inject(GebruikersApi);
  private readonly organisatiesApi = inject(OrganisatiesApi);
  private readonly dialoog = viewChild.required(ConfirmDialogComponent);

  private readonly sessie = inject(SessieService);

  /** You cannot deactivate yourself: that would lock the region's last coördinator out. */
  protected readonly eigenId = computed(() => this.sessie.me()?.gebruiker.id);
  /** The pages loaded are in the URL (`?paginas=`): back and reload keep them. */
  protected readonly lijst = urlLijst({}, (_w, cursor) => this.gebruikersApi.lijst(cursor), {
    enkelvoud: 'gebruiker',
    meervoud: 'gebruikers',
    fout: 'De gebruikers konden niet worden geladen.',
  });
  protected readonly gebruikers = this.lijst.items;
  protected readonly organisaties = signal<OrganisatieDto[]>([]);
  protected readonly laden = this.lijst.laden;
  protected readonly succes = signal<string | null>(null);
  protected readonly actie = new FormulierStatus();

  protected readonly kolommen: Kolom<GebruikerDto>[] = [
    { kop: 'Naam', waarde: (g) => g.naam },
    { kop: 'E-mailadres', waarde: (g) => g.email },
    {
      kop: 'Rol en organisatie',
      waarde: (g) =>
        g.lidmaatschappen
          .map((l) => `${ROL_LABELS[l.rol] ?? l.rol}${l.organisatieNaam ? ` bij ${l.organisatieNaam}` : ''}`)
          .join('; '),
    },
    { kop: 'Status', waarde: (g) => (g.actief ? (STATUS_LABELS[g.status] ?? g.status) : 'Gedeactiveerd') },
  ];

  async ngOnInit(): Promise<void> {
    await this.laadOrganisaties();
  }

  protected laad(): Promise<void> {
    return this.lijst.opnieuw();
  }

  private async laadOrganisaties(): Promise<void> {
    await this.actie.voerUit(async () => this.organisaties.set(await this.organisatiesApi.lijst()));
  }

  protected async wisselActief(gebruiker: GebruikerDto): Promise<void> {
    this.succes.set(null);
    if (gebruiker.actief) {
      const zeker = await this.dialoog().vraag({
        titel: `${gebruiker.naam} deactiveren?`,
        tekst:
          'Deze gebruiker kan daarna niet meer inloggen en lopende sessies stoppen. U kunt het account later weer activeren.',
        bevestigLabel: 'Ja, deactiveren',
      });
      if (!zeker) return;
    }
    const gelukt = await this.actie.voerUit(() => this.gebruikersApi.wijzig(gebruiker.id, { actief: !gebruiker.actief }));
    if (!gelukt) return;
    this.succes.set(`${gebruiker.naam} is ${gebruiker.actief ? 'gedeactiveerd' : 'geactiveerd'}.`);
    await this.laad();
  }
}
