import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CasusLijstItem, CasussenFilter } from '@rmc/shared-api-types';
import { DOELGROEPEN, FASEN, GEEN_CONTACT_MAX_DAGEN, type Doelgroep, type Fase } from '@rmc/shared-domain';
import {
  AlertComponent,
  DataTableComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  focusOpElement,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { CasusApi } from './casus.api';
import { DOELGROEP_LABELS, FASE_LABELS, casusNaam, faseBadge } from './casus-teksten';

interface Groep {
  consulent: string;
  id: string;
  casussen: CasusLijstItem[];
  overTijd: number;
}

const ja = (waarde: string | undefined) => waarde === 'ja';
const DAGEN_FOUT = `Vul een aantal dagen in van 1 tot ${GEEN_CONTACT_MAX_DAGEN}.`;

/** "Geen contact sinds … dagen": empty is no filter; anything but a whole number from 1 to the maximum is an error. */
function leesDagen(waarde: string | number | null | undefined): number | null | 'fout' {
  if (waarde === null || waarde === undefined || waarde === '') return null;
  const n = Number(waarde);
  return Number.isInteger(n) && n >= 1 && n <= GEEN_CONTACT_MAX_DAGEN ? n : 'fout';
}

/**
 * The caseload. A consulent sees his own cases (or, on request, the whole region's); the coördinator
 * sees the region's cases grouped per consulent; a partner sees only the cases shared with its
 * organisation. Filters are query parameters, so a filtered list can be bookmarked; the server filters.
 */
@Component({
  selector: 'rmc-casussen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    PageHeaderComponent,
    DataTableComponent,
    AlertComponent,
    FormFieldComponent,
    FieldControlDirective,
    StatusMessageComponent,
    MeerLadenComponent,
  ],
  template: `
    <rmc-page-header [titel]="titel()" [intro]="intro()" />
    <rmc-status-message [bericht]="melding" />
    @if (magMaken()) {
      <p class="utrecht-paragraph">
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action rmc-knoplink"
          routerLink="/casussen/nieuw"
          >Nieuwe casus</a
        >
      </p>
    }
    <form class="rmc-filter" (ngSubmit)="filter()" role="search" aria-label="Casussen filteren">
      <rmc-form-field label="Fase" controlId="casussen-fase">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="fase" [(ngModel)]="keuzeFase">
          <option value="">Alle fasen</option>
          @for (f of fasen; track f) {
            <option [value]="f">{{ faseLabels[f] }}</option>
          }
        </select>
      </rmc-form-field>
      <rmc-form-field label="Doelgroep" controlId="casussen-doelgroep">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" name="doelgroep" [(ngModel)]="keuzeDoelgroep">
          <option value="">Alle doelgroepen</option>
          @for (d of doelgroepen; track d) {
            <option [value]="d">{{ doelgroepLabels[d] }}</option>
          }
        </select>
      </rmc-form-field>
      @if (regio()) {
        <rmc-form-field
          label="Geen contact sinds (dagen)"
          controlId="casussen-geen-contact"
          hint="Zonder geslaagd contact in zoveel dagen (zonder contact: sinds het aanmaken)."
          [fout]="dagenFout()"
        >
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
            type="number"
            inputmode="numeric"
            min="1"
            [max]="maxDagen"
            step="1"
            name="geenContactDagen"
            [(ngModel)]="keuzeGeenContact"
          />
        </rmc-form-field>
        <rmc-form-field label="Alleen met acties over tijd" controlId="casussen-overtijd" soort="checkbox">
          <input
            rmcVeld
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            name="overTijd"
            [(ngModel)]="keuzeOverTijd"
          />
        </rmc-form-field>
      }
      @if (regio() && !coordinator()) {
        <rmc-form-field label="Ook casussen van collega’s" controlId="casussen-alle" soort="checkbox">
          <input
            rmcVeld
            class="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            name="alle"
            [(ngModel)]="keuzeAlle"
          />
        </rmc-form-field>
      }
      <button type="submit" class="utrecht-button utrecht-button--secondary-action">Filteren</button>
    </form>
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (dagenFout()) {
      <p class="utrecht-paragraph">Pas het filter “Geen contact sinds” aan om casussen te zien.</p>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Casussen worden geladen…</p>
    } @else {
      <p class="utrecht-paragraph">{{ telling() }}</p>
      @if (coordinator()) {
        <rmc-data-table
          bijschrift="Caseload per consulent"
          [kolommen]="groepKolommen"
          [rijen]="groepen()"
          [spoor]="groepSpoor"
          leegTekst="Er zijn geen casussen die aan het filter voldoen."
        />
        @for (groep of groepen(); track groep.id) {
          <section [attr.aria-labelledby]="groep.id">
            <h2 class="utrecht-heading-2" [id]="groep.id">{{ groep.consulent }}</h2>
            <rmc-data-table
              [bijschrift]="'Casussen van ' + groep.consulent"
              [bijschriftVerbergen]="true"
              [kolommen]="kolommen()"
              [rijen]="groep.casussen"
              [rijKlasse]="rijKlasse"
            />
          </section>
        }
      } @else {
        <rmc-data-table
          [bijschrift]="titel()"
          [bijschriftVerbergen]="true"
          [kolommen]="kolommen()"
          [rijen]="casussen()"
          [rijKlasse]="rijKlasse"
          [leegTekst]="leegTekst()"
        />
      }
      <rmc-meer-laden
        wat="casussen"
        enkelvoud="casus"
        [aantal]="casussen().length"
        [totaal]="pagina.totaal()"
        [meer]="pagina.meer()"
        [bezig]="pagina.bezig()"
        (laden)="meer()"
      />
    }
  `,
})
export class CasussenPage {
  private readonly api = inject(CasusApi);
  private readonly sessie = inject(SessieService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameters (component input binding). */
  readonly fase = input<string | undefined>();
  readonly doelgroep = input<string | undefined>();
  readonly overTijd = input<string | undefined>();
  readonly alle = input<string | undefined>();
  readonly geenContactDagen = input<string | undefined>();

  protected readonly melding = navigatieMelding();
  protected readonly fasen = FASEN;
  protected readonly faseLabels = FASE_LABELS;
  protected readonly doelgroepen = DOELGROEPEN;
  protected readonly doelgroepLabels = DOELGROEP_LABELS;
  protected readonly keuzeFase = signal('');
  protected readonly keuzeDoelgroep = signal('');
  protected readonly keuzeOverTijd = signal(false);
  protected readonly keuzeAlle = signal(false);
  protected readonly keuzeGeenContact = signal<number | string | null>(null);
  protected readonly maxDagen = GEEN_CONTACT_MAX_DAGEN;
  /** The day filter's error: from the form, or from a bookmarked URL with a bad value. */
  protected readonly dagenFout = signal<string | null>(null);

  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);

