import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeldingDto } from '@rmc/shared-api-types';
import { urgentieTekst } from '@rmc/shared-domain';
import {
  AlertComponent,
  BadgeComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  focusOpElement,
  formatDatum,
  formatMoment,
} from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { AanvullingVragenFormComponent } from '../triage/aanvulling-vragen-form.component';
import { OordeelFormComponent } from '../triage/oordeel-form.component';
import { TerugkoppelingFormComponent } from '../triage/terugkoppeling-form.component';
import { ToewijzenFormComponent } from '../triage/toewijzen-form.component';
import { AanvullingAntwoordFormComponent } from './aanvulling-antwoord-form.component';
import { MeldingGegevensComponent } from './melding-gegevens.component';
import { MeldingenApi } from './meldingen.api';
import {
  OORDEEL_LABELS,
  TERUGMELD_STATUS_LABELS,
  ontbrekendeVelden,
  redenAfgeslotenLabel,
  soortLabel,
  statusBadge,
  studentNaam,
  veldLabel,
} from './melding-teksten';

/** Which action fits which status (the API answers 409 otherwise). */
const MAG: Record<'vragen' | 'toewijzen' | 'oordelen' | 'terugkoppelen', string[]> = {
  vragen: ['ontvangen'],
  toewijzen: ['ontvangen', 'aanvulling-gevraagd', 'in-behandeling'],
  oordelen: ['ontvangen', 'aanvulling-gevraagd'],
  terugkoppelen: ['ontvangen', 'in-behandeling', 'afgesloten', 'ter-kennisneming'],
};

/**
 * One melding. The school sees what it filed, the status, the region's feedback and an open
 * question to answer; the region also sees triage data and gets the actions its rights and the
 * status allow. The server decides which fields come back; this page shows what is there.
 */
