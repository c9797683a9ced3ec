import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ROL_LABELS, type Rol } from '@rmc/shared-domain';
import {
  DataTableComponent,
  ErrorSummaryComponent,
  StatusMessageComponent,
  focusOpElement,
  formatDatum,
  formatMoment,
  type Kolom,
} from '@rmc/portal-ui';
import { bewaarAlsBestand, downloadOnder } from '../core/bestand';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { GRONDSLAG_LABELS } from '../casus/casus-teksten';
import { PersonenApi, type InzageBundel, type InzageOntvanger, type InzageRegel } from './personen.api';

const ACTIE_LABELS: Record<string, string> = {
  read: 'Ingezien',
  search: 'In een lijst getoond',
  export: 'Geëxporteerd',
  print: 'Afgedrukt',
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  delete: 'Verwijderd',
  share: 'Gedeeld',
};

const ONDERDEEL_LABELS: Record<string, string> = {
  Persoon: 'Persoonsgegevens',
  Casus: 'Casus',
  Melding: 'Verzuimmelding',
  Overdracht: 'Overdracht',
  PlanActie: 'Actie',
  Overleg: 'Overleg',
};

/** The bundle's list sections in the order of the summary; a section the API adds later is counted under its key. */
const SECTIES: Record<string, string> = {
  casussen: 'Casussen',
  faseHistorie: 'Faseovergangen',
  leefgebieden: 'Scans van de leefgebieden',
  acties: 'Acties in het plan van aanpak',
  actieHistorie: 'Statuswijzigingen van acties',
  contactmomenten: 'Contactmomenten',
  meldingen: 'Verzuimmeldingen',
  ontvangers: 'Delingen met organisaties',
  partnerNotities: 'Notities van partners',
  overleggen: 'Besproken in een overleg',
  nazorg: 'Nazorgmomenten',
  overdrachten: 'Overdrachten',
  inzagen: 'Keren ingezien of bewerkt',
};
const VOLGORDE = Object.keys(SECTIES);

/**
 * Inzageverzoek (AVG art. 15): everything held on the young person as a JSON file, and on the page a
 * readable summary: how much per section, with whom it was shared and who viewed the dossier. Each
 * request is an export in the audit, so the bundle is fetched once per click and kept for the summary.
 */
@Component({
  selector: 'rmc-persoon-inzage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, ErrorSummaryComponent, StatusMessageComponent],
  template: `
    <section aria-labelledby="inzage-kop">
      <h2 class="utrecht-heading-2" id="inzage-kop">Inzageverzoek</h2>
      <p class="utrecht-paragraph">
        Vraagt de jongere welke gegevens u over hem of haar heeft? Download dan alles wat is vastgelegd, met wie het is gedeeld en
        wie het dossier heeft ingezien: als leesbare pdf voor de jongere, of als bestand (JSON) voor verdere verwerking. Beide
        bevatten persoonsgegevens: geef ze alleen aan de jongere zelf. Elke download wordt vastgelegd.
      </p>
      <rmc-error-summary [detail]="status.detail()" />
      <div class="rmc-knoppen">
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          [attr.aria-busy]="status.bezig()"
          (click)="vraagInzage()"
        >
          Inzagebestand downloaden
        </button>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          [attr.aria-busy]="status.bezig()"
          (click)="vraagPdf()"
        >
          Als pdf downloaden
        </button>
      </div>
      <rmc-status-message [bericht]="bericht()" />

      @if (bundel(); as b) {
        <h3 class="utrecht-heading-3" id="inzage-samenvatting-kop">Samenvatting van het inzagebestand</h3>
        <p class="utrecht-paragraph">Gemaakt op {{ moment(b.gegenereerdOp) }}, bestand {{ bestandsnaam() }}.</p>
        <dl class="rmc-gegevens">
          @for (t of tellingen(); track t.label) {
            <dt>{{ t.label }}</dt>
            <dd>{{ t.aantal }}</dd>
          }
        </dl>

        <h3 class="utrecht-heading-3" id="inzage-ontvangers-kop">Gedeeld met</h3>
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Organisaties waarmee gegevens zijn gedeeld"
          [kolommen]="ontvangerKolommen"
          [rijen]="b.ontvangers"
          [spoor]="spoorOntvanger"
          leegTekst="De gegevens zijn met geen enkele organisatie gedeeld."
        />

        <h3 class="utrecht-heading-3" id="inzage-lezers-kop">Wie heeft het dossier ingezien</h3>
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Wie heeft het dossier ingezien"
          [kolommen]="lezerKolommen"
          [rijen]="b.inzagen"
          [spoor]="spoorRegel"
          leegTekst="Er is niets vastgelegd over wie het dossier heeft ingezien."
        />
      }
    </section>
  `,
})
export class PersoonInzageComponent {
  private readonly api = inject(PersonenApi);
  readonly persoonId = input.required<string>();

