import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { RegioDto } from '@rmc/shared-api-types';
import { STANDAARD_REGIO_INSTELLINGEN, type RegioInstellingen } from '@rmc/shared-domain';
import { controleerRegioInstellingen } from './regio-instellingen-controle';
import {
  AlertComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StatusMessageComponent,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { RegioApi } from './regio.api';

@Component({
  selector: 'rmc-instellingen-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    PageHeaderComponent,
    FormFieldComponent,
    FieldControlDirective,
    ErrorSummaryComponent,
    StatusMessageComponent,
    AlertComponent,
  ],
  template: `
    <rmc-page-header titel="Instellingen van de regio" intro="Deze keuzes gelden voor iedereen die in uw regio werkt." />
    @if (laadFout()) {
      <rmc-alert soort="fout">{{ laadFout() }}</rmc-alert>
    }
    @if (regio(); as r) {
      <section aria-labelledby="regio-kop">
        <h2 class="utrecht-heading-2" id="regio-kop">{{ r.naam }}</h2>
        <dl class="rmc-gegevens">
          <dt>Contactgemeente</dt>
          <dd>{{ r.contactgemeente.naam }}</dd>
          <dt>Gemeenten ({{ r.gemeenten.length }})</dt>
          <dd>{{ gemeenteNamen() }}</dd>
        </dl>
      </section>

      <section aria-labelledby="instellingen-kop">
        <h2 class="utrecht-heading-2" id="instellingen-kop">Instellingen</h2>
        <rmc-status-message [bericht]="succes()" />
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="opslaan()" novalidate>
          <fieldset
            class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-fieldset"
            [class.utrecht-form-fieldset--invalid]="!!status.fout('maxLeeftijd')"
            [attr.aria-describedby]="status.fout('maxLeeftijd') ? 'maxLeeftijd-fout' : 'maxLeeftijd-hint'"
          >
            <legend class="utrecht-form-fieldset__legend">Leeftijdsgrens van de doelgroep</legend>
            <p class="utrecht-form-field-description" id="maxLeeftijd-hint">
              23 jaar is de wettelijke grens. Sinds 2026 mag de regio jongeren tot 27 jaar begeleiden (Wet van school naar
              duurzaam werk).
            </p>
            @if (status.fout('maxLeeftijd')) {
              <p class="utrecht-form-field-error-message" id="maxLeeftijd-fout">{{ status.fout('maxLeeftijd') }}</p>
            }
            @for (leeftijd of leeftijden; track leeftijd) {
              <div class="utrecht-form-field utrecht-form-field--radio rmc-keuze">
                <input
                  class="utrecht-radio-button utrecht-radio-button--html-input"
                  type="radio"
                  formControlName="maxLeeftijd"
                  [id]="leeftijd === 23 ? 'maxLeeftijd' : 'maxLeeftijd-' + leeftijd"
                  [value]="leeftijd"
                />
                <label
                  class="utrecht-form-label utrecht-form-label--radio"
                  [for]="leeftijd === 23 ? 'maxLeeftijd' : 'maxLeeftijd-' + leeftijd"
                  >Tot en met {{ leeftijd }} jaar</label
                >
              </div>
            }
          </fieldset>

          <rmc-form-field
            label="Duur van de nazorg in maanden"
            controlId="nazorgMaanden"
            hint="Na het afsluiten van een traject blijft het RMC zo lang in beeld (0 tot en met 36)."
            [fout]="status.fout('nazorgMaanden')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
              type="number"
              min="0"
              max="36"
              step="1"
              formControlName="nazorgMaanden"
              aria-required="true"
            />
          </rmc-form-field>

          <rmc-form-field
            label="Vakantieregio"
            controlId="vakantieregio"
            hint="Bepaalt de schoolvakanties bij het tellen van schoolweken."
            [fout]="status.fout('vakantieregio')"
          >
            <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="vakantieregio">
              <option value="noord">Noord</option>
              <option value="midden">Midden</option>
              <option value="zuid">Zuid</option>
            </select>
          </rmc-form-field>

          <rmc-form-field
            soort="checkbox"
            label="Tweestapsverificatie verplicht"
            controlId="totpVerplicht"
            hint="Voor iedereen die persoonsgegevens van jongeren kan zien. Sterk aangeraden."
            [fout]="status.fout('totpVerplicht')"
          >
            <input
              rmcVeld
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              formControlName="totpVerplicht"
            />
          </rmc-form-field>

          <rmc-form-field
            label="Automatisch uitloggen na zoveel minuten zonder activiteit"
            controlId="sessieInactiefMinuten"
            hint="5 tot en met 240 minuten."
            [fout]="status.fout('sessieInactiefMinuten')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
              type="number"
              min="5"
              max="240"
              step="1"
              formControlName="sessieInactiefMinuten"
              aria-required="true"
            />
          </rmc-form-field>

          <rmc-form-field
            label="Maximale duur van een sessie in uren"
            controlId="sessieMaxUren"
            hint="1 tot en met 24 uur; daarna altijd opnieuw inloggen."
            [fout]="status.fout('sessieMaxUren')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
              type="number"
              min="1"
              max="24"
              step="1"
              formControlName="sessieMaxUren"
              aria-required="true"
            />
          </rmc-form-field>

          <rmc-form-field
            label="Bewaartermijn in jaren na de leeftijdsgrens"
            controlId="bewaartermijnJaren"
            hint="0 tot en met 10 jaar; daarna worden de gegevens automatisch gewist en worden partners geïnformeerd."
            [fout]="status.fout('bewaartermijnJaren')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
              type="number"
              min="0"
              max="10"
              step="1"
              formControlName="bewaartermijnJaren"
              aria-required="true"
            />
          </rmc-form-field>

          <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-fieldset">
            <legend class="utrecht-form-fieldset__legend">Termijnen voor herinneringen</legend>
            <rmc-form-field
              label="Terugkoppeling aan de school binnen (werkdagen)"
              controlId="terugkoppelWerkdagen"
              hint="Afspraak uit de verzuimagenda; de consulent krijgt twee werkdagen vooraf een herinnering (1 tot en met 30)."
              [fout]="status.fout('terugkoppelWerkdagen')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="1"
                max="30"
                step="1"
                formControlName="terugkoppelWerkdagen"
                aria-required="true"
              />
            </rmc-form-field>
            <rmc-form-field
              label="Volgende stap op de contactladder na (dagen)"
              controlId="contactladderDagen"
              hint="Dagen na een poging zonder contact (1 tot en met 30)."
              [fout]="status.fout('contactladderDagen')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="1"
                max="30"
                step="1"
                formControlName="contactladderDagen"
                aria-required="true"
              />
            </rmc-form-field>
            <rmc-form-field
              label="Besluit over afsluiten na (dagen zonder contact)"
              controlId="contactVerlorenDagen"
              hint="Routekaart: vier weken (7 tot en met 90)."
              [fout]="status.fout('contactVerlorenDagen')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="7"
                max="90"
                step="1"
                formControlName="contactVerlorenDagen"
                aria-required="true"
              />
            </rmc-form-field>
            <rmc-form-field
              label="Waarschuwing voor het einde van een deling (dagen vooraf)"
              controlId="delingWaarschuwingDagen"
              hint="1 tot en met 60 dagen."
              [fout]="status.fout('delingWaarschuwingDagen')"
            >
              <input
                rmcVeld
                class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--kort"
                type="number"
                min="1"
                max="60"
                step="1"
                formControlName="delingWaarschuwingDagen"
                aria-required="true"
              />
            </rmc-form-field>
            <rmc-form-field
              soort="checkbox"
              label="Jongeren in een kwetsbare positie twee jaar per kwartaal volgen (motie Kwint)"
              controlId="kwintVolgen"
              hint="Maakt voor JIKP-casussen acht kwartaaltaken aan."
              [fout]="status.fout('kwintVolgen')"
            >
              <input
                rmcVeld
                class="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                formControlName="kwintVolgen"
              />
            </rmc-form-field>
          </fieldset>

          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Instellingen opslaan
          </button>
        </form>
      </section>
    } @else if (!laadFout()) {
      <p class="utrecht-paragraph" role="status">Instellingen worden geladen…</p>
    }
  `,
})
export class InstellingenPage implements OnInit {
  private readonly api = inject(RegioApi);

