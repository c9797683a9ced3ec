import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AlertComponent,
  BadgeComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  tijdstip,
} from '@rmc/portal-ui';
import { actieStatusBadge, casusNaam } from '../casus/casus-teksten';
import { downloadOnder } from '../core/bestand';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { CasusInzageComponent } from './casus-inzage.component';
import { OverlegApi, type OverlegActie, type VerslagDto } from './overleg.api';
import { overlegStatusBadge } from './overleg-teksten';

/**
 * The verslag as this participant may read it: the API already cut it to the reader's slice (own
 * actions, the case through the own share), and the page shows exactly that. A print stylesheet leaves
 * out the portal's frame, so "Afdrukken of opslaan als PDF" gives a clean document.
 */
@Component({
  selector: 'rmc-verslag-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules reach the portal's frame (header, menu, footer); they apply only while this page is shown.
  encapsulation: ViewEncapsulation.None,
  imports: [
    RouterLink,
    AlertComponent,
    BadgeComponent,
    ErrorSummaryComponent,
    PageHeaderComponent,
    StatusMessageComponent,
    CasusInzageComponent,
  ],
  template: `
    <div class="rmc-verslag">
      <p class="utrecht-paragraph rmc-terug rmc-niet-afdrukken">
        <a class="utrecht-link" [routerLink]="['/overleggen', id()]">Terug naar het overleg</a>
      </p>
      <rmc-page-header [titel]="titel()" />
      @if (fout(); as f) {
        <rmc-alert [soort]="f.concept ? 'info' : 'fout'">{{ f.tekst }}</rmc-alert>
      } @else if (verslag(); as v) {
        @if (v.status !== 'vastgesteld') {
          <rmc-alert soort="waarschuwing"
            >Concept: alleen u als voorzitter kunt dit verslag lezen, tot u het vaststelt.</rmc-alert
          >
        }
        <div class="rmc-niet-afdrukken">
          <div class="rmc-knoppen">
            <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="afdrukken()">
              Afdrukken of opslaan als PDF
            </button>
            <button
              type="button"
              class="utrecht-button utrecht-button--secondary-action"
              [attr.aria-busy]="downloaden.bezig()"
              (click)="downloadPdf()"
            >
              Als pdf downloaden
            </button>
          </div>
          <rmc-error-summary [detail]="downloaden.detail()" />
          <rmc-status-message [bericht]="bericht()" />
        </div>
        <dl class="rmc-gegevens">
          <dt>Soort</dt>
          <dd>{{ v.soort }}</dd>
          <dt>Datum en tijd</dt>
          <dd>{{ datum(v.start) }} om {{ tijd(v.start) }}</dd>
          <dt>Status</dt>
          <dd>
            <rmc-badge [soort]="statusBadge().soort">{{ statusBadge().tekst }}</rmc-badge>
          </dd>
          <dt>Aanwezig</dt>
          <dd>{{ aanwezig() || 'Niet vastgelegd' }}</dd>
          @if (afwezig()) {
            <dt>Afwezig</dt>
            <dd>{{ afwezig() }}</dd>
          }
        </dl>
        <p class="utrecht-paragraph rmc-klein">
          Dit verslag bevat alleen wat u mag zien: de casussen zoals ze met uw organisatie zijn gedeeld en de actiepunten die u
          aangaan.
        </p>

        @for (p of v.punten; track $index; let i = $index) {
          <section class="rmc-verslag__punt" [attr.aria-labelledby]="'verslag-punt-' + i">
            <h2 class="utrecht-heading-2" [id]="'verslag-punt-' + i">
              Agendapunt {{ i + 1 }}{{ p.casus && naam(p.casus) ? ': ' + naam(p.casus) : '' }}
            </h2>
            @if (p.casus) {
              <p class="utrecht-paragraph">
                <strong>Vraag aan het overleg:</strong>{{ ' ' }}<span class="rmc-gegevens__tekst">{{ p.vraag }}</span>
              </p>
              <rmc-casus-inzage [casus]="p.casus" [prefix]="'verslag-' + i" [niveau]="3" />
              <h3 class="utrecht-heading-3">Notities</h3>
              <p class="utrecht-paragraph rmc-gegevens__tekst">{{ p.notities || 'Geen notities.' }}</p>
            } @else {
              <p class="utrecht-paragraph">
                Deze casus is niet meer met uw organisatie gedeeld. Daarom ziet u van dit agendapunt niets meer.
              </p>
            }
            <h3 class="utrecht-heading-3">Besluiten</h3>
            @if (p.besluiten.length) {
              <ol class="utrecht-ordered-list">
                @for (b of p.besluiten; track $index) {
                  <li class="utrecht-ordered-list__item rmc-gegevens__tekst">{{ b }}</li>
                }
              </ol>
            } @else {
              <p class="utrecht-paragraph">Geen besluiten.</p>
            }
            <h3 class="utrecht-heading-3">Actiepunten</h3>
            @if (p.acties.length) {
              <ul class="utrecht-unordered-list">
                @for (a of p.acties; track a.id) {
                  <li class="utrecht-unordered-list__item">
                    {{ a.omschrijving }} — {{ a.eigenaar ?? 'RMC-consulent' }}, deadline {{ datum(a.deadline) || 'geen' }}
                    <rmc-badge [soort]="actieBadge(a).soort">{{ actieBadge(a).tekst }}</rmc-badge>
                  </li>
                }
              </ul>
            } @else {
              <p class="utrecht-paragraph">Geen actiepunten die u aangaan.</p>
            }
          </section>
        } @empty {
          <p class="utrecht-paragraph">Er stonden geen casussen op de agenda.</p>
        }
      } @else {
        <p class="utrecht-paragraph" role="status">Verslag wordt geladen…</p>
      }
    </div>
  `,
  styles: `
    .rmc-verslag__punt {
      margin-block-start: 2rem;
      padding-block-start: 0.5rem;
      border-block-start: 2px solid var(--rmc-lijn);
    }
    @media print {
      body:has(.rmc-verslag) .rmc-kop,
      body:has(.rmc-verslag) .rmc-voet,
      body:has(.rmc-verslag) .utrecht-skip-link,
      .rmc-verslag .rmc-niet-afdrukken {
        display: none !important;
      }
      body:has(.rmc-verslag) .rmc-inhoud {
        max-width: none;
        margin: 0;
        padding: 0;
      }
      .rmc-verslag {
        font-size: 11pt;
        color: #000;
      }
      .rmc-verslag .utrecht-heading-1,
      .rmc-verslag .utrecht-heading-2,
      .rmc-verslag .utrecht-heading-3 {
        color: #000;
        break-after: avoid-page;
      }
      .rmc-verslag__punt {
        break-before: auto;
        break-inside: avoid-page;
      }
      .rmc-verslag .rmc-tabel-scroll {
        overflow: visible;
      }
      .rmc-verslag .rmc-badge {
        border: 1px solid #000;
      }
    }
  `,
})
export class VerslagPage {
  private readonly api = inject(OverlegApi);

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly verslag = signal<VerslagDto | null>(null);
  protected readonly fout = signal<{ tekst: string; concept: boolean } | null>(null);
  protected readonly datum = formatDatum;
  protected readonly tijd = tijdstip;
  protected readonly naam = casusNaam;
  protected readonly actieBadge = (a: OverlegActie) => actieStatusBadge(a.status);