  /** RMC side (works on cases) versus a partner that only reads shared ones. */
  protected readonly regio = computed(() => TOEGANG.caseload(this.sessie.ability()));
  protected readonly magMaken = computed(() => TOEGANG.casusNieuw(this.sessie.ability()));
  protected readonly coordinator = computed(() => this.regio() && (this.sessie.me()?.rollen ?? []).includes('regio-coordinator'));
  protected readonly titel = computed(() =>
    this.coordinator() ? 'Caseload per consulent' : this.regio() ? 'Caseload' : 'Gedeelde casussen',
  );
  protected readonly intro = computed(() =>
    this.coordinator()
      ? 'Alle casussen in uw regio, per consulent. Casussen met acties over tijd zijn gemarkeerd.'
      : this.regio()
        ? 'Uw casussen door de fasen van de routekaart. Casussen met acties over tijd zijn gemarkeerd.'
        : 'Casussen die het RMC met uw organisatie heeft gedeeld. U ziet alleen de gedeelde onderdelen.',
  );

  /** What the server filters on (null: the URL holds a bad day count). A partner filters on fase and doelgroep only. */
  private readonly serverFilter = computed<CasussenFilter | null>(() => {
    const filter: CasussenFilter = {
      fase: (this.fase() || undefined) as Fase | undefined,
      doelgroep: (this.doelgroep() || undefined) as Doelgroep | undefined,
    };
    if (!this.regio()) return filter;
    const dagen = leesDagen(this.geenContactDagen());
    if (dagen === 'fout') return null;
    const eigen = !this.coordinator() && !ja(this.alle());
    return {
      ...filter,
      teLaat: ja(this.overTijd()) || undefined,
      geenContactDagen: dagen ?? undefined,
      consulentId: eigen ? this.sessie.me()?.gebruiker.id : undefined,
    };
  });

