import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import {
  ConfirmDialogComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  focusOpElement,
  formatMoment,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { EenmaligTokenComponent } from './eenmalig-token.component';
import { KoppelingAanmakenFormComponent } from './koppeling-aanmaken-form.component';
import { KoppelingenApi, type NieuweSysteemkoppeling, type Systeemkoppeling } from './koppelingen.api';

/**
 * School: API tokens with which the school's own system (Eduarte, Magister, …) files verzuimmeldingen
 * for this vestiging. A token is shown once, right after it is made, and can be revoked here.
 */
@Component({
  selector: 'rmc-koppelingen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageHeaderComponent,
    DataTableComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    ConfirmDialogComponent,
    KoppelingAanmakenFormComponent,
    EenmaligTokenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Koppelingen"
      intro="Met een koppeling geeft het schoolsysteem van uw vestiging (bijvoorbeeld het studentvolgsysteem) verzuimmeldingen rechtstreeks door aan het RMC, zonder overtypen. Elke koppeling heeft een eigen token."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />

    @if (nieuw(); as n) {
      <rmc-eenmalig-token [naam]="n.naam" [token]="n.token" (klaar)="tokenOpgeslagen()" />
    }

    <section aria-labelledby="lijst-kop">
      <h2 class="utrecht-heading-2" id="lijst-kop">Koppelingen van uw vestiging</h2>
      @if (laden()) {
        <p class="utrecht-paragraph" role="status">Koppelingen worden geladen…</p>
      } @else {
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Koppelingen van uw vestiging"
          [kolommen]="kolommen"
          [rijen]="koppelingen()"
          leegTekst="Uw vestiging heeft nog geen koppelingen."
        >
          <ng-template #acties let-koppeling>
            @if (magIntrekken() && !koppeling.ingetrokken) {
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="trekIn(koppeling)"
              >
                Intrekken<span class="rmc-visueel-verborgen">: {{ koppeling.naam }}</span>
              </button>
            }
          </ng-template>
        </rmc-data-table>
      }
    </section>

    @if (magMaken()) {
      <section aria-labelledby="nieuw-kop">
        <h2 class="utrecht-heading-2" id="nieuw-kop">Nieuwe koppeling</h2>
        <p class="utrecht-paragraph">
          Na het aanmaken ziet u het token één keer. Houd het schoolsysteem bij de hand om het meteen in te vullen.
        </p>
        <rmc-koppeling-aanmaken-form (aangemaakt)="aangemaakt($event)" />
      </section>
    }

    <section aria-labelledby="gebruik-kop">
      <h2 class="utrecht-heading-2" id="gebruik-kop">Zo gebruikt het schoolsysteem het token</h2>
      <p class="utrecht-paragraph">
        Het schoolsysteem stuurt elke melding naar <code class="rmc-code">POST /api/v1/meldingen</code> en zet het token in de kop
        <code class="rmc-code">Authorization</code>:
      </p>
      <pre class="rmc-voorbeeld"><code>POST {{ basis }}/api/v1/meldingen
Authorization: Bearer &lt;token&gt;
Content-Type: application/json</code></pre>
      <p class="utrecht-paragraph">
        Het token werkt alleen voor meldingen van uw vestiging: het schoolsysteem kan daarmee melden en de eigen meldingen lezen,
        verder niets. Welke velden een melding heeft en welke antwoorden het systeem kan krijgen, staat in de
        <a class="utrecht-link" href="/api/docs">API-documentatie</a>.
      </p>
      <p class="utrecht-paragraph">
        Trek een koppeling meteen in als het token is uitgelekt of als het schoolsysteem de koppeling niet meer gebruikt.
      </p>
    </section>
    <rmc-confirm-dialog />
  `,
  styles: `
    .rmc-voorbeeld {
      margin-block: 0 1rem;
      padding: 0.75rem 1rem;
      background: var(--rmc-achtergrond-zacht);
      border: 2px solid var(--rmc-lijn);
      border-radius: 4px;
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      font-size: 1rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class KoppelingenPage implements OnInit {
  private readonly api = inject(KoppelingenApi);
  private readonly sessie = inject(SessieService);
  private readonly dialoog = viewChild.required(ConfirmDialogComponent);

  protected readonly basis = window.location.origin;
  protected readonly koppelingen = signal<Systeemkoppeling[]>([]);
  /** The koppeling just made, with its token: in memory only, gone when closed or when the page is left. */
  protected readonly nieuw = signal<NieuweSysteemkoppeling | null>(null);
  protected readonly laden = signal(true);
  protected readonly succes = signal<string | null>(null);
  protected readonly actie = new FormulierStatus();
  protected readonly magMaken = computed(() => TOEGANG.koppelingMaken(this.sessie.ability()));
  protected readonly magIntrekken = computed(() => TOEGANG.koppelingIntrekken(this.sessie.ability()));

  protected readonly kolommen: Kolom<Systeemkoppeling>[] = [
    { kop: 'Naam', waarde: (k) => k.naam },
    { kop: 'Aangemaakt op', waarde: (k) => formatMoment(k.aangemaaktOp) || null },
    { kop: 'Laatst gebruikt', waarde: (k) => formatMoment(k.laatstGebruiktOp) || 'Nog niet gebruikt' },
    {
      kop: 'Status',
      waarde: () => '',
      badges: (k) => [k.ingetrokken ? { tekst: 'Ingetrokken', soort: 'neutraal' } : { tekst: 'Actief', soort: 'ok' }],
    },
  ];

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  private async laad(): Promise<void> {
    await this.actie.voerUit(async () => this.koppelingen.set(await this.api.lijst()));
    this.laden.set(false);
  }

  protected async aangemaakt(koppeling: NieuweSysteemkoppeling): Promise<void> {
    this.succes.set(`De koppeling “${koppeling.naam}” is aangemaakt.`);
    this.nieuw.set(koppeling);
    // Straight to the token: it is the one thing the user must do something with now.
    setTimeout(() => focusOpElement('token-kop'));
    await this.laad();
  }

  protected tokenOpgeslagen(): void {
    this.nieuw.set(null);
    this.succes.set('Het token is uit het scherm verwijderd. U ziet het hier niet meer terug.');
    setTimeout(() => focusOpElement('lijst-kop'));
  }

  protected async trekIn(koppeling: Systeemkoppeling): Promise<void> {
    this.succes.set(null);
    const zeker = await this.dialoog().vraag({
      titel: `Koppeling “${koppeling.naam}” intrekken?`,
      tekst:
        'Het schoolsysteem kan met dit token daarna geen meldingen meer doorgeven. Intrekken kan niet ongedaan worden gemaakt; maak zo nodig een nieuwe koppeling.',
      bevestigLabel: 'Intrekken',
    });
    if (!zeker) return;
    const gelukt = await this.actie.voerUit(() => this.api.trekIn(koppeling.id));
    if (!gelukt) return;
    // A revoked token is useless: stop showing it if it is the one just made.
    if (this.nieuw()?.id === koppeling.id) this.nieuw.set(null);
    this.succes.set(`De koppeling “${koppeling.naam}” is ingetrokken.`);
    await this.laad();
    // The button that had focus is gone with the revoked row.
    setTimeout(() => focusOpElement('lijst-kop'));
  }
}
