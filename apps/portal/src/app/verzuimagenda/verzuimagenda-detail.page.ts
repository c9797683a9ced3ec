import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { AgendaPartijDto, AgendaVersieDto, VerzuimagendaDto, VerzuimagendaVerschillen } from '@rmc/shared-api-types';
import {
  AlertComponent,
  BadgeComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  focusOpElement,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { navigatieMelding } from '../core/navigatie-melding';
import { AgendaNalevingComponent } from '../naleving/agenda-naleving.component';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { veldLabel } from '../meldingen/melding-teksten';
import { AgendaInhoudFormComponent } from './agenda-inhoud-form.component';
import { drempelTekst, padLabel, waardeTekst } from './agenda-teksten';
import { AGENDA_STATUS_LABELS, VerzuimagendaApi } from './verzuimagenda.api';
import { statusBadges } from './verzuimagendas.page';

interface VerschilRij {
  pad: string;
  onderdeel: string;
  oud: string;
  nieuw: string;
}

@Component({
  selector: 'rmc-verzuimagenda-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AgendaNalevingComponent,
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    BadgeComponent,
    DataTableComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    AgendaInhoudFormComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug">
      <a class="utrecht-link" routerLink="/verzuimagenda">Terug naar de verzuimagenda’s</a>
    </p>
    <rmc-page-header [titel]="titel()" />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (agenda(); as a) {
      <section aria-labelledby="stand-kop">
        <h2 class="utrecht-heading-2" id="stand-kop">Stand van zaken</h2>
        <dl class="rmc-gegevens">
          <dt>Status</dt>
          <dd>
            @for (b of badges(); track b.tekst) {
              <rmc-badge [soort]="b.soort">{{ b.tekst }}</rmc-badge>{{ ' ' }}
            }
          </dd>
          <dt>Versie</dt>
          <dd>{{ a.versie }}</dd>
          @if (a.vastgesteldOp) {
            <dt>Vastgesteld op</dt>
            <dd>{{ datum(a.vastgesteldOp) }}</dd>
          }
          <dt>Laatst gewijzigd</dt>
          <dd>{{ datum(a.gewijzigdOp) }}</dd>
        </dl>
        @if (a.status === 'vervangen') {
          <rmc-alert soort="info">Dit is een oude versie; er is een nieuwere versie van deze agenda.</rmc-alert>
        }
        <div class="rmc-knoppen">
          @if (magIndienen()) {
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              [attr.aria-busy]="actie.bezig()"
              (click)="indienen()"
            >
              Indienen ter accordering
            </button>
          }
          @if (magGoedkeuren()) {
            <button
              type="button"
              class="utrecht-button utrecht-button--primary-action"
              [attr.aria-busy]="actie.bezig()"
              (click)="goedkeuren()"
            >
              Goedkeuren namens {{ eigenPartijNaam() }}
            </button>
          }
          @if (magWijzigen() && !bewerken()) {
            <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="startBewerken()">
              Agenda wijzigen
            </button>
          }
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
            [href]="pdfUrl()"
            download
            >Download PDF<span class="rmc-visueel-verborgen">
              van de verzuimagenda {{ a.instellingNaam }} {{ a.schooljaar }}</span
            ></a
          >
        </div>
      </section>

      <rmc-agenda-naleving [instellingId]="a.instellingId" [schooljaar]="a.schooljaar" />

      @if (bewerken()) {
        <section aria-labelledby="wijzigen-kop">
          <h2 class="utrecht-heading-2" id="wijzigen-kop" tabindex="-1">Agenda wijzigen</h2>
          <rmc-agenda-inhoud-form [agenda]="a" (opgeslagen)="opgeslagen($event)" (geannuleerd)="stopBewerken()" />
        </section>
      }

      <section aria-labelledby="partijen-kop">
        <h2 class="utrecht-heading-2" id="partijen-kop">Partijen en akkoord</h2>
        <rmc-data-table
          bijschrift="Partijen en hun akkoord"
          [bijschriftVerbergen]="true"
          [kolommen]="partijKolommen"
          [rijen]="a.partijen"
          [spoor]="partijSpoor"
        />
      </section>

      <section aria-labelledby="normen-kop">
        <h2 class="utrecht-heading-2" id="normen-kop">Normen per soort melding</h2>
        <ul class="rmc-kaart-lijst">
          @for (n of a.inhoud.normen; track n.soort) {
            <li class="rmc-kaart">
              <h3 class="utrecht-heading-3">{{ n.label }}</h3>
              <dl class="rmc-gegevens rmc-gegevens--compact">
                <dt>Drempel</dt>
                <dd>{{ drempel(n) }}</dd>
                <dt>Oppakken</dt>
                <dd>Binnen {{ n.oppakTermijnWerkdagen }} werkdagen</dd>
                <dt>Actie gewenst</dt>
                <dd>{{ n.actieGewenstWanneer || '—' }}</dd>
                <dt>Vooraf door school</dt>
                <dd>{{ n.voorafDoorSchool || '—' }}</dd>
                <dt>Wat de regio doet</dt>
                <dd>{{ n.actieRegio || '—' }}</dd>
                <dt>Terugkoppeling</dt>
                <dd>{{ n.terugkoppeling || '—' }}</dd>
                <dt>7-dagenregel</dt>
                <dd>{{ n.aaneengesloten ? 'Ja (aaneengesloten verzuim)' : 'Nee' }}</dd>
                <dt>Verplichte velden</dt>
                <dd>{{ velden(n.verplichteVelden) }}</dd>
                <dt>Aanbevolen velden</dt>
                <dd>{{ velden(n.aanbevolenVelden) }}</dd>
              </dl>
            </li>
          }
        </ul>
      </section>

      <section aria-labelledby="contact-kop">
        <h2 class="utrecht-heading-2" id="contact-kop">Vaste contactpersonen per vestiging</h2>
        <rmc-data-table
          bijschrift="Contactpersonen per vestiging"
          [bijschriftVerbergen]="true"
          [kolommen]="contactKolommen"
          [rijen]="contacten()"
          [spoor]="contactSpoor"
          leegTekst="Er zijn nog geen contactpersonen afgesproken."
        />
      </section>

      <section aria-labelledby="preventie-kop">
        <h2 class="utrecht-heading-2" id="preventie-kop">Preventie en overleg</h2>
        <dl class="rmc-gegevens">
          <dt>Verzuimspreekuur</dt>
          <dd>{{ a.inhoud.preventie.verzuimspreekuur ? 'Ja' : 'Nee' }}</dd>
          <dt>RMC op locatie</dt>
          <dd>{{ a.inhoud.preventie.rmcOpLocatie || '—' }}</dd>
          <dt>Overige afspraken</dt>
          <dd>{{ a.inhoud.preventie.overig || '—' }}</dd>
          <dt>Startoverleg</dt>
          <dd>{{ a.inhoud.startoverleg || '—' }}</dd>
        </dl>
      </section>

      <section aria-labelledby="versies-kop">
        <h2 class="utrecht-heading-2" id="versies-kop">Versies</h2>
        <rmc-data-table
          bijschrift="Versies van deze agenda"
          [bijschriftVerbergen]="true"
          [kolommen]="versieKolommen"
          [rijen]="a.versies"
        >
          <ng-template #acties let-versie>
            @if (versie.versie > 1) {
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                (click)="toonVerschillen(versie)"
              >
                Verschillen<span class="rmc-visueel-verborgen">
                  van versie {{ versie.versie }} met versie {{ versie.versie - 1 }}</span
                >
              </button>
            }
          </ng-template>
        </rmc-data-table>
        @if (verschillen(); as v) {
          <h3 class="utrecht-heading-3" id="verschillen-kop" tabindex="-1">
            Verschillen van versie {{ v.versie }} met versie {{ v.vorigeVersie ?? '—' }}
          </h3>
          @if (verschilRijen().length) {
            <rmc-data-table
              bijschrift="Gewijzigde onderdelen"
              [kolommen]="verschilKolommen"
              [rijen]="verschilRijen()"
              [spoor]="verschilSpoor"
            />
          } @else {
            <p class="utrecht-paragraph">Geen verschillen met de vorige versie.</p>
          }
        }
      </section>
    } @else {
      <p class="utrecht-paragraph" role="status">Agenda wordt geladen…</p>
    }
  `,
  styles: `
    .rmc-kaart-lijst {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
      list-style: none;
      margin: 0 0 1.5rem;
      padding: 0;
    }
  `,
})
export class VerzuimagendaDetailPage {
  private readonly api = inject(VerzuimagendaApi);
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);

  /** Route parameter :id. */
  readonly id = input.required<string>();

  protected readonly agenda = signal<VerzuimagendaDto | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(navigatieMelding());
  protected readonly actie = new FormulierStatus();
  protected readonly bewerken = signal(false);
  protected readonly verschillen = signal<VerzuimagendaVerschillen | null>(null);
  protected readonly datum = formatDatum;
  protected readonly drempel = drempelTekst;

  protected readonly titel = computed(() => {
    const a = this.agenda();
    return a ? `Verzuimagenda ${a.instellingNaam} ${a.schooljaar}` : 'Verzuimagenda';
  });
  protected readonly badges = computed(() => (this.agenda() ? statusBadges(this.agenda()!) : []));
  protected readonly pdfUrl = computed(() => this.api.pdfUrl(this.id()));
  private readonly eigenPartij = computed(() => {
    const a = this.agenda();
    return a?.eigenPartij ? (a.partijen.find((p) => p.partij === a.eigenPartij) ?? null) : null;
  });
  protected readonly eigenPartijNaam = computed(() => this.eigenPartij()?.naam ?? '');
  private readonly nieuwste = computed(() => {
    const a = this.agenda();
    return !!a && (a.versies.length === 0 || a.versies[a.versies.length - 1].id === a.id);
  });
  protected readonly magWijzigen = computed(
    () =>
      TOEGANG.verzuimagendaWijzigen(this.sessie.ability()) &&
      !!this.eigenPartij() &&
      this.agenda()?.status !== 'vervangen' &&
      this.nieuwste(),
  );
  protected readonly magIndienen = computed(() => this.magWijzigen() && this.agenda()?.status === 'concept');
  protected readonly magGoedkeuren = computed(
    () =>
      TOEGANG.verzuimagendaGoedkeuren(this.sessie.ability()) &&
      this.agenda()?.status === 'ter-accordering' &&
      !!this.eigenPartij() &&
      !this.eigenPartij()!.goedgekeurd,
  );
  protected readonly contacten = computed(() => {
    const a = this.agenda();
    if (!a) return [];
    return a.inhoud.contactpersonen.map((c) => ({
      ...c,
      vestiging: a.vestigingen.find((v) => v.id === c.vestigingId)?.naam ?? 'Onbekende vestiging',
    }));
  });
  protected readonly verschilRijen = computed<VerschilRij[]>(() => {
    const v = this.verschillen();
    const a = this.agenda();
    if (!v) return [];
    return v.verschillen.map((d) => ({
      pad: d.pad,
      onderdeel: padLabel(d.pad, a?.inhoud ?? null, a?.vestigingen ?? []),
      oud: waardeTekst(d.oud),
      nieuw: waardeTekst(d.nieuw),
    }));
  });

  protected readonly partijKolommen: Kolom<AgendaPartijDto>[] = [
    { kop: 'Partij', waarde: (p) => p.naam },
    { kop: 'Soort', waarde: (p) => (p.soort === 'instelling' ? 'Instelling' : 'Regio') },
    {
      kop: 'Akkoord',
      waarde: () => '',
      badges: (p) => [p.goedgekeurd ? { tekst: 'Goedgekeurd', soort: 'ok' } : { tekst: 'Nog niet', soort: 'neutraal' }],
    },
    { kop: 'Op', waarde: (p) => formatDatum(p.goedgekeurdOp) || null },
    { kop: 'Door', waarde: (p) => p.goedgekeurdDoor },
  ];
  protected readonly partijSpoor = (p: AgendaPartijDto) => p.partij;
  protected readonly contactKolommen: Kolom<{
    vestiging: string;
    schoolContact: string;
    regioContact: string;
    vestigingId: string;
  }>[] = [
    { kop: 'Vestiging', waarde: (c) => c.vestiging },
    { kop: 'Contactpersoon school', waarde: (c) => c.schoolContact || null },
    { kop: 'Contactpersoon regio', waarde: (c) => c.regioContact || null },
  ];
  protected readonly contactSpoor = (c: { vestigingId: string }) => c.vestigingId;
  protected readonly versieKolommen: Kolom<AgendaVersieDto>[] = [
    {
      kop: 'Versie',
      waarde: (v) => v.versie,
      link: (v) => (v.id === this.id() ? null : `/verzuimagenda/${encodeURIComponent(v.id)}`),
    },
    { kop: 'Status', waarde: (v) => AGENDA_STATUS_LABELS[v.status] + (v.id === this.id() ? ' (deze versie)' : '') },
    { kop: 'Vastgesteld op', waarde: (v) => formatDatum(v.vastgesteldOp) || null },
    { kop: 'Gewijzigd op', waarde: (v) => formatDatum(v.gewijzigdOp) || null },
  ];
  protected readonly verschilKolommen: Kolom<VerschilRij>[] = [
    { kop: 'Onderdeel', waarde: (r) => r.onderdeel },
    { kop: 'Was', waarde: (r) => r.oud },
    { kop: 'Wordt', waarde: (r) => r.nieuw },
  ];
  protected readonly verschilSpoor = (r: VerschilRij) => r.pad;

  constructor() {
    effect(() => void this.laad(this.id()));
  }

  protected velden(lijst: string[]): string {
    return lijst.map(veldLabel).join(', ') || '—';
  }

  private async laad(id: string): Promise<void> {
    this.agenda.set(null);
    this.fout.set(null);
    this.verschillen.set(null);
    this.bewerken.set(false);
    try {
      this.agenda.set(await this.api.haal(id));
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'Deze verzuimagenda bestaat niet of u mag haar niet zien.'
          : (p.detail ?? 'De agenda kon niet worden geladen.'),
      );
    }
  }

  protected startBewerken(): void {
    this.succes.set(null);
    this.bewerken.set(true);
    setTimeout(() => focusOpElement('wijzigen-kop'));
  }

  protected stopBewerken(): void {
    this.bewerken.set(false);
    setTimeout(() => focusOpElement('stand-kop'));
  }

  protected async opgeslagen(nieuw: VerzuimagendaDto): Promise<void> {
    if (nieuw.id !== this.id()) {
      const bericht = `Er is een nieuwe versie (${nieuw.versie}) gemaakt als concept. Versie ${this.agenda()?.versie} blijft gelden tot deze is vastgesteld.`;
      // Same route, other id: the router keeps this component, so the message is set here too.
      await this.router.navigate(['/verzuimagenda', nieuw.id], { state: { melding: bericht } });
      this.succes.set(bericht);
      return;
    }
    this.agenda.set(nieuw);
    this.bewerken.set(false);
    this.succes.set('De wijzigingen zijn opgeslagen.');
    setTimeout(() => focusOpElement('stand-kop'));
  }

  protected async indienen(): Promise<void> {
    await this.voerUit(() => this.api.dienIn(this.id()), 'De agenda is ter accordering aangeboden aan alle partijen.');
  }

  protected async goedkeuren(): Promise<void> {
    await this.voerUit(
      () => this.api.keurGoed(this.id()),
      (a) =>
        a.status === 'vastgesteld'
          ? 'Goedgekeurd. Alle partijen zijn akkoord: de agenda is vastgesteld.'
          : 'Goedgekeurd namens uw organisatie. De agenda wacht nog op de andere partijen.',
    );
  }

  private async voerUit(
    doe: () => Promise<VerzuimagendaDto>,
    bericht: string | ((a: VerzuimagendaDto) => string),
  ): Promise<void> {
    if (this.actie.bezig()) return;
    this.succes.set(null);
    let a: VerzuimagendaDto | null = null;
    const gelukt = await this.actie.voerUit(async () => {
      a = await doe();
    });
    if (!gelukt || !a) return;
    this.agenda.set(a);
    this.succes.set(typeof bericht === 'string' ? bericht : bericht(a));
    setTimeout(() => focusOpElement('stand-kop'));
  }

  protected async toonVerschillen(versie: AgendaVersieDto): Promise<void> {
    const gelukt = await this.actie.voerUit(async () => this.verschillen.set(await this.api.verschillen(versie.id)));
    if (gelukt) setTimeout(() => focusOpElement('verschillen-kop'));
  }
}
