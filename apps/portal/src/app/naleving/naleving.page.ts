import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, OnInit, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { ComplianceResponse, ComplianceTelling, ComplianceVestiging, InstellingDto } from '@rmc/shared-api-types';
import {
  AlertComponent,
  DataTableComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StaafdiagramComponent,
  type Kolom,
  type Staaf,
} from '@rmc/portal-ui';
import { API } from '../core/api';
import { leesProbleem } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { schooljaren } from '../verzuimagenda/verzuimagenda.api';
import { maandLabel, oppakVerhaal } from './agenda-naleving.component';

const ONDERDRUKT = '<5';
const telling = (t: ComplianceTelling | undefined) => (!t ? null : t.onderdrukt ? ONDERDRUKT : t.aantal);
const aandeel = (a: number | null | undefined) => (a === null || a === undefined ? null : `${Math.round(a * 100)}%`);
const dagen = (d: number | null | undefined) => (d === null || d === undefined ? null : d.toFixed(1).replace('.', ','));

/** Shares come as 0–1 from the API; the chart shows percentages. Null (no data or suppressed) stays null. */
const procent = (a: number | null | undefined) => (a === null || a === undefined ? null : Math.round(a * 1000) / 10);

/**
 * Naleving van de verzuimagenda per vestiging: meldingen per maand en soort, binnen de norm, volledig
 * bij de eerste melding, oppak- en terugkoppeltijden, herkomst. Small counts are suppressed ("<5").
 */
