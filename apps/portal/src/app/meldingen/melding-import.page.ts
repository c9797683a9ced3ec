import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ImportStatus, MeldingCreate } from '@rmc/shared-api-types';
import { importSjabloon } from '@rmc/shared-domain';
import {
  AlertComponent,
  DataTableComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  VoortgangsbalkComponent,
  koppelKolommen,
  leesCsv,
  type CsvOverzicht,
  type Kolom,
} from '@rmc/portal-ui';
import { bewaarAlsBestand } from '../core/bestand';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { MeldingenApi } from './meldingen.api';
import { veldLabel } from './melding-teksten';
import { leslocatiesVoor, type Leslocatie } from './school-context';

/** The MeldingCreate fields a CSV column can fill (as the API's IMPORTEERBARE_VELDEN; the leslocatie is chosen for the whole file). */
const IMPORTVELDEN: (keyof MeldingCreate)[] = [
  'soort',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'telefoon',
  'afwijkendVerblijfadres',
  'begindatum',
  'einddatum',
  'vermoedelijkeSoort',
  'vermoedelijkeReden',
  'allesGemist',
  'verzuimDagen',
  'verzuimUren',
  'zorgen',
  'doorSchoolOndernomen',
  'afsprakenMetStudent',
  'betrokkenContacten',
  'lopendeHulp',
  'verwachtingVanRegio',
  'actieGewenst',
  'toelichtingActieGewenst',
  'melderNaam',
  'melderFunctie',
  'melderTelefoon',
  'melderEmail',
];
const ALTIJD_NODIG: (keyof MeldingCreate)[] = [
  'soort',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'begindatum',
  'vermoedelijkeSoort',
  // 'melderNaam' is not listed: without the column the uploader's name is used.
  'melderFunctie',
];
const POLL_MS = 1000;

type Fout = ImportStatus['fouten'][number];

