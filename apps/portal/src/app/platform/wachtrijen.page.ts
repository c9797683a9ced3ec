import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AlertComponent, DataTableComponent, ErrorSummaryComponent, PageHeaderComponent, type Kolom } from '@rmc/portal-ui';
import type { WachtrijenDto, WachtrijTelling } from '@rmc/shared-api-types';
import { API } from '../core/api';
import { FormulierStatus } from '../core/formulier-status';
import { WachtrijTakenComponent } from './wachtrij-taken.component';

type Telling = WachtrijTelling;

/** A scan older than this (five default scan intervals) means no worker is scanning. */
const SCAN_ACHTER_SECONDEN = 300;

interface Rij {
  naam: string;
  telling: Telling | null;
}

function duur(seconden: number | null): string {
  if (seconden === null || seconden === undefined) return 'Geen';
  if (seconden < 60) return `${seconden} ${seconden === 1 ? 'seconde' : 'seconden'}`;
  if (seconden < 3600) return `${Math.floor(seconden / 60)} ${Math.floor(seconden / 60) === 1 ? 'minuut' : 'minuten'}`;
  return `${Math.floor(seconden / 3600)} uur en ${Math.floor((seconden % 3600) / 60)} minuten`;
}

const NIET_BEREIKBAAR = 'Niet bereikbaar';

/** Queue operations for the platform-beheerder: mail, import and scan queues and the e-mail outbox. */
@Component({
  selector: 'rmc-wachtrijen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AlertComponent, PageHeaderComponent, DataTableComponent, ErrorSummaryComponent, WachtrijTakenComponent],
  template: `
    <rmc-page-header
      titel="Wachtrijen"
      intro="Hoe het versturen van e-mail, het verwerken van imports en de rondes voor herinneringen en bewaartermijnen ervoor staan. Hier staan alleen aantallen, geen gegevens van personen."
    />
    <rmc-error-summary [detail]="actie.detail()" />
    <p>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
        [attr.aria-busy]="actie.bezig()"
        (click)="laad()"
      >
        Vernieuwen
      </button>
    </p>
    @if (laden()) {
      <p class="utrecht-paragraph" role="status">Wachtrijen worden geladen…</p>
    } @else if (gegevens(); as g) {
      <section aria-labelledby="wachtrijen-kop">
        <h2 class="utrecht-heading-2" id="wachtrijen-kop">Taken in de wachtrijen</h2>
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Taken per wachtrij"
          [kolommen]="wachtrijKolommen"
          [rijen]="wachtrijen()"
          leegTekst="Er zijn geen wachtrijen."
        />
      </section>
      <section aria-labelledby="outbox-kop">
        <h2 class="utrecht-heading-2" id="outbox-kop">E-mails in de outbox</h2>
        <dl class="rmc-gegevens">
          <dt>Wachten op verzending</dt>
          <dd>{{ g.outbox.wacht }}</dd>
          <dt>Mislukt</dt>
          <dd>{{ g.outbox.mislukt }}</dd>
          <dt>Oudste wachtende e-mail</dt>
          <dd>{{ duur(g.outbox.oudsteWachtSeconden) }}</dd>
          <dt>Verzonden in de laatste 24 uur</dt>
          <dd>{{ g.outbox.verzonden24u }}</dd>
        </dl>
      </section>
      <section aria-labelledby="scan-kop">
        <h2 class="utrecht-heading-2" id="scan-kop">Herinneringen</h2>
        @if (g.herinneringen; as h) {
          @if (h.secondenGeleden > scanAchter || h.mislukt > 0) {
            <rmc-alert soort="waarschuwing">
              {{
                h.secondenGeleden > scanAchter
                  ? 'De herinneringen lopen achter: controleer of er een worker draait.'
                  : 'Bij de laatste ronde lukte het niet voor elke regio; de volgende ronde probeert het opnieuw.'
              }}
            </rmc-alert>
          }
          <dl class="rmc-gegevens">
            <dt>Laatste ronde van de herinneringen</dt>
            <dd>{{ duur(h.secondenGeleden) }} geleden</dd>
            <dt>Duur van de traagste regio</dt>
            <dd>{{ h.duurMs }} ms</dd>
            <dt>Regio's gecontroleerd</dt>
            <dd>{{ h.regios }}</dd>
            <dt>Regio's mislukt</dt>
            <dd>{{ h.mislukt }}</dd>
            @if (planningen(); as p) {
              <dt>Geplande rondes (één per actieve regio, plus één voor het hele platform)</dt>
              <dd>{{ p }}</dd>
            }
          </dl>
        } @else {
          <rmc-alert soort="waarschuwing">Er heeft nog geen worker herinneringen gecontroleerd.</rmc-alert>
        }
      </section>
      <rmc-wachtrij-taken (gewijzigd)="laad()" />
    }
  `,
})
export class WachtrijenPage implements OnInit {
  private readonly http = inject(HttpClient);
  protected readonly gegevens = signal<WachtrijenDto | null>(null);
  protected readonly laden = signal(true);
  protected readonly actie = new FormulierStatus();
  protected readonly duur = duur;
  protected readonly scanAchter = SCAN_ACHTER_SECONDEN;

  protected readonly planningen = computed(() => {
    const s = this.gegevens()?.scan;
    return s && !('onbereikbaar' in s) ? (s.schedulers ?? null) : null;
  });

  protected readonly wachtrijen = computed<Rij[]>(() => {
    const g = this.gegevens();
    if (!g) return [];
    const telling = (t: WachtrijenDto['mail']) => ('onbereikbaar' in t ? null : t);
    return [
      { naam: 'E-mail', telling: telling(g.mail) },
      { naam: 'Import van meldingen', telling: telling(g.import) },
      { naam: 'Herinneringen en bewaartermijn (per regio)', telling: telling(g.scan) },
    ];
  });

  protected readonly wachtrijKolommen: Kolom<Rij>[] = [
    { kop: 'Wachtrij', waarde: (r) => r.naam },
    { kop: 'Wachtend', waarde: (r) => r.telling?.waiting ?? NIET_BEREIKBAAR },
    { kop: 'Bezig', waarde: (r) => r.telling?.active ?? NIET_BEREIKBAAR },
    { kop: 'Uitgesteld', waarde: (r) => r.telling?.delayed ?? NIET_BEREIKBAAR },
    { kop: 'Mislukt', waarde: (r) => r.telling?.failed ?? NIET_BEREIKBAAR },
    { kop: 'Afgerond', waarde: (r) => r.telling?.completed ?? NIET_BEREIKBAAR },
    { kop: 'Oudste wachtende taak', waarde: (r) => (r.telling ? duur(r.telling.oudsteWachtSeconden) : NIET_BEREIKBAAR) },
  ];

  async ngOnInit(): Promise<void> {
    await this.laad();
  }

  protected async laad(): Promise<void> {
    await this.actie.voerUit(async () =>
      this.gegevens.set(await firstValueFrom(this.http.get<WachtrijenDto>(`${API}/platform/wachtrijen`))),
    );
    this.laden.set(false);
  }
}
