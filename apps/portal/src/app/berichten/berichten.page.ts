import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { NotificatieDto } from '@rmc/shared-api-types';
import {
  AlertComponent,
  BadgeComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatMoment,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { NotificatiesService, interneLink } from './notificaties.service';

@Component({
  selector: 'rmc-berichten-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PageHeaderComponent,
    AlertComponent,
    BadgeComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header
      titel="Berichten"
      intro="Meldingen van het platform voor u: vragen om aanvulling, terugkoppelingen en nieuwe meldingen. Er staan geen persoonsgegevens in e-mails; die leest u hier."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />
    @if (!notificaties.beschikbaar()) {
      <rmc-alert soort="info">Berichten zijn op deze server nog niet beschikbaar.</rmc-alert>
    } @else if (!notificaties.geladen()) {
      <p class="utrecht-paragraph" role="status">Berichten worden geladen…</p>
    } @else {
      <p class="utrecht-paragraph">
        {{
          notificaties.ongelezen() === 0
            ? 'U heeft geen ongelezen berichten.'
            : notificaties.ongelezen() === 1
              ? 'U heeft 1 ongelezen bericht.'
              : 'U heeft ' + notificaties.ongelezen() + ' ongelezen berichten.'
        }}
      </p>
      @if (notificaties.ongelezen() > 1) {
        <p>
          <button type="button" class="utrecht-button utrecht-button--secondary-action rmc-knop--klein" (click)="allesGelezen()">
            Alles als gelezen markeren
          </button>
        </p>
      }
      @if (notificaties.items().length) {
        <ul class="rmc-berichten">
          @for (n of notificaties.items(); track n.id) {
            <li class="rmc-bericht" [class.rmc-bericht--nieuw]="!n.gelezen">
              <p class="utrecht-paragraph rmc-bericht__kop">
                @if (!n.gelezen) {
                  <rmc-badge soort="info">Nieuw</rmc-badge>
                }
                <span class="rmc-klein"
                  ><time [attr.datetime]="n.aangemaaktOp">{{ moment(n.aangemaaktOp) }}</time></span
                >
              </p>
              <p class="utrecht-paragraph rmc-bericht__tekst">{{ n.tekst }}</p>
              <div class="rmc-knoppen">
                @if (link(n); as pad) {
                  <a class="utrecht-link" [id]="'bericht-open-' + n.id" [href]="pad" (click)="open($event, n, pad)"
                    >Openen<span class="rmc-visueel-verborgen">: {{ n.tekst }}</span></a
                  >
                }
                @if (!n.gelezen) {
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--subtle rmc-knop--klein rmc-knop--link"
                    (click)="gelezen(n)"
                  >
                    Markeer als gelezen<span class="rmc-visueel-verborgen">: {{ n.tekst }}</span>
                  </button>
                }
              </div>
            </li>
          }
        </ul>
        <rmc-meer-laden
          wat="berichten"
          enkelvoud="bericht"
          [aantal]="notificaties.items().length"
          [totaal]="notificaties.totaal()"
          [meer]="notificaties.volgende() !== null"
          [bezig]="notificaties.bezig()"
          (laden)="meer()"
        />
      } @else {
        <p class="utrecht-paragraph">Er zijn nog geen berichten.</p>
      }
    }
  `,
  styles: `
    .rmc-bericht--nieuw {
      border-inline-start: 6px solid var(--rmc-blauw);
      background: var(--rmc-lichtblauw);
    }

    .rmc-bericht__kop {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin-block-end: 0.25rem;
    }

    .rmc-bericht__tekst {
      margin-block-end: 0.5rem;
    }
  `,
})
export class BerichtenPage implements OnInit {
  protected readonly notificaties = inject(NotificatiesService);
  private readonly router = inject(Router);
  protected readonly actie = new FormulierStatus();
  protected readonly succes = signal<string | null>(null);
  protected readonly moment = formatMoment;
  protected readonly ongelezenIds = computed(() =>
    this.notificaties
      .items()
      .filter((n) => !n.gelezen)
      .map((n) => n.id),
  );

  async ngOnInit(): Promise<void> {
    await this.notificaties.laad();
  }

  protected async meer(): Promise<void> {
    await this.actie.voerUit(() => this.notificaties.meer());
  }

  protected link(n: NotificatieDto): string | null {
    return interneLink(n.link);
  }

  protected async open(event: MouseEvent, n: NotificatieDto, pad: string): Promise<void> {
    // Let the browser handle "open in new tab" (ctrl/cmd/middle click).
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (!n.gelezen) await this.notificaties.markeerGelezen(n.id).catch(() => undefined);
    await this.router.navigateByUrl(pad);
  }

  protected async gelezen(n: NotificatieDto): Promise<void> {
    this.succes.set(null);
    const gelukt = await this.actie.voerUit(() => this.notificaties.markeerGelezen(n.id));
    if (!gelukt) return;
    this.succes.set('Het bericht is als gelezen gemarkeerd.');
    // The button is gone now: keep focus on the same message.
    setTimeout(() => document.getElementById(`bericht-open-${n.id}`)?.focus());
  }

  protected async allesGelezen(): Promise<void> {
    this.succes.set(null);
    const ids = this.ongelezenIds();
    const gelukt = await this.actie.voerUit(async () => {
      for (const id of ids) await this.notificaties.markeerGelezen(id);
    });
    if (gelukt) this.succes.set('Alle berichten zijn als gelezen gemarkeerd.');
  }
}