@Component({
  selector: 'rmc-melding-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    BadgeComponent,
    StatusMessageComponent,
    MeldingGegevensComponent,
    AanvullingAntwoordFormComponent,
    AanvullingVragenFormComponent,
    ToewijzenFormComponent,
    OordeelFormComponent,
    TerugkoppelingFormComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug">
      @if (regio()) {
        <a class="utrecht-link" routerLink="/triage">Terug naar de triage</a>
      } @else {
        <a class="utrecht-link" routerLink="/meldingen">Terug naar de meldingen</a>
      }
    </p>
    <rmc-page-header [titel]="titel()" />
    <rmc-status-message [bericht]="succes()" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (melding(); as m) {
      @if (toonActies()) {
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="#acties-kop" (click)="naarActies($event)">Naar de acties</a>
        </p>
      }
      <div [class.rmc-tweekoloms]="toonActies()">
        <div class="rmc-tweekoloms__hoofd">
          <section aria-labelledby="stand-kop">
            <h2 class="utrecht-heading-2" id="stand-kop">Stand van zaken</h2>
            <dl class="rmc-gegevens">
              <dt>Status</dt>
              <dd>
                <rmc-badge [soort]="badge().soort">{{ badge().tekst }}</rmc-badge>
              </dd>
              <dt>Soort melding</dt>
              <dd>{{ soort() }}</dd>
              <dt>Regio</dt>
              <dd>
                {{
                  m.regioNaam ??
                    (m.status === 'regio-niet-aangesloten' || m.regioAangesloten === false
                      ? 'Niet aangesloten op het platform'
                      : 'Onbekend')
                }}
              </dd>
              <dt>Gemeld op</dt>
              <dd>{{ moment(m.gemeldOp) }}</dd>
              @if (m.volledig !== undefined) {
                <dt>Volledigheid</dt>
                <dd>
                  @if (m.volledig || (m.ontbrekend?.length && !ontbrekendeLijst().length)) {
                    Volledig
                  } @else {
                    Onvolledig: ontbreekt {{ ontbrekend() }}
                  }
                </dd>
              }
              @if (regio()) {
                <dt>Oppakken uiterlijk</dt>
                <dd>
                  {{ datum(m.oppakDeadline) || '—' }}
                  @if (m.teLaat) {
                    <rmc-badge soort="fout">Te laat</rmc-badge>
                  }
                </dd>
                <dt>Consulent</dt>
                <dd>{{ m.consulentNaam ?? 'Nog niet toegewezen' }}</dd>
                <dt>Oordeel</dt>
                <dd>{{ oordeel() }}</dd>
                @if (m.casusId && magCasusZien()) {
                  <dt>Casus</dt>
                  <dd>
                    <a class="utrecht-link" [routerLink]="['/casussen', m.casusId]">Naar de casus</a>
                  </dd>
                }
                @if (m.eerdereMeldingen) {
                  <dt>Eerdere meldingen</dt>
                  <dd>{{ m.eerdereMeldingen }}</dd>
                }
                @if (m.urgentie !== undefined && m.urgentie !== null) {
                  <dt>Urgentie</dt>
                  <dd>{{ urgentieTekst(m.urgentie) }}</dd>
                }
              }
            </dl>
            @if (m.status === 'regio-niet-aangesloten') {
              <rmc-alert soort="info">
                <p class="utrecht-paragraph">
                  De student woont in een gemeente waarvan de RMC-regio nog niet op dit platform is aangesloten. De melding is
                  bewaard en gaat niet verloren. Meld het verzuim daarnaast via het DUO Verzuimloket, zodat de woongemeente het
                  ontvangt.
                </p>
              </rmc-alert>
            }
          </section>

          @if (m.status === 'aanvulling-gevraagd') {
            <section aria-labelledby="vraag-kop" class="rmc-paneel rmc-paneel--aandacht">
              <h2 class="utrecht-heading-2" id="vraag-kop">Vraag van het RMC</h2>
              <p class="utrecht-paragraph rmc-gegevens__tekst rmc-vraag">
                {{ m.openVraag ?? 'Het RMC vraagt om een aanvulling op deze melding.' }}
              </p>
              @if (!regio()) {
                @if (magAanvullen()) {
                  <rmc-aanvulling-antwoord-form [melding]="m" (klaar)="naActie($event)" />
                } @else {
                  <p class="utrecht-paragraph">Vraag de verzuimcoördinator van uw vestiging om deze vraag te beantwoorden.</p>
                }
              } @else {
                <p class="utrecht-paragraph rmc-klein">De melding wacht op het antwoord van de school.</p>
              }
            </section>
          }

          <section aria-labelledby="terugkoppeling-kop">
            <h2 class="utrecht-heading-2" id="terugkoppeling-kop">Terugkoppeling van het RMC</h2>
            @if (m.terugmeldStatus) {
              <dl class="rmc-gegevens">
                <dt>Status</dt>
                <dd>{{ terugmeldLabels[m.terugmeldStatus] }}</dd>
                @if (m.redenAfgesloten) {
                  <dt>Reden afgesloten</dt>
                  <dd>{{ redenAfgesloten() }}</dd>
                }
                @if (m.terugmeldToelichting) {
                  <dt>Toelichting</dt>
                  <dd class="rmc-gegevens__tekst">{{ m.terugmeldToelichting }}</dd>
                }
                @if (m.regioContactpersoon) {
                  <dt>Contactpersoon</dt>
                  <dd>{{ m.regioContactpersoon }}</dd>
                }
                @if (m.teruggemeldOp) {
                  <dt>Teruggekoppeld op</dt>
                  <dd>{{ moment(m.teruggemeldOp) }}</dd>
                }
              </dl>
            } @else {
              <p class="utrecht-paragraph">
                {{ regio() ? 'U heeft de school nog niet teruggekoppeld.' : 'Het RMC heeft nog niet teruggekoppeld.' }}
              </p>
            }
          </section>

          <rmc-melding-gegevens [melding]="m" />
        </div>
        @if (toonActies()) {
          <section class="rmc-tweekoloms__zij" aria-labelledby="acties-kop">
            <h2 class="utrecht-heading-2" id="acties-kop">Acties</h2>
            @if (!heeftActies()) {
              <p class="utrecht-paragraph">Bij deze status zijn er geen acties.</p>
            }
            @if (kanVragen()) {
              <h3 class="utrecht-heading-3" id="actie-aanvulling">Aanvulling vragen</h3>
              <rmc-aanvulling-vragen-form [meldingId]="m.id" [hint]="vraagHint()" (klaar)="naActie($event)" />
            }
            @if (kanToewijzen()) {
              <h3 class="utrecht-heading-3" id="actie-toewijzen">
                {{ m.consulentId ? 'Andere consulent toewijzen' : 'Toewijzen' }}
              </h3>
              <rmc-toewijzen-form [meldingId]="m.id" [huidigeConsulentId]="m.consulentId" (klaar)="naActie($event)" />
            }
            @if (kanOordelen()) {
              <h3 class="utrecht-heading-3" id="actie-oordeel">Oordeel</h3>
              <rmc-oordeel-form [meldingId]="m.id" (klaar)="naActie($event)" />
            }
            @if (kanTerugkoppelen()) {
              <h3 class="utrecht-heading-3" id="actie-terugkoppeling">Terugkoppeling aan school</h3>
              <rmc-terugkoppeling-form [melding]="m" (klaar)="naActie($event)" />
            }
          </section>
        }
      </div>
    } @else {
      <p class="utrecht-paragraph" role="status">Melding wordt geladen…</p>
    }
  `,
  styles: `
    .rmc-vraag {
      font-size: 1.25rem;
    }

    .rmc-tweekoloms {
      display: grid;
      gap: 0 3rem;
    }

    @media (min-width: 64rem) {
      .rmc-tweekoloms {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }

      .rmc-tweekoloms__zij {
        border-inline-start: 2px solid var(--rmc-lijn);
        padding-inline-start: 2rem;
      }
    }
  `,
})
export class MeldingDetailPage {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly melding = signal<MeldingDto | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(navigatieMelding());
  protected readonly terugmeldLabels = TERUGMELD_STATUS_LABELS;
  protected readonly moment = formatMoment;
  protected readonly datum = formatDatum;

  /** Region view when the user's Melding rules are the region's (TOEGANG), not the school's. */
  protected readonly regio = computed(() => TOEGANG.triage(this.sessie.ability()) && !TOEGANG.meldingen(this.sessie.ability()));
  /** "Naar de casus" on a judged melding that opened a case (whoever may open cases). */
  protected readonly magCasusZien = computed(() => TOEGANG.casussen(this.sessie.ability()));
  protected readonly magBehandelen = computed(() => TOEGANG.meldingBehandelen(this.sessie.ability()));
  protected readonly magAanvullen = computed(() => TOEGANG.meldingAanvullen(this.sessie.ability()));
  /** Assigning is the coördinator's job (the ability does not tell coördinator and consulent apart). */
  private readonly isCoordinator = computed(() => (this.sessie.me()?.rollen ?? []).includes('regio-coordinator'));

  protected readonly titel = computed(() => {
    const m = this.melding();
    return m ? `Melding ${studentNaam(m)}` : 'Melding';
  });
  protected readonly soort = computed(() => soortLabel(this.melding()?.soort));
  protected readonly badge = computed(() => statusBadge(this.melding()?.status ?? 'ontvangen'));
  protected readonly urgentieTekst = urgentieTekst;
  protected readonly ontbrekendeLijst = computed(() => ontbrekendeVelden(this.melding()?.ontbrekend));
  protected readonly ontbrekend = computed(() => this.ontbrekendeLijst().map(veldLabel).join(', ') || 'onbekend');
  protected readonly redenAfgesloten = computed(() => redenAfgeslotenLabel(this.melding()?.redenAfgesloten));
  protected readonly oordeel = computed(() => {
    const m = this.melding();
    if (!m?.oordeel) return 'Nog geen oordeel';
    const extra = m.oordeel === 'actie-vereist' && m.casusId ? ' (casus geopend)' : m.oordeelReden ? ` – ${m.oordeelReden}` : '';
    return OORDEEL_LABELS[m.oordeel] + extra;
  });
  protected readonly vraagHint = computed(() => {
    const m = this.melding();
    const basis = 'Stel één concrete vraag. De school ziet de vraag bij de melding en krijgt een bericht.';
    return m && m.volledig === false && this.ontbrekendeLijst().length ? `${basis} Ontbreekt nu: ${this.ontbrekend()}.` : basis;
  });

  private readonly status = computed(() => this.melding()?.status ?? 'ontvangen');
  protected readonly kanVragen = computed(() => MAG.vragen.includes(this.status()));
  protected readonly kanToewijzen = computed(() => this.isCoordinator() && MAG.toewijzen.includes(this.status()));
  protected readonly kanOordelen = computed(() => MAG.oordelen.includes(this.status()) && !this.melding()?.oordeel);
  protected readonly kanTerugkoppelen = computed(() => MAG.terugkoppelen.includes(this.status()));
  protected readonly toonActies = computed(() => this.regio() && this.magBehandelen());
  protected readonly heeftActies = computed(
    () => this.kanVragen() || this.kanToewijzen() || this.kanOordelen() || this.kanTerugkoppelen(),
  );

  constructor() {
    effect(() => void this.laad(this.id()));
  }

  protected async naActie(bericht: string): Promise<void> {
    this.succes.set(null);
    await this.laad(this.id(), false);
    this.succes.set(bericht);
    // The form that was used may be gone now: continue at the state of the melding.
    setTimeout(() => focusOpElement('stand-kop'));
  }

  protected naarActies(event: Event): void {
    if (focusOpElement('acties-kop')) event.preventDefault();
  }

  private async laad(id: string, leeg = true): Promise<void> {
    if (leeg) this.melding.set(null);
    this.fout.set(null);
    try {
      this.melding.set(await this.api.haal(id));
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'Deze melding bestaat niet of u mag haar niet zien.'
          : (p.detail ?? 'De melding kon niet worden geladen.'),
      );
    }
  }
}