@Component({
  selector: 'rmc-naleving-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    PageHeaderComponent,
    AlertComponent,
    DataTableComponent,
    FormFieldComponent,
    FieldControlDirective,
    StaafdiagramComponent,
  ],
  template: `
    <rmc-page-header
      titel="Naleving van de verzuimagenda"
      intro="Per vestiging: hoeveel meldingen, hoeveel op tijd en volledig, en hoe snel de regio oppakt en terugkoppelt. Aantallen onder de 5 ziet u als “<5” wanneer de cijfers ook over een andere partij gaan."
    />
    <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Cijfers kiezen">
      <rmc-form-field label="Schooljaar" controlId="naleving-schooljaar">
        <select
          rmcVeld
          class="utrecht-select utrecht-select--html-select rmc-invoer--middel"
          name="schooljaar"
          [(ngModel)]="keuzeJaar"
        >
          @for (j of jaren; track j) {
            <option [value]="j">{{ j }}</option>
          }
        </select>
      </rmc-form-field>
      @if (instellingen().length) {
        <rmc-form-field label="Instelling" controlId="naleving-instelling">
          <select rmcVeld class="utrecht-select utrecht-select--html-select" name="instelling" [(ngModel)]="keuzeInstelling">
            <option value="">Alle instellingen</option>
            @for (i of instellingen(); track i.id) {
              <option [value]="i.id">{{ i.naam }}</option>
            }
          </select>
        </rmc-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Tonen</button>
    </form>

    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (!cijfers()) {
      <p class="utrecht-paragraph" role="status">Cijfers worden geladen…</p>
    } @else {
      @if (cijfers(); as c) {
        <p class="rmc-knoppen">
          <a
            class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
            [href]="csvUrl()"
            download
            >Download CSV<span class="rmc-visueel-verborgen"> met de cijfers van {{ c.schooljaar }}</span></a
          >
        </p>
        <section aria-labelledby="totaal-kop">
          <h2 class="utrecht-heading-2" id="totaal-kop">
            Schooljaar {{ c.schooljaar
            }}{{ c.perspectief === 'regio' ? ': meldingen naar uw regio' : ': meldingen van uw vestiging' }}
          </h2>
          <dl class="rmc-gegevens">
            <dt>Meldingen</dt>
            <dd>{{ tel(c.totaal.totaal) }}</dd>
            <dt>Binnen de norm</dt>
            <dd>{{ deel(c.totaal.binnenNorm.aandeel) }}</dd>
            <dt>Volledig bij eerste melding</dt>
            <dd>{{ deel(c.totaal.volledig.aandeel) }}</dd>
            <dt>Op tijd opgepakt door de regio</dt>
            <dd>
              {{ deel(c.totaal.oppak.aandeelOpTijd)
              }}{{
                c.totaal.oppak.gemiddeldWerkdagen !== null
                  ? ' (gemiddeld ' + dag(c.totaal.oppak.gemiddeldWerkdagen) + ' werkdagen)'
                  : ''
              }}
            </dd>
            <dt>Oppak door de regio</dt>
            <dd>{{ oppakVerhaal(c.totaal.oppak) }}</dd>
            <dt>Teruggekoppeld aan de school</dt>
            <dd>
              {{ deel(c.totaal.terugkoppeling.aandeel)
              }}{{
                c.totaal.terugkoppeling.gemiddeldWerkdagen !== null
                  ? ' (gemiddeld na ' + dag(c.totaal.terugkoppeling.gemiddeldWerkdagen) + ' werkdagen)'
                  : ''
              }}
            </dd>
          </dl>
        </section>

        @if (c.vestigingen.length) {
          <section aria-labelledby="grafieken-kop">
            <h2 class="utrecht-heading-2" id="grafieken-kop">In grafieken</h2>
            <rmc-staafdiagram
              titel="Meldingen per maand"
              omschrijving="Aantal meldingen per maand van het schooljaar, van augustus tot en met juli."
              [staven]="perMaand()"
              [kolommen]="true"
              labelKop="Maand"
              waardeKop="Meldingen"
            />
            <rmc-staafdiagram
              titel="Aandeel binnen de norm per vestiging"
              omschrijving="Op tijd en volledig gemeld, in procenten. Vestigingen met te weinig meldingen tonen geen percentage."
              [staven]="binnenNorm()"
              eenheid="%"
              [maximum]="100"
              labelKop="Vestiging"
              waardeKop="Binnen de norm"
            />
            <rmc-staafdiagram
              titel="Oppak op tijd per vestiging"
              omschrijving="Opgepakt binnen de termijn van de agenda, in procenten van alles wat opgepakt is of over de termijn is: niet opgepakt na de termijn telt als te laat."
              [staven]="oppakOpTijd()"
              eenheid="%"
              [maximum]="100"
              labelKop="Vestiging"
              waardeKop="Op tijd opgepakt"
            />
            <rmc-staafdiagram titel="Meldingen per soort" [staven]="perSoort()" labelKop="Soort melding" waardeKop="Meldingen" />
            @if (herkomst().length) {
              <rmc-staafdiagram
                titel="Woonregio van de gemelde studenten"
                [staven]="herkomst()"
                labelKop="Regio"
                waardeKop="Meldingen"
              />
            }
          </section>
        }
        <section aria-labelledby="vestigingen-kop">
          <h2 class="utrecht-heading-2" id="vestigingen-kop">Per vestiging</h2>
          <rmc-data-table
            bijschrift="Naleving per vestiging"
            [bijschriftVerbergen]="true"
            [kolommen]="kolommen"
            [rijen]="c.vestigingen"
            [spoor]="spoor"
            leegTekst="Er zijn in dit schooljaar geen meldingen."
          />
        </section>
      }
    }
  `,
})
export class NalevingPage implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly sessie = inject(SessieService);
  private readonly meldingenApi = inject(MeldingenApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameters (component input binding). */
  readonly schooljaar = input<string | undefined>();
  readonly instellingId = input<string | undefined>();

  protected readonly jaren = schooljaren().slice(0, 2).reverse();
  protected readonly keuzeJaar = signal(this.jaren[0]);
  protected readonly keuzeInstelling = signal('');
  protected readonly instellingen = signal<InstellingDto[]>([]);
  protected readonly cijfers = signal<ComplianceResponse | null>(null);
  protected readonly fout = signal<string | null>(null);
  protected readonly tel = (t: ComplianceTelling) => telling(t) ?? '—';
  protected readonly deel = (a: number | null) => aandeel(a) ?? 'nog geen cijfer';
  protected readonly dag = dagen;
  protected readonly oppakVerhaal = oppakVerhaal;

  protected readonly csvUrl = computed(() => {
    const c = this.cijfers();
    let params = new HttpParams().set('schooljaar', c?.schooljaar ?? this.keuzeJaar());
    if (this.instellingId()) params = params.set('instellingId', this.instellingId()!);
    return `${API}/compliance.csv?${params.toString()}`;
  });

  protected readonly kolommen: Kolom<ComplianceVestiging>[] = [
    { kop: 'Vestiging', waarde: (v) => `${v.vestigingNaam} (${v.instellingNaam})` },
    { kop: 'Meldingen', waarde: (v) => telling(v.totaal) },
    { kop: 'Binnen de norm', waarde: (v) => aandeel(v.binnenNorm.aandeel) },
    { kop: 'Volledig', waarde: (v) => aandeel(v.volledig.aandeel) },
    { kop: 'Op tijd opgepakt', waarde: (v) => aandeel(v.oppak.aandeelOpTijd) },
    { kop: 'Te laat of niet opgepakt na termijn', waarde: (v) => telling(v.oppak.teLaat) },
    { kop: 'Nog binnen termijn', waarde: (v) => telling(v.oppak.open) },
    { kop: 'Gem. oppaktijd (werkdagen)', waarde: (v) => dagen(v.oppak.gemiddeldWerkdagen) },
    { kop: 'Teruggekoppeld', waarde: (v) => aandeel(v.terugkoppeling.aandeel) },
    { kop: 'Gem. terugkoppeltijd (werkdagen)', waarde: (v) => dagen(v.terugkoppeling.gemiddeldWerkdagen) },
  ];
  protected readonly spoor = (v: ComplianceVestiging) => v.vestigingId;

  private readonly vestigingStaaf = (kies: (v: ComplianceVestiging) => number | null | undefined) =>
    computed<Staaf[]>(() =>
      (this.cijfers()?.vestigingen ?? []).map((v) => ({
        label: v.vestigingNaam,
        waarde: procent(kies(v)),
        tekst: kies(v) == null ? 'geen cijfer' : undefined,
      })),
    );
  protected readonly binnenNorm = this.vestigingStaaf((v) => v.binnenNorm.aandeel);
  protected readonly oppakOpTijd = this.vestigingStaaf((v) => v.oppak.aandeelOpTijd);
  protected readonly perMaand = computed<Staaf[]>(() =>
    (this.cijfers()?.totaal.perMaand ?? []).map((m) => ({
      label: maandLabel(m.maand),
      waarde: m.aantal.onderdrukt ? null : m.aantal.aantal,
    })),
  );
  protected readonly perSoort = computed<Staaf[]>(() =>
    (this.cijfers()?.totaal.perSoort ?? []).map((s) => ({
      label: s.label,
      waarde: s.aantal.onderdrukt ? null : s.aantal.aantal,
    })),
  );
  protected readonly herkomst = computed<Staaf[]>(() =>
    (this.cijfers()?.totaal.herkomst ?? []).map((h) => ({
      label: h.regioNaam,
      waarde: h.aantal.onderdrukt ? null : h.aantal.aantal,
    })),
  );

  constructor() {
    effect(() => {
      const jaar = this.schooljaar() ?? this.jaren[0];
      const instelling = this.instellingId() ?? '';
      this.keuzeJaar.set(jaar);
      this.keuzeInstelling.set(instelling);
      void this.laad(jaar, instelling);
    });
  }

  async ngOnInit(): Promise<void> {
    // A region chooses among the instellingen; a school sees its own vestiging only.
    if (this.sessie.me()?.regio) this.instellingen.set(await this.meldingenApi.instellingen().catch(() => []));
  }

  protected filter(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { schooljaar: this.keuzeJaar(), instellingId: this.keuzeInstelling() || null },
    });
  }

  private async laad(schooljaar: string, instellingId: string): Promise<void> {
    this.cijfers.set(null);
    this.fout.set(null);
    let params = new HttpParams().set('schooljaar', schooljaar);
    if (instellingId) params = params.set('instellingId', instellingId);
    try {
      this.cijfers.set(await firstValueFrom(this.http.get<ComplianceResponse>(`${API}/compliance`, { params })));
    } catch (fout) {
      const p = leesProbleem(fout);
      this.fout.set(
        p.status === 404
          ? 'De cijfers over naleving zijn op deze server nog niet beschikbaar.'
          : (p.detail ?? 'De cijfers konden niet worden geladen.'),
      );
    }
  }
}