@Component({
  selector: 'rmc-melding-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    FormFieldComponent,
    FieldControlDirective,
    ErrorSummaryComponent,
    StatusMessageComponent,
    AlertComponent,
    DataTableComponent,
    VoortgangsbalkComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/meldingen">Terug naar de meldingen</a></p>
    <rmc-page-header
      titel="Meldingen importeren"
      intro="Lees meldingen in uit een CSV-bestand, bijvoorbeeld een export uit uw studentvolgsysteem of het DUO-formaat. Doe eerst een proefrun: dan ziet u per rij wat er niet klopt, zonder dat er iets wordt opgeslagen."
    />
    <p class="utrecht-paragraph rmc-klein">
      Een bestand twee keer inlezen is veilig: meldingen die er al zijn, worden niet nog eens opgeslagen.
    </p>
    <p class="utrecht-paragraph rmc-klein">
      De soort melding mag als code of zoals de verzuimagenda hem noemt (bijvoorbeeld “16 uur in 4 weken”); datums als dd-mm-jjjj
      of jjjj-mm-dd. Zonder kolom voor de naam van de melder wordt uw naam gebruikt.
    </p>
    <p class="rmc-knoppen">
      <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="sjabloon()">
        Download het sjabloon<span class="rmc-visueel-verborgen"> (CSV met alle kolommen en één voorbeeldrij)</span>
      </button>
    </p>

    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds()" />
    <form class="rmc-formulier rmc-formulier--breed" (ngSubmit)="start()" novalidate>
      <rmc-form-field
        label="Leslocatie"
        controlId="import-leslocatie"
        hint="Geldt voor alle meldingen in het bestand."
        [fout]="status.fout('leslocatieVestigingId')"
      >
        <select
          rmcVeld
          class="utrecht-select utrecht-select--html-select"
          name="leslocatie"
          [(ngModel)]="leslocatie"
          aria-required="true"
        >
          <option value="">Kies de leslocatie</option>
          @for (l of leslocaties(); track l.id) {
            <option [value]="l.id">{{ l.naam }}{{ l.eigen ? ' – eigen vestiging' : '' }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field
        label="CSV-bestand"
        controlId="import-bestand"
        hint="Eerste regel met kolomnamen; gescheiden door puntkomma of komma; UTF-8; hoogstens 100.000 rijen."
        [fout]="status.fout('bestand')"
        [optioneel]="true"
      >
        <input rmcVeld class="rmc-bestand" type="file" accept=".csv,text/csv" (change)="bestandGekozen($event)" />
      </rmc-form-field>
      <rmc-form-field
        label="Of plak de inhoud van het bestand"
        controlId="import-csv"
        [fout]="status.fout('csv')"
        [optioneel]="true"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea rmc-code"
          rows="6"
          name="csv"
          spellcheck="false"
          [ngModel]="geplakt()"
          (ngModelChange)="geplaktGewijzigd($event)"
        ></textarea>
      </rmc-form-field>

      @if (overzicht(); as o) {
        <p class="utrecht-paragraph" role="status">
          {{ bestandsnaam() ? 'Bestand “' + bestandsnaam() + '”: ' : '' }}{{ o.koppen.length }} kolommen,
          {{ o.aantalRijen === 1 ? '1 rij' : o.aantalRijen + ' rijen' }} met gegevens.
        </p>
        @if (o.koppen.length) {
          <div class="utrecht-table-container rmc-tabel-scroll" role="region" tabindex="0" aria-labelledby="koppeling-bijschrift">
            <table class="utrecht-table utrecht-table--html-table">
              <caption class="utrecht-table__caption" id="koppeling-bijschrift">
                Kolommen koppelen aan velden van de melding
              </caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">Kolom in het bestand</th>
                  <th class="utrecht-table__header-cell" scope="col">Voorbeeld (eerste rij)</th>
                  <th class="utrecht-table__header-cell" scope="col">Veld in de melding</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                @for (kop of o.koppen; track $index; let i = $index) {
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__cell" scope="row" [id]="'kolom-kop-' + i">{{ kop || '(zonder naam)' }}</th>
                    <td class="utrecht-table__cell">{{ o.voorbeeld[0]?.[i] ?? '' }}</td>
                    <td class="utrecht-table__cell" [class.utrecht-form-field--invalid]="!!status.fout('kolommen.' + kop)">
                      <label class="rmc-visueel-verborgen" [for]="'kolom-' + i">Veld voor kolom {{ kop || i + 1 }}</label>
                      @if (status.fout('kolommen.' + kop); as kolomFout) {
                        <p class="utrecht-form-field-error-message rmc-veld__fout" [id]="'kolom-' + i + '-fout'">
                          <span class="rmc-visueel-verborgen">Fout: </span>{{ kolomFout }}
                        </p>
                      }
                      <select
                        class="utrecht-select utrecht-select--html-select"
                        [id]="'kolom-' + i"
                        [name]="'kolom-' + i"
                        [attr.aria-invalid]="status.fout('kolommen.' + kop) ? 'true' : null"
                        [attr.aria-describedby]="status.fout('kolommen.' + kop) ? 'kolom-' + i + '-fout' : null"
                        [ngModel]="koppeling()[kop]"
                        (ngModelChange)="koppel(kop, $event)"
                      >
                        <option value="">Niet importeren</option>
                        @for (veld of velden; track veld) {
                          <option [value]="veld">{{ label(veld) }}</option>
                        }
                      </select>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (nietGekoppeld().length) {
            <rmc-alert soort="waarschuwing">
              <p class="utrecht-paragraph">
                Nog niet gekoppeld: {{ nietGekoppeld() }}. Rijen zonder deze gegevens worden afgekeurd.
              </p>
            </rmc-alert>
          }
        }
      }

      <rmc-form-field soort="checkbox" label="Proefrun: alleen controleren, niets opslaan" controlId="import-proefrun">
        <input
          rmcVeld
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          name="proefrun"
          [(ngModel)]="proefrun"
        />
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig() || bezig()">
        {{ proefrun() ? 'Proefrun starten' : 'Import starten' }}
      </button>
    </form>

    <rmc-status-message [bericht]="klaarBericht()" />
    @if (importStatus(); as s) {
      <section aria-labelledby="voortgang-kop">
        <h2 class="utrecht-heading-2" id="voortgang-kop">{{ s.proefrun ? 'Proefrun' : 'Import' }}: {{ statusTekst() }}</h2>
        <rmc-voortgangsbalk
          label="Verwerkte rijen"
          [waarde]="s.verwerkt"
          [maximum]="s.totaal || 1"
          [omschrijving]="s.verwerkt + ' van ' + s.totaal + ' rijen verwerkt'"
        />
        <dl class="rmc-gegevens">
          <dt>{{ s.proefrun ? 'Goed (zou worden opgeslagen)' : 'Opgeslagen' }}</dt>
          <dd>{{ s.goed }}</dd>
          <dt>Al aanwezig (niet opnieuw opgeslagen)</dt>
          <dd>{{ s.alAanwezig }}</dd>
          <dt>Met fouten</dt>
          <dd>{{ s.fout }}</dd>
        </dl>
        @if (s.status === 'mislukt') {
          <rmc-alert soort="fout"
            >De import is mislukt. Probeer het opnieuw; lukt het dan nog niet, neem contact op met de beheerder.</rmc-alert
          >
        }
        @if (s.status === 'klaar' && s.proefrun && s.goed > 0) {
          <p class="utrecht-paragraph">
            <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="echtImporteren()">
              {{
                !s.fout ? 'Nu importeren' : s.goed === 1 ? 'De goede rij importeren' : 'De ' + s.goed + ' goede rijen importeren'
              }}
            </button>
          </p>
        }
        @if (s.fouten.length) {
          <rmc-data-table bijschrift="Fouten per rij" [kolommen]="foutKolommen" [rijen]="s.fouten" [spoor]="foutSpoor" />
          <p class="utrecht-paragraph rmc-klein">“Rij” is het regelnummer in het bestand; de regel met kolomnamen is regel 1.</p>
        }
      </section>
    }
  `,
})
export class MeldingImportPage implements OnInit {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);
  private timer: ReturnType<typeof setTimeout> | null = null;

  protected readonly velden = IMPORTVELDEN;
  protected readonly label = veldLabel;
  protected readonly status = new FormulierStatus();
  protected readonly leslocaties = signal<Leslocatie[]>([]);
  protected readonly leslocatie = signal('');
  protected readonly proefrun = signal(true);
  protected readonly geplakt = signal('');
  protected readonly bestandsnaam = signal<string | null>(null);
  private readonly bestandInhoud = signal<string | null>(null);
  protected readonly koppeling = signal<Record<string, string>>({});
  protected readonly importStatus = signal<ImportStatus | null>(null);
  protected readonly bezig = computed(() => ['wacht', 'bezig'].includes(this.importStatus()?.status ?? ''));
  protected readonly klaarBericht = signal<string | null>(null);

  private readonly inhoud = computed(() => this.bestandInhoud() ?? this.geplakt());
  protected readonly overzicht = computed<CsvOverzicht | null>(() => (this.inhoud().trim() ? leesCsv(this.inhoud()) : null));
  protected readonly nietGekoppeld = computed(() => {
    const gekoppeld = new Set(Object.values(this.koppeling()));
    return ALTIJD_NODIG.filter((v) => !gekoppeld.has(v))
      .map(veldLabel)
      .join(', ');
  });
  protected readonly controlIds = computed<Record<string, string>>(() => ({
    leslocatieVestigingId: 'import-leslocatie',
    csv: this.bestandInhoud() ? 'import-bestand' : 'import-csv',
    bestand: 'import-bestand',
    kolommen: 'kolom-0',
    // The API names a wrong column as "kolommen.<kop>".
    ...Object.fromEntries((this.overzicht()?.koppen ?? []).map((kop, i) => [`kolommen.${kop}`, `kolom-${i}`])),
  }));
  protected readonly statusTekst = computed(() => {
    const s = this.importStatus();
    if (!s) return '';
    return { wacht: 'in de wachtrij', bezig: 'bezig', klaar: 'klaar', mislukt: 'mislukt' }[s.status];
  });

  protected readonly foutKolommen: Kolom<Fout>[] = [
    { kop: 'Rij', waarde: (f) => f.rij },
    { kop: 'Veld', waarde: (f) => (f.veld ? veldLabel(f.veld) : '—') },
    { kop: 'Fout', waarde: (f) => f.melding },
  ];
  protected readonly foutSpoor = (f: Fout) => `${f.rij}:${f.veld}:${f.melding}`;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopPollen());
  }

  async ngOnInit(): Promise<void> {
    let instellingen: Awaited<ReturnType<MeldingenApi['instellingen']>> = [];
    try {
      instellingen = await this.api.instellingen();
    } catch {
      // Own vestiging only.
    }
    const { leslocaties } = leslocatiesVoor(this.sessie.me(), instellingen);
    this.leslocaties.set(leslocaties);
    this.leslocatie.set(leslocaties.find((l) => l.eigen)?.id ?? '');
  }

  protected async bestandGekozen(event: Event): Promise<void> {
    const bestand = (event.target as HTMLInputElement).files?.[0];
    if (!bestand) {
      this.bestandInhoud.set(null);
      this.bestandsnaam.set(null);
      return;
    }
    try {
      const tekst = await bestand.text();
      this.geplakt.set('');
      this.bestandsnaam.set(bestand.name);
      this.bestandInhoud.set(tekst);
      this.herkoppel();
    } catch {
      this.status.toonVeldfouten({ bestand: 'Het bestand kon niet worden gelezen. Kies een CSV-bestand.' });
    }
  }

  protected geplaktGewijzigd(tekst: string): void {
    this.geplakt.set(tekst);
    if (tekst.trim()) {
      this.bestandInhoud.set(null);
      this.bestandsnaam.set(null);
    }
    this.herkoppel();
  }

  /** Auto-map identical names; keep choices the user already made for headers that remain. */
  private herkoppel(): void {
    const koppen = this.overzicht()?.koppen ?? [];
    const automatisch = koppelKolommen(koppen, IMPORTVELDEN, Object.fromEntries(IMPORTVELDEN.map((v) => [v, veldLabel(v)])));
    const vorige = this.koppeling();
    this.koppeling.set(Object.fromEntries(koppen.map((k) => [k, k in vorige ? vorige[k] : automatisch[k]])));
  }

  /** The template: every importable field as a column named as this screen names it, and one example row. */
  protected sjabloon(): void {
    const { kop, voorbeeld } = importSjabloon(IMPORTVELDEN, Object.fromEntries(IMPORTVELDEN.map((v) => [v, veldLabel(v)])));
    const cel = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const tekst = `\uFEFF${[kop, voorbeeld].map((r) => r.map(cel).join(';')).join('\r\n')}\r\n`;
    bewaarAlsBestand(tekst, 'sjabloon-meldingen-import.csv', 'text/csv;charset=utf-8');
  }

  protected koppel(kop: string, veld: string): void {
    this.koppeling.update((k) => ({ ...k, [kop]: veld }));
  }

  protected echtImporteren(): void {
    this.proefrun.set(false);
    void this.start();
  }

  protected async start(): Promise<void> {
    if (this.status.bezig() || this.bezig()) return;
    this.klaarBericht.set(null);
    const fouten: Record<string, string> = {};
    if (!this.leslocatie()) fouten['leslocatieVestigingId'] = 'Kies de leslocatie.';
    if (!this.inhoud().trim()) fouten['csv'] = 'Kies een CSV-bestand of plak de inhoud.';
    else if (!this.overzicht()?.aantalRijen) fouten['csv'] = 'Het bestand heeft geen rijen met gegevens onder de kolomnamen.';
    else if (!Object.values(this.koppeling()).includes('bsn')) fouten['kolommen'] = 'Koppel een kolom aan het BSN.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    const kolommen = Object.fromEntries(Object.entries(this.koppeling()).filter(([, veld]) => !!veld));
    const gelukt = await this.status.voerUit(async () => {
      this.importStatus.set(
        await this.api.startImport({
          csv: this.inhoud(),
          kolommen,
          proefrun: this.proefrun(),
          leslocatieVestigingId: this.leslocatie(),
        }),
      );
    });
    if (gelukt) this.volg();
  }

  /** Polls GET meldingen/import/:id every second until the job is done. */
  private volg(): void {
    this.stopPollen();
    const s = this.importStatus();
    if (!s) return;
    if (s.status === 'klaar' || s.status === 'mislukt') return this.afgerond(s);
    this.timer = setTimeout(async () => {
      try {
        this.importStatus.set(await this.api.importStatus(s.id));
      } catch {
        // A missed poll is retried on the next tick.
      }
      this.volg();
    }, POLL_MS);
  }

  private afgerond(s: ImportStatus): void {
    if (s.status === 'mislukt') return;
    const soort = s.proefrun ? 'Proefrun klaar' : 'Import klaar';
    const goed = s.proefrun ? `${s.goed} goed` : `${s.goed} opgeslagen`;
    this.klaarBericht.set(`${soort}: ${goed}, ${s.alAanwezig} al aanwezig, ${s.fout} met fouten.`);
  }

  private stopPollen(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
