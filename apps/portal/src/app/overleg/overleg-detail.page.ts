import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AlertComponent,
  BadgeComponent,
  ConfirmDialogComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  formatMoment,
  tijdstip,
} from '@rmc/portal-ui';
import { OrganisatiesApi } from '../beheer/organisaties.api';
import { actieStatusBadge } from '../casus/casus-teksten';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { navigatieMelding } from '../core/navigatie-melding';
import { AanwezigheidFormComponent } from './aanwezigheid-form.component';
import { AgendapuntComponent, type CasusPaneel } from './agendapunt.component';
import { AgendapuntToevoegenFormComponent } from './agendapunt-toevoegen-form.component';
import { OverlegApi, voerOverlegUit, type OverlegActie, type OverlegDto, type OverlegWijziging } from './overleg.api';
import { overlegStatusBadge } from './overleg-teksten';

const DICHT: CasusPaneel = { open: false, laden: false, casus: null, fout: null };

/**
 * The meeting: agenda with a live case panel per item (each participant sees the case through the own
 * slice), notes, decisions and action items; attendance; actions carried over from earlier meetings of
 * the series. Changes arrive over server-sent events (`bijgewerkt`), after which the page refetches the
 * meeting and the open case panels. Only the chair gets the forms.
 */
@Component({
  selector: 'rmc-overleg-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    BadgeComponent,
    StatusMessageComponent,
    ConfirmDialogComponent,
    AgendapuntComponent,
    AgendapuntToevoegenFormComponent,
    AanwezigheidFormComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/overleggen">Terug naar de overleggen</a></p>
    <rmc-page-header [titel]="titel()" />
    <rmc-status-message [bericht]="succes()" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (overleg(); as o) {
      <dl class="rmc-gegevens">
        <dt>Soort</dt>
        <dd>{{ o.soort }}</dd>
        <dt>Datum en tijd</dt>
        <dd>{{ datum(o.start) }} om {{ tijd(o.start) }}</dd>
        @if (o.plaats) {
          <dt>Plaats</dt>
          <dd>{{ o.plaats }}</dd>
        }
        @if (o.onlineLink) {
          <dt>Online</dt>
          <dd>
            <a class="utrecht-link rmc-breek" [href]="o.onlineLink" rel="noopener noreferrer">{{ o.onlineLink }}</a>
          </dd>
        }
        <dt>Voorzitter</dt>
        <dd>{{ o.voorzitter }}{{ o.isVoorzitter ? ' (u)' : '' }}</dd>
        <dt>Deelnemende organisaties</dt>
        <dd>{{ organisatieNamen() }}</dd>
        <dt>Verslag</dt>
        <dd>
          <rmc-badge [soort]="statusBadge().soort">{{ statusBadge().tekst }}</rmc-badge>
          @if (o.status === 'vastgesteld' || o.isVoorzitter) {
            {{ ' '
            }}<a class="utrecht-link" [routerLink]="['/overleggen', o.id, 'verslag']">{{
              o.status === 'vastgesteld' ? 'Verslag lezen en afdrukken' : 'Concept van het verslag bekijken'
            }}</a>
          }
        </dd>
      </dl>
      <p class="utrecht-paragraph rmc-klein rmc-live" role="status">
        @if (live()) {
          Deze pagina wordt live bijgewerkt.{{ laatstBijgewerkt() ? ' Laatst bijgewerkt om ' + laatstBijgewerkt() + '.' : '' }}
        } @else if (live() === null) {
          Verbinding voor live bijwerken wordt gemaakt…
        } @else {
          Live bijwerken is (nog) niet verbonden. Vernieuw de pagina om de laatste stand te zien.
        }
      </p>

      <section aria-labelledby="agenda-kop">
        <h2 class="utrecht-heading-2" id="agenda-kop">Agenda</h2>
        @for (p of o.agenda; track p.id; let i = $index) {
          <rmc-agendapunt
            [overlegId]="o.id"
            [punt]="p"
            [nummer]="i + 1"
            [paneel]="paneel(p.id)"
            [bewerkbaar]="bewerkbaar()"
            [eigenaren]="eigenaren()"
            [deelnemers]="o.deelnemers"
            (wissel)="wissel(p.id)"
            (gewijzigd)="bijgewerkt($event)"
          />
        } @empty {
          <p class="utrecht-paragraph">Er staan nog geen casussen op de agenda.</p>
        }
        @if (bewerkbaar()) {
          <h3 class="utrecht-heading-3" id="agenda-toevoegen-kop">Casus toevoegen</h3>
          <rmc-agendapunt-toevoegen-form
            [overlegId]="o.id"
            [alOpAgenda]="casusIds()"
            [organisaties]="o.organisaties"
            (gewijzigd)="bijgewerkt($event)"
          />
        }
      </section>

      @if (o.reeksId || o.meegenomenActies.length) {
        <section aria-labelledby="meegenomen-kop">
          <h2 class="utrecht-heading-2" id="meegenomen-kop">Acties uit eerdere overleggen</h2>
          <p class="utrecht-paragraph">Open en niet gedane acties uit eerdere overleggen van deze reeks, met hun geschiedenis.</p>
          @for (a of o.meegenomenActies; track a.id) {
            <article class="rmc-actie" [attr.aria-labelledby]="'meegenomen-' + a.id">
              <h3 class="utrecht-heading-3" [id]="'meegenomen-' + a.id">{{ a.omschrijving }}</h3>
              <dl class="rmc-gegevens rmc-gegevens--compact">
                <dt>Eigenaar</dt>
                <dd>{{ a.eigenaar ?? 'RMC-consulent' }}</dd>
                <dt>Deadline</dt>
                <dd>{{ datum(a.deadline) || 'Geen' }}</dd>
                <dt>Status</dt>
                <dd>
                  <rmc-badge [soort]="actieBadge(a).soort">{{ actieBadge(a).tekst }}</rmc-badge>
                </dd>
              </dl>
              @if (a.historie.length) {
                <p class="utrecht-paragraph rmc-geschiedenis" [id]="'meegenomen-' + a.id + '-historie'">
                  <strong>Geschiedenis</strong>
                </p>
                <ol class="rmc-tijdlijn" [attr.aria-labelledby]="'meegenomen-' + a.id + '-historie'">
                  @for (h of a.historie; track $index) {
                    <li class="rmc-tijdlijn__item">
                      <p class="utrecht-paragraph">
                        {{ moment(h.op) }}:
                        <rmc-badge [soort]="statusLabel(h.status).soort">{{ statusLabel(h.status).tekst }}</rmc-badge>
                        @if (h.toelichting) {
                          <span class="rmc-gegevens__tekst"> — {{ h.toelichting }}</span>
                        }
                      </p>
                    </li>
                  }
                </ol>
              } @else {
                <p class="utrecht-paragraph">Nog geen statuswijzigingen.</p>
              }
            </article>
          } @empty {
            <p class="utrecht-paragraph">Er zijn geen open acties uit eerdere overleggen.</p>
          }
        </section>
      }

      <section aria-labelledby="aanwezigheid-kop">
        <h2 class="utrecht-heading-2" id="aanwezigheid-kop">Aanwezigheid</h2>
        @if (bewerkbaar()) {
          <rmc-aanwezigheid-form [overlegId]="o.id" [deelnemers]="o.deelnemers" (gewijzigd)="bijgewerkt($event)" />
        } @else {
          <ul class="utrecht-unordered-list">
            @for (d of o.deelnemers; track d.gebruikerId) {
              <li class="utrecht-unordered-list__item">
                {{ d.naam }}: {{ d.aanwezig === true ? 'aanwezig' : d.aanwezig === false ? 'afwezig' : 'nog niet vastgelegd' }}
              </li>
            }
          </ul>
        }
      </section>

      @if (bewerkbaar()) {
        <section class="rmc-paneel" aria-labelledby="vaststellen-kop">
          <h2 class="utrecht-heading-2" id="vaststellen-kop">Verslag vaststellen</h2>
          <p class="utrecht-paragraph">
            Tot u het verslag vaststelt, is het een concept dat alleen u kunt lezen. Daarna leest elke deelnemer het verslag,
            ieder met het eigen deel van de casussen. Na het vaststellen kunt u het overleg niet meer wijzigen.
          </p>
          @if (zonderAanwezigheid().length) {
            <rmc-alert soort="waarschuwing"
              >{{ aanwezigheidWaarschuwing() }} Leg de aanwezigheid vast voordat u het verslag vaststelt.</rmc-alert
            >
          }
          @if (vaststellen.detail()) {
            <rmc-alert soort="fout">{{ vaststellen.detail() }}</rmc-alert>
          }
          <button
            type="button"
            class="utrecht-button utrecht-button--primary-action"
            [attr.aria-busy]="vaststellen.bezig()"
            (click)="stelVast()"
          >
            Verslag vaststellen
          </button>
        </section>
      }
      <rmc-confirm-dialog />
    } @else {
      <p class="utrecht-paragraph" role="status">Overleg wordt geladen…</p>
    }
  `,
  styles: `
    .rmc-live {
      margin-block: 1rem;
    }
    .rmc-geschiedenis {
      margin-block: 1rem 0.25rem;
    }
  `,
})
export class OverlegDetailPage {
  private readonly api = inject(OverlegApi);
  private readonly organisatiesApi = inject(OrganisatiesApi);
  private readonly dialoog = viewChild(ConfirmDialogComponent);

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly overleg = signal<OverlegDto | null>(null);
  protected readonly panelen = signal<Record<string, CasusPaneel>>({});
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(navigatieMelding());
  /** null while connecting; false when the connection dropped (the browser keeps retrying). */
  protected readonly live = signal<boolean | null>(null);
  protected readonly laatstBijgewerkt = signal<string | null>(null);
  private readonly regioTeams = signal<{ id: string; naam: string }[]>([]);
  protected readonly vaststellen = new FormulierStatus();

  protected readonly datum = formatDatum;
  protected readonly moment = formatMoment;
  protected readonly tijd = tijdstip;
  protected readonly actieBadge = (a: OverlegActie) => actieStatusBadge(a.status);
  protected readonly statusLabel = actieStatusBadge;

  protected readonly titel = computed(() => this.overleg()?.titel ?? (this.fout() ? 'Overleg niet gevonden' : 'Overleg'));
  protected readonly statusBadge = computed(() => overlegStatusBadge(this.overleg()?.status ?? 'gepland'));
  protected readonly bewerkbaar = computed(() => !!this.overleg()?.isVoorzitter && this.overleg()?.status === 'gepland');
  protected readonly organisatieNamen = computed(
    () => (this.overleg()?.organisaties ?? []).map((o) => o.naam).join(', ') || 'Geen',
  );
  protected readonly casusIds = computed(() => (this.overleg()?.agenda ?? []).map((p) => p.casusId));
  /** Owners of action items: the participating organisations and the region's own team. */
  protected readonly eigenaren = computed(() => [...(this.overleg()?.organisaties ?? []), ...this.regioTeams()]);

  /** Every write (own change or refetch) counts; an older refetch never overwrites a newer answer. */
  private versie = 0;
  private bezigMetVerversen = false;
  private nogEenKeer = false;
  private eigenWijzigingOp = 0;

  constructor() {
    effect((onCleanup) => {
      const id = this.id();
      void this.laad(id);
      const stop = this.api.luister(
        id,
        () => void this.ververs(),
        (open) => {
          // After a dropped connection signals may have been missed: catch up once it is back.
          if (open && this.live() === false) void this.ververs();
          this.live.set(open);
        },
      );
      onCleanup(() => {
        stop();
        this.live.set(null);
      });
    });
  }

  protected bijgewerkt(wijziging: OverlegWijziging): void {
    this.versie++;
    this.eigenWijzigingOp = Date.now();
    this.overleg.set(wijziging.overleg);
    void this.verversPanelen();
    // Clear first, so the live region announces the same text again after a second change.
    this.succes.set(null);
    setTimeout(() => this.succes.set(wijziging.bericht));
  }

  protected paneel(puntId: string): CasusPaneel {
    return this.panelen()[puntId] ?? DICHT;
  }

  protected wissel(puntId: string): void {
    const huidig = this.panelen()[puntId] ?? DICHT;
    if (huidig.open) {
      this.zetPaneel(puntId, { ...huidig, open: false });
      return;
    }
    this.zetPaneel(puntId, { ...huidig, open: true, laden: !huidig.casus });
    void this.laadCasus(puntId);
  }

  /** Participants whose attendance is not recorded yet: fixing the verslag then asks twice. */
  protected readonly zonderAanwezigheid = computed(() => (this.overleg()?.deelnemers ?? []).filter((d) => d.aanwezig === null));
  protected readonly aanwezigheidWaarschuwing = computed(() => {
    const zonder = this.zonderAanwezigheid();
    const alle = this.overleg()?.deelnemers.length ?? 0;
    if (!zonder.length) return '';
    return zonder.length === alle
      ? 'De aanwezigheid is nog niet vastgelegd.'
      : `Van ${zonder.length} van de ${alle} deelnemers is de aanwezigheid nog niet vastgelegd: ${zonder.map((d) => d.naam).join(', ')}.`;
  });

  protected async stelVast(): Promise<void> {
    const o = this.overleg();
    const dialoog = this.dialoog();
    if (!o || this.vaststellen.bezig() || !dialoog) return;
    const gevolg =
      'Daarna kan niemand het overleg nog wijzigen en leest elke deelnemer het verslag met het eigen deel van de casussen.';
    const zonder = this.zonderAanwezigheid().length > 0;
    const ja = await dialoog.vraag({
      titel: zonder ? 'Verslag vaststellen zonder aanwezigheid?' : 'Verslag vaststellen?',
      tekst: zonder ? `Let op: ${this.aanwezigheidWaarschuwing().replace(/^D/, 'd')} ${gevolg}` : gevolg,
      bevestigLabel: zonder ? 'Toch vaststellen' : 'Vaststellen',
    });
    if (!ja) return;
    const nieuw = await voerOverlegUit(this.vaststellen, () => this.api.stelVast(o.id));
    if (nieuw) this.bijgewerkt({ overleg: nieuw, bericht: 'Het verslag is vastgesteld. De deelnemers kunnen het nu lezen.' });
  }

  private zetPaneel(puntId: string, paneel: CasusPaneel): void {
    this.panelen.update((p) => ({ ...p, [puntId]: paneel }));
  }

  private async laad(id: string): Promise<void> {
    this.overleg.set(null);
    this.fout.set(null);
    this.panelen.set({});
    try {
      const o = await this.api.haal(id);
      this.versie++;
      this.overleg.set(o);
      if (o.isVoorzitter) void this.laadRegioTeams();
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'Dit overleg is niet gevonden. Misschien bestaat het niet of neemt uw organisatie er niet aan deel.'
          : (p.detail ?? 'Het overleg kon niet worden geladen.'),
      );
    }
  }

  /** A `bijgewerkt` signal: refetch the meeting and the open panels (several signals in a row: once more after). */
  private async ververs(): Promise<void> {
    if (this.bezigMetVerversen) {
      this.nogEenKeer = true;
      return;
    }
    this.bezigMetVerversen = true;
    try {
      do {
        this.nogEenKeer = false;
        const start = ++this.versie;
        try {
          const o = await this.api.haal(this.id());
          if (this.versie === start) this.overleg.set(o);
        } catch {
          // The next signal or a reload will try again; the page keeps the last known state.
        }
        await this.verversPanelen();
        if (Date.now() - this.eigenWijzigingOp > 3000) this.laatstBijgewerkt.set(tijdstip(new Date().toISOString()));
      } while (this.nogEenKeer);
    } finally {
      this.bezigMetVerversen = false;
    }
  }

  private async verversPanelen(): Promise<void> {
    const open = Object.entries(this.panelen()).filter(([, p]) => p.open);
    await Promise.all(open.map(([puntId]) => this.laadCasus(puntId)));
  }

  private async laadCasus(puntId: string): Promise<void> {
    try {
      const casus = await this.api.casus(this.id(), puntId);
      this.zetPaneel(puntId, { ...(this.panelen()[puntId] ?? DICHT), laden: false, casus, fout: null });
    } catch (fout) {
      const p = leesProbleem(fout);
      this.zetPaneel(puntId, {
        ...(this.panelen()[puntId] ?? DICHT),
        laden: false,
        casus: null,
        fout:
          p.status === 404 || p.status === 403
            ? 'U mag deze casus (niet meer) zien: er is geen actieve deling met uw organisatie.'
            : (p.detail ?? 'De casus kon niet worden geladen.'),
      });
    }
  }

  private async laadRegioTeams(): Promise<void> {
    try {
      const alle = await this.organisatiesApi.lijst();
      this.regioTeams.set(alle.filter((o) => o.actief && o.soort === 'regio-team').map((o) => ({ id: o.id, naam: o.naam })));
    } catch {
      // Without the list the chair can still give actions to the participating organisations.
    }
  }
}