  protected readonly status = new FormulierStatus();
  protected readonly bundel = signal<InzageBundel | null>(null);
  protected readonly bestandsnaam = signal('');
  protected readonly bericht = signal<string | null>(null);
  protected readonly moment = formatMoment;

  protected readonly tellingen = computed(() => {
    const b = this.bundel();
    if (!b) return [];
    const rang = (sleutel: string) => (VOLGORDE.includes(sleutel) ? VOLGORDE.indexOf(sleutel) : VOLGORDE.length);
    return Object.entries(b)
      .filter((e): e is [string, unknown[]] => Array.isArray(e[1]))
      .sort(([a], [z]) => rang(a) - rang(z))
      .map(([sleutel, rijen]) => ({ label: SECTIES[sleutel] ?? sleutel, aantal: rijen.length }));
  });

  protected readonly ontvangerKolommen: Kolom<InzageOntvanger>[] = [
    { kop: 'Organisatie', waarde: (o) => o.organisatie },
    { kop: 'Grondslag', waarde: (o) => (GRONDSLAG_LABELS as Record<string, string>)[o.grondslag] ?? o.grondslag },
    { kop: 'Doel', waarde: (o) => o.doel },
    { kop: 'Gedeeld op', waarde: (o) => formatDatum(o.gedeeldOp) },
    { kop: 'Tot', waarde: (o) => formatDatum(o.eindDatum) || null },
    { kop: 'Ingetrokken op', waarde: (o) => formatDatum(o.ingetrokkenOp) || null },
  ];
  protected readonly lezerKolommen: Kolom<InzageRegel>[] = [
    { kop: 'Datum en tijd', waarde: (r) => formatMoment(r.tijdstip) },
    { kop: 'Medewerker', waarde: (r) => r.actor ?? 'Systeem' },
    { kop: 'Organisatie', waarde: (r) => r.organisatie },
    { kop: 'Rol', waarde: (r) => (r.rol ? (ROL_LABELS[r.rol as Rol] ?? r.rol) : null) },
    { kop: 'Actie', waarde: (r) => ACTIE_LABELS[r.actie] ?? r.actie },
    { kop: 'Onderdeel', waarde: (r) => ONDERDEEL_LABELS[r.subject_type] ?? r.subject_type },
    { kop: 'Doel', waarde: (r) => r.doel },
  ];
  protected readonly spoorOntvanger = (o: InzageOntvanger) => `${o.organisatie}-${o.gedeeldOp}`;
  protected readonly spoorRegel = (r: InzageRegel) => r;

  protected async vraagInzage(): Promise<void> {
    if (this.status.bezig()) return;
    this.bericht.set(null);
    const uitkomst: { bundel: InzageBundel | null } = { bundel: null };
    const gelukt = await this.status.voerUit(async () => {
      uitkomst.bundel = await this.api.inzage(this.persoonId());
    });
    if (!gelukt || !uitkomst.bundel) return;
    // No name or id in the file name: downloads end up in shared folders and recent-file lists.
    const naam = `inzage-${vandaagInNederland()}.json`;
    bewaarAlsBestand(JSON.stringify(uitkomst.bundel, null, 2), naam);
    this.bundel.set(uitkomst.bundel);
    this.bestandsnaam.set(naam);
    this.bericht.set(`Het inzagebestand is gedownload (${naam}). De samenvatting staat hieronder.`);
    setTimeout(() => focusOpElement('inzage-samenvatting-kop'));
  }

  protected async vraagPdf(): Promise<void> {
    this.bericht.set(null);
    const naam = `inzage-${vandaagInNederland()}.pdf`;
    if (await downloadOnder(this.status, () => this.api.inzagePdf(this.persoonId()), naam))
      this.bericht.set(`Het inzageoverzicht is als pdf gedownload (${naam}).`);
  }
}