  protected readonly titel = computed(() => {
    const v = this.verslag();
    return v ? `Verslag: ${v.titel}` : 'Verslag';
  });
  protected readonly statusBadge = computed(() => overlegStatusBadge(this.verslag()?.status ?? 'gepland'));
  protected readonly aanwezig = computed(() =>
    (this.verslag()?.deelnemers ?? [])
      .filter((d) => d.aanwezig === true)
      .map((d) => d.naam)
      .join(', '),
  );
  protected readonly afwezig = computed(() =>
    (this.verslag()?.deelnemers ?? [])
      .filter((d) => d.aanwezig === false)
      .map((d) => d.naam)
      .join(', '),
  );

  constructor() {
    effect(() => void this.laad(this.id()));
  }

  protected afdrukken(): void {
    window.print();
  }

  protected readonly downloaden = new FormulierStatus();
  protected readonly bericht = signal<string | null>(null);

  protected async downloadPdf(): Promise<void> {
    this.bericht.set(null);
    // No meeting title in the file name: it may name a young person and ends up in download folders.
    const naam = `verslag-${vandaagInNederland()}.pdf`;
    if (await downloadOnder(this.downloaden, () => this.api.verslagPdf(this.id()), naam))
      this.bericht.set(`Het verslag is als pdf gedownload (${naam}).`);
  }

  private async laad(id: string): Promise<void> {
    this.verslag.set(null);
    this.fout.set(null);
    try {
      this.verslag.set(await this.api.verslag(id));
    } catch (fout) {
      const p = leesProbleem(fout);
      if (p.status === 409) this.fout.set({ tekst: p.detail ?? 'Het verslag is nog een concept.', concept: true });
      else if (p.status === 404)
        this.fout.set({ tekst: 'Dit overleg is niet gevonden, of uw organisatie neemt er niet aan deel.', concept: false });
      else this.fout.set({ tekst: p.detail ?? 'Het verslag kon niet worden geladen.', concept: false });
    }
  }
}