  protected readonly groepen = computed<Groep[]>(() => {
    const perConsulent = new Map<string, CasusLijstItem[]>();
    for (const c of this.casussen()) {
      const naam = c.consulentNaam ?? 'Geen consulent';
      perConsulent.set(naam, [...(perConsulent.get(naam) ?? []), c]);
    }
    return [...perConsulent.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'nl'))
      .map(([consulent, casussen], i) => ({
        consulent,
        id: `consulent-${i}`,
        casussen,
        overTijd: casussen.filter((c) => (c.teLaatActies ?? 0) > 0).length,
      }));
  });

  protected readonly telling = computed(() => {
    const n = this.casussen().length;
    const overTijd = this.casussen().filter((c) => (c.teLaatActies ?? 0) > 0).length;
    const basis = (n === 1 ? '1 casus' : `${n} casussen`) + (this.pagina.meer() ? ' geladen' : '');
    return this.regio() ? `${basis}${overTijd ? `, waarvan ${overTijd} met acties over tijd` : ''}.` : `${basis}.`;
  });
  protected readonly leegTekst = computed(() =>
    this.regio() ? 'Er zijn geen casussen die aan het filter voldoen.' : 'Er zijn (nu) geen casussen met uw organisatie gedeeld.',
  );

  protected readonly kolommen = computed<Kolom<CasusLijstItem>[]>(() => {
    const basis: Kolom<CasusLijstItem>[] = [
      // A partner whose share has no basis section gets only the id: the case is still there to open.
      {
        kop: 'Jongere',
        waarde: (c) => casusNaam(c) || 'Naam niet gedeeld',
        link: (c) => `/casussen/${encodeURIComponent(c.id)}`,
      },
      { kop: 'Fase', waarde: (c) => (c.fase ? '' : null), badges: (c) => (c.fase ? [faseBadge(c.fase)] : []) },
      { kop: 'Doelgroep', waarde: (c) => (c.doelgroep ? DOELGROEP_LABELS[c.doelgroep] : null) },
    ];
    if (!this.regio()) return basis;
    return [
      ...basis,
      ...(this.coordinator() ? [] : [{ kop: 'Consulent', waarde: (c: CasusLijstItem) => c.consulentNaam ?? 'Geen consulent' }]),
      {
        kop: 'Laatste contact',
        waarde: (c: CasusLijstItem) => (c.laatsteContact ? formatDatum(c.laatsteContact) : 'Nog geen contact'),
      },
      {
        kop: 'Acties over tijd',
        waarde: (c) => (c.teLaatActies ? String(c.teLaatActies) : 'Geen'),
        badges: (c) => (c.teLaatActies ? [{ tekst: 'Over tijd', soort: 'fout' as const }] : []),
      },
    ];
  });
  protected readonly groepKolommen: Kolom<Groep>[] = [
    { kop: 'Consulent', waarde: (g) => g.consulent },
    { kop: 'Casussen', waarde: (g) => g.casussen.length },
    { kop: 'Met acties over tijd', waarde: (g) => g.overTijd },
  ];
  protected readonly groepSpoor = (g: Groep) => g.consulent;
  protected readonly rijKlasse = (c: CasusLijstItem) => (c.teLaatActies ? 'rmc-rij--te-laat' : null);

  constructor() {
    effect(() => {
      this.keuzeFase.set(this.fase() ?? '');
      this.keuzeDoelgroep.set(this.doelgroep() ?? '');
      this.keuzeOverTijd.set(ja(this.overTijd()));
      this.keuzeAlle.set(ja(this.alle()));
      this.keuzeGeenContact.set(this.geenContactDagen() ?? null);
    });
    effect(() => {
      const filter = this.serverFilter();
      this.dagenFout.set(filter ? null : DAGEN_FOUT);
      if (filter) void this.laad(filter);
    });
  }

  protected filter(): void {
    const fase = this.keuzeFase() as Fase | '';
    const doelgroep = this.keuzeDoelgroep() as Doelgroep | '';
    const dagen = this.regio() ? leesDagen(this.keuzeGeenContact()) : null;
    if (dagen === 'fout') {
      this.dagenFout.set(DAGEN_FOUT);
      focusOpElement('casussen-geen-contact');
      return;
    }
    this.dagenFout.set(null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        fase: fase || null,
        doelgroep: doelgroep || null,
        geenContactDagen: dagen,
        overTijd: this.keuzeOverTijd() ? 'ja' : null,
        alle: this.keuzeAlle() ? 'ja' : null,
      },
    });
  }

  /** Only the latest request's answer counts (filters can change while one is on its way). */
  private verzoek = 0;

  /** The current filter's pages: the first on load, the next ones through "Meer laden". */
  private filterNu: CasussenFilter = {};
  protected readonly pagina = new PaginaLijst<CasusLijstItem>((cursor) => this.api.zichtbaar(this.filterNu, cursor));
  protected readonly casussen = this.pagina.items;

  protected async meer(): Promise<void> {
    this.fout.set(null);
    try {
      await this.pagina.volgendePagina();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De volgende casussen konden niet worden geladen.');
    }
  }

  private async laad(filter: CasussenFilter): Promise<void> {
    const nummer = ++this.verzoek;
    this.filterNu = filter;
    this.laden.set(true);
    this.fout.set(null);
    try {
      await this.pagina.eerste();
    } catch (fout) {
      if (nummer === this.verzoek) this.fout.set(leesProbleem(fout).detail ?? 'De casussen konden niet worden geladen.');
    } finally {
      if (nummer === this.verzoek) this.laden.set(false);
    }
  }
}