  protected readonly leeftijden = [23, 27] as const;
  protected readonly regio = signal<RegioDto | null>(null);
  protected readonly laadFout = signal<string | null>(null);
  protected readonly succes = signal<string | null>(null);
  protected readonly status = new FormulierStatus();
  protected readonly controlIds: Record<keyof RegioInstellingen, string> = {
    maxLeeftijd: 'maxLeeftijd',
    nazorgMaanden: 'nazorgMaanden',
    vakantieregio: 'vakantieregio',
    totpVerplicht: 'totpVerplicht',
    sessieInactiefMinuten: 'sessieInactiefMinuten',
    sessieMaxUren: 'sessieMaxUren',
    bewaartermijnJaren: 'bewaartermijnJaren',
    terugkoppelWerkdagen: 'terugkoppelWerkdagen',
    contactladderDagen: 'contactladderDagen',
    contactVerlorenDagen: 'contactVerlorenDagen',
    delingWaarschuwingDagen: 'delingWaarschuwingDagen',
    kwintVolgen: 'kwintVolgen',
  };
  protected readonly form = inject(FormBuilder).nonNullable.group({ ...STANDAARD_REGIO_INSTELLINGEN });

  protected readonly gemeenteNamen = computed(() => (this.regio()?.gemeenten ?? []).map((g) => g.naam).join(', '));

  async ngOnInit(): Promise<void> {
    const laad = new FormulierStatus();
    const gelukt = await laad.voerUit(async () => {
      const regio = await this.api.haal();
      this.form.reset({ ...STANDAARD_REGIO_INSTELLINGEN, ...regio.instellingen });
      this.regio.set(regio);
    });
    if (!gelukt) this.laadFout.set(laad.detail());
  }

  protected async opslaan(): Promise<void> {
    if (this.status.bezig()) return;
    this.succes.set(null);
    const waarden = this.form.getRawValue();
    // Number inputs yield null when emptied; send them as they are so the checks below catch it.
    const instellingen: RegioInstellingen = { ...waarden, maxLeeftijd: Number(waarden.maxLeeftijd) as 23 | 27 };
    const fouten = controleerRegioInstellingen(instellingen);
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    let bijgewerkt: RegioDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      bijgewerkt = await this.api.slaInstellingenOp(instellingen);
    });
    if (!gelukt) return;
    if (bijgewerkt) this.regio.set(bijgewerkt);
    this.succes.set('De instellingen zijn opgeslagen.');
  }
}
