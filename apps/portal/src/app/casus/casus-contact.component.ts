import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { CasusDto, ContactmomentDto, ContactmomentInput } from '@rmc/shared-api-types';
import { CONTACTVORMEN, UITKOMSTEN, type Contactvorm, type Uitkomst } from '@rmc/shared-domain';
import {
  DataTableComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  formatDatum,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { vandaagInNederland } from '../meldingen/melding-controle';
import { CasusApi, voerWijzigingUit } from './casus.api';
import { CONTACTVORM_LABELS, UITKOMST_LABELS, type CasusWijziging } from './casus-teksten';

/**
 * Handelen: the contact log. The outreach ladder's next step is on top, with a quick log for it
 * (today, that form, the chosen outcome); under it the full form and the log, newest first.
 */
@Component({
  selector: 'rmc-casus-contact',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, DataTableComponent, ErrorSummaryComponent, FormFieldComponent, FieldControlDirective],
  template: `
    <section aria-labelledby="contact-kop">
      <h2 class="utrecht-heading-2" id="contact-kop">Contact</h2>
      @if (casus().volgendeStap; as stap) {
        <div class="rmc-paneel rmc-paneel--aandacht">
          <h3 class="utrecht-heading-3" id="ladder-kop">Volgende stap: {{ vormLabels[stap.vorm] }}</h3>
          <p class="utrecht-paragraph">{{ stap.uitleg }}</p>
          @if (beheer()) {
            <rmc-error-summary [detail]="snel.detail()" [fouten]="snel.velden()" />
            <form
              class="rmc-filter"
              [formGroup]="snelForm"
              (ngSubmit)="snelVastleggen(stap.vorm)"
              aria-labelledby="ladder-kop"
              novalidate
            >
              <rmc-form-field label="Uitkomst" controlId="snel-uitkomst">
                <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="uitkomst">
                  @for (u of uitkomsten; track u) {
                    <option [value]="u">{{ uitkomstLabels[u] }}</option>
                  }
                </select>
              </rmc-form-field>
              <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="snel.bezig()">
                {{ vormLabels[stap.vorm] }} van vandaag vastleggen
              </button>
            </form>
          }
        </div>
      } @else if (heeftContact()) {
        <p class="utrecht-paragraph">Er is contact met de jongere; de stappen om de jongere te bereiken zijn niet meer nodig.</p>
      }

      @if (beheer()) {
        <h3 class="utrecht-heading-3" id="contact-nieuw-kop">Contactmoment vastleggen</h3>
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="vastleggen()" novalidate>
          <rmc-form-field label="Datum" controlId="contact-datum" [fout]="status.fout('datum')">
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input rmc-invoer--middel"
              type="date"
              [max]="vandaag"
              formControlName="datum"
              aria-required="true"
            />
          </rmc-form-field>
          <rmc-form-field label="Vorm" controlId="contact-vorm" [fout]="status.fout('vorm')">
            <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="vorm" aria-required="true">
              <option value="">Kies de vorm</option>
              @for (v of vormen; track v) {
                <option [value]="v">{{ vormLabels[v] }}</option>
              }
            </select>
          </rmc-form-field>
          <rmc-form-field label="Uitkomst" controlId="contact-uitkomst" [fout]="status.fout('uitkomst')">
            <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="uitkomst" aria-required="true">
              <option value="">Kies de uitkomst</option>
              @for (u of uitkomsten; track u) {
                <option [value]="u">{{ uitkomstLabels[u] }}</option>
              }
            </select>
          </rmc-form-field>
          <rmc-form-field label="Notitie" controlId="contact-notitie" [optioneel]="true" [fout]="status.fout('notitie')">
            <textarea
              rmcVeld
              class="utrecht-textarea utrecht-textarea--html-textarea"
              rows="3"
              formControlName="notitie"
            ></textarea>
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
            Contactmoment vastleggen
          </button>
        </form>
      }

      <h3 class="utrecht-heading-3" id="contactlog-kop">Contactlog</h3>
      <rmc-data-table
        bijschrift="Contactmomenten, nieuwste bovenaan"
        [kolommen]="kolommen"
        [rijen]="log()"
        [spoor]="spoor"
        leegTekst="Er zijn nog geen contactmomenten vastgelegd."
      />
    </section>
  `,
})
export class CasusContactComponent {
  private readonly api = inject(CasusApi);
  readonly casus = input.required<CasusDto>();
  readonly beheer = input(false);
  readonly gewijzigd = output<CasusWijziging>();

  protected readonly vandaag = vandaagInNederland();
  protected readonly vormen = CONTACTVORMEN;
  protected readonly uitkomsten = UITKOMSTEN;
  protected readonly vormLabels = CONTACTVORM_LABELS;
  protected readonly uitkomstLabels = UITKOMST_LABELS;
  protected readonly log = computed(() => [...(this.casus().contactmomenten ?? [])].reverse());
  protected readonly heeftContact = computed(() => this.log().some((c) => c.uitkomst === 'contact'));
  protected readonly spoor = (c: ContactmomentDto) => c;
  protected readonly kolommen: Kolom<ContactmomentDto>[] = [
    { kop: 'Datum', waarde: (c) => formatDatum(c.datum) },
    { kop: 'Vorm', waarde: (c) => CONTACTVORM_LABELS[c.vorm] ?? c.vorm },
    { kop: 'Uitkomst', waarde: (c) => UITKOMST_LABELS[c.uitkomst] ?? c.uitkomst },
    { kop: 'Notitie', waarde: (c) => c.notitie },
  ];

  protected readonly controlIds = {
    datum: 'contact-datum',
    vorm: 'contact-vorm',
    uitkomst: 'contact-uitkomst',
    notitie: 'contact-notitie',
  };
  protected readonly status = new FormulierStatus();
  protected readonly snel = new FormulierStatus();
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({ datum: this.vandaag, vorm: '', uitkomst: '', notitie: '' });
  protected readonly snelForm = this.fb.group({ uitkomst: 'geen-gehoor' as Uitkomst });

  protected async snelVastleggen(vorm: Contactvorm): Promise<void> {
    if (this.snel.bezig()) return;
    const { uitkomst } = this.snelForm.getRawValue();
    await this.bewaar(this.snel, { datum: this.vandaag, vorm, uitkomst });
  }

  protected async vastleggen(): Promise<void> {
    if (this.status.bezig()) return;
    const { datum, vorm, uitkomst, notitie } = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!datum) fouten['datum'] = 'Vul de datum in.';
    else if (datum > this.vandaag) fouten['datum'] = 'De datum ligt in de toekomst.';
    if (!vorm) fouten['vorm'] = 'Kies de vorm van contact.';
    if (!uitkomst) fouten['uitkomst'] = 'Kies de uitkomst.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: ContactmomentInput = { datum, vorm: vorm as Contactvorm, uitkomst: uitkomst as Uitkomst };
    if (notitie.trim()) invoer.notitie = notitie.trim();
    if (await this.bewaar(this.status, invoer)) this.form.reset({ datum: this.vandaag, vorm: '', uitkomst: '', notitie: '' });
  }

  private async bewaar(status: FormulierStatus, invoer: ContactmomentInput): Promise<boolean> {
    const casus = await voerWijzigingUit(status, () => this.api.contact(this.casus().id, invoer));
    if (!casus) return false;
    this.gewijzigd.emit({
      casus,
      bericht: `Contactmoment vastgelegd: ${CONTACTVORM_LABELS[invoer.vorm].toLowerCase()} op ${formatDatum(invoer.datum)}, ${UITKOMST_LABELS[invoer.uitkomst].toLowerCase()}.`,
    });
    return true;
  }
}
