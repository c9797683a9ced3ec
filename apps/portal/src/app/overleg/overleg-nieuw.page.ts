import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { OrganisatieDto } from '@rmc/shared-api-types';
import { ORGANISATIE_SOORT_LABELS } from '@rmc/shared-domain';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  KeuzegroepComponent,
  PageHeaderComponent,
  formatDatum,
  startInNederland,
} from '@rmc/portal-ui';
import { allePaginas } from '../core/api';
import { OrganisatiesApi } from '../beheer/organisaties.api';
import { FormulierStatus, leesProbleem } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { OverlegApi, type OverlegCreate, type OverlegSamenvatting } from './overleg.api';
import { OVERLEG_SOORTEN } from './overleg-teksten';

type ReeksKeuze = 'geen' | 'nieuw' | 'bestaand';

/**
 * Plan a meeting: kind (suggestions, or the region's own), title, date and time, place or online link,
 * the participating organisations (all their staff are invited, in-app and by mail without personal
 * data), and optionally a series: open actions of the previous meeting of a series carry over.
 */
@Component({
  selector: 'rmc-overleg-nieuw-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    KeuzegroepComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/overleggen">Terug naar de overleggen</a></p>
    <rmc-page-header
      titel="Nieuw overleg"
      intro="U bent de voorzitter. De medewerkers van de deelnemende organisaties krijgen een uitnodiging."
    />
    @if (laadFout()) {
      <rmc-alert soort="fout">{{ laadFout() }}</rmc-alert>
    }
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Soort overleg"
        controlId="overleg-soort"
        hint="Kies een suggestie of typ een eigen soort."
        [fout]="status.fout('soort')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
          type="text"
          list="overleg-soorten"
          autocomplete="off"
          formControlName="soort"
          aria-required="true"
        />
      </rmc-form-field>
      <datalist id="overleg-soorten">
        @for (s of soorten; track s) {
          <option [value]="s"></option>
        }
      </datalist>
      <rmc-form-field label="Titel" controlId="overleg-titel" hint="Bijvoorbeeld: MDO Zwolle-Zuid." [fout]="status.fout('titel')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="titel"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field label="Datum" controlId="overleg-datum" [fout]="status.fout('start')">
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
          type="date"
          [min]="vandaag"
          formControlName="datum"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field
        label="Tijd"
        controlId="overleg-tijd"
        hint="Nederlandse tijd, bijvoorbeeld 09:30."
        [fout]="status.fout('tijd')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
          type="time"
          formControlName="tijd"
          aria-required="true"
        />
      </rmc-form-field>
      <rmc-form-field
        label="Plaats"
        controlId="overleg-plaats"
        [optioneel]="true"
        hint="Vul een plaats of een online link in (of allebei)."
        [fout]="status.fout('plaats')"
      >
        <input rmcVeld class="utrecht-textbox utrecht-textbox--html-input" type="text" formControlName="plaats" />
      </rmc-form-field>
      <rmc-form-field
        label="Online link"
        controlId="overleg-onlineLink"
        [optioneel]="true"
        hint="Een https-link naar de videoverbinding."
        [fout]="status.fout('onlineLink')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="url"
          inputmode="url"
          formControlName="onlineLink"
        />
      </rmc-form-field>

      <rmc-keuzegroep
        legend="Deelnemende organisaties"
        controlId="overleg-organisaties"
        hint="Alle medewerkers van deze organisaties worden uitgenodigd. Een casus komt alleen op de agenda als elke organisatie hem mag zien."
        [fout]="status.fout('deelnemerOrganisaties')"
      >
        @for (o of organisaties(); track o.id; let eerste = $first) {
          <div class="rmc-keuze">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              [id]="eerste ? 'overleg-organisaties' : 'overleg-organisatie-' + o.id"
              [checked]="gekozen().has(o.id)"
              (change)="zetOrganisatie(o.id, $any($event.target).checked)"
            />
            <label
              class="utrecht-form-label utrecht-form-label--checkbox"
              [for]="eerste ? 'overleg-organisaties' : 'overleg-organisatie-' + o.id"
            >
              {{ o.naam }} <span class="rmc-klein">({{ soortLabel(o) }})</span>
            </label>
          </div>
        } @empty {
          <p class="utrecht-paragraph">{{ laadFout() ? 'Geen organisaties beschikbaar.' : 'Organisaties worden geladen…' }}</p>
        }
      </rmc-keuzegroep>

      <rmc-keuzegroep
        legend="Reeks"
        controlId="overleg-reeks-geen"
        hint="Bij een vervolg in een reeks komen de open acties van eerdere overleggen mee."
      >
        @for (k of reeksKeuzes(); track k[0]) {
          <div class="rmc-keuze">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              [id]="'overleg-reeks-' + k[0]"
              [value]="k[0]"
              formControlName="reeks"
            />
            <label class="utrecht-form-label utrecht-form-label--radio" [for]="'overleg-reeks-' + k[0]">{{ k[1] }}</label>
          </div>
        }
      </rmc-keuzegroep>
      @if (reeks() === 'nieuw') {
        <rmc-form-field label="Naam van de nieuwe reeks" controlId="overleg-nieuweReeks" [fout]="status.fout('nieuweReeks')">
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            formControlName="nieuweReeks"
            aria-required="true"
          />
        </rmc-form-field>
      }
      @if (reeks() === 'bestaand') {
        <rmc-form-field label="Bestaande reeks" controlId="overleg-reeksId" [fout]="status.fout('reeksId')">
          <select
            rmcVeld
            class="utrecht-select utrecht-select--html-select"
            formControlName="reeksId"
            aria-required="true"
            (change)="reeksGekozen()"
          >
            <option value="">Kies een reeks</option>
            @for (r of reeksen(); track r.id) {
              <option [value]="r.id">{{ r.tekst }}</option>
            }
          </select>
        </rmc-form-field>
      }
      <div class="utrecht-button-group rmc-knoppen">
        <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
          Overleg plannen
        </button>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action rmc-knoplink"
          routerLink="/overleggen"
          >Annuleren</a
        >
      </div>
    </form>
  `,
})
export class OverlegNieuwPage {
  private readonly api = inject(OverlegApi);
  private readonly organisatiesApi = inject(OrganisatiesApi);
  private readonly router = inject(Router);

  protected readonly soorten = OVERLEG_SOORTEN;
  protected readonly vandaag = vandaagInNederland();
  protected readonly controlIds = {
    soort: 'overleg-soort',
    titel: 'overleg-titel',
    start: 'overleg-datum',
    tijd: 'overleg-tijd',
    plaats: 'overleg-plaats',
    onlineLink: 'overleg-onlineLink',
    deelnemerOrganisaties: 'overleg-organisaties',
    nieuweReeks: 'overleg-nieuweReeks',
    reeksId: 'overleg-reeksId',
  };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    soort: '',
    titel: '',
    datum: '',
    tijd: '',
    plaats: '',
    onlineLink: '',
    reeks: 'geen' as ReeksKeuze,
    nieuweReeks: '',
    reeksId: '',
  });
  protected readonly reeks = toSignal(this.form.controls.reeks.valueChanges, { initialValue: 'geen' as ReeksKeuze });

  protected readonly organisaties = signal<OrganisatieDto[]>([]);
  protected readonly gekozen = signal(new Set<string>());
  private readonly overleggen = signal<OverlegSamenvatting[]>([]);
  protected readonly laadFout = signal<string | null>(null);

  /** Existing series, named after their latest meeting (the list carries no series names). */
  protected readonly reeksen = computed(() => {
    const laatste = new Map<string, OverlegSamenvatting>();
    for (const o of this.overleggen()) {
      if (!o.reeksId) continue;
      const eerder = laatste.get(o.reeksId);
      if (!eerder || eerder.start < o.start) laatste.set(o.reeksId, o);
    }
    return [...laatste.values()].map((o) => ({
      id: o.reeksId!,
      tekst: `${o.titel} (laatste overleg ${formatDatum(o.start)})`,
      organisaties: o.deelnemerOrganisaties,
    }));
  });
  protected readonly reeksKeuzes = computed<[ReeksKeuze, string][]>(() => [
    ['geen', 'Los overleg (geen reeks)'],
    ['nieuw', 'Eerste overleg van een nieuwe reeks'],
    ...(this.reeksen().length ? [['bestaand', 'Vervolg in een bestaande reeks'] as [ReeksKeuze, string]] : []),
  ]);

  protected readonly soortLabel = (o: OrganisatieDto) => ORGANISATIE_SOORT_LABELS[o.soort] ?? o.soort;

  constructor() {
    void this.laad();
  }

  protected zetOrganisatie(id: string, aan: boolean): void {
    const nieuw = new Set(this.gekozen());
    if (aan) nieuw.add(id);
    else nieuw.delete(id);
    this.gekozen.set(nieuw);
  }

  /** A follow-up meeting usually has the same participants: take them over while none are chosen. */
  protected reeksGekozen(): void {
    const r = this.reeksen().find((x) => x.id === this.form.controls.reeksId.value);
    const bekend = new Set(this.organisaties().map((o) => o.id));
    if (r && this.gekozen().size === 0) this.gekozen.set(new Set(r.organisaties.filter((id) => bekend.has(id))));
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const v = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (v.soort.trim().length < 2) fouten['soort'] = 'Kies of typ het soort overleg.';
    if (v.titel.trim().length < 2) fouten['titel'] = 'Geef het overleg een titel (minstens 2 tekens).';
    if (!v.datum) fouten['start'] = 'Vul de datum in.';
    else if (v.datum < this.vandaag) fouten['start'] = 'De datum ligt in het verleden.';
    if (!/^\d{2}:\d{2}$/.test(v.tijd)) fouten['tijd'] = 'Vul de tijd in (uu:mm).';
    if (!v.plaats.trim() && !v.onlineLink.trim()) fouten['plaats'] = 'Vul een plaats of een online link in.';
    if (v.onlineLink.trim() && !/^https:\/\/\S+$/i.test(v.onlineLink.trim())) fouten['onlineLink'] = 'Gebruik een https-link.';
    if (this.gekozen().size === 0) fouten['deelnemerOrganisaties'] = 'Kies minstens één deelnemende organisatie.';
    if (v.reeks === 'nieuw' && v.nieuweReeks.trim().length < 2)
      fouten['nieuweReeks'] = 'Geef de reeks een naam (minstens 2 tekens).';
    if (v.reeks === 'bestaand' && !v.reeksId) fouten['reeksId'] = 'Kies de reeks.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    const invoer: OverlegCreate = {
      soort: v.soort.trim(),
      titel: v.titel.trim(),
      start: startInNederland(v.datum, v.tijd),
      deelnemerOrganisaties: [...this.gekozen()],
    };
    if (v.plaats.trim()) invoer.plaats = v.plaats.trim();
    if (v.onlineLink.trim()) invoer.onlineLink = v.onlineLink.trim();
    if (v.reeks === 'nieuw') invoer.nieuweReeks = v.nieuweReeks.trim();
    if (v.reeks === 'bestaand') invoer.reeksId = v.reeksId;
    let id = '';
    const gelukt = await this.status.voerUit(async () => {
      id = (await this.api.maak(invoer)).id;
    });
    if (gelukt)
      await this.router.navigate(['/overleggen', id], {
        state: { melding: 'Het overleg is gepland en de deelnemers zijn uitgenodigd. Zet nu de casussen op de agenda.' },
      });
  }

  private async laad(): Promise<void> {
    try {
      // The series come from the recent meetings (the newest 500, as before a series list exists).
      const [organisaties, overleggen] = await Promise.all([
        this.organisatiesApi.lijst(),
        allePaginas((cursor) => this.api.lijst({}, cursor, 100)),
      ]);
      this.organisaties.set(
        organisaties.filter((o) => o.actief && o.soort !== 'regio-team').sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
      );
      this.overleggen.set(overleggen);
    } catch (fout) {
      this.laadFout.set(leesProbleem(fout).detail ?? 'De organisaties konden niet worden geladen.');
    }
  }
}
