import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { PlatformRegioDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent, StatusMessageComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { PlatformApi, type GemeenteDto } from './platform.api';

/**
 * New region: a name, its gemeenten (only those not yet in a region can be picked) and the
 * contactgemeente among them. Gemeenten are checkboxes with a filter: ~340 options are too many
 * for a multi-select, which is also hard to use with a keyboard.
 */
@Component({
  selector: 'rmc-regio-aanmaken-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent, StatusMessageComponent],
  template: `
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field
        label="Naam van de regio"
        controlId="regio-naam"
        hint="De naam die de regio zelf gebruikt, bijvoorbeeld IJssel-Vecht."
        [fout]="status.fout('naam')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="naam"
          autocomplete="off"
          aria-required="true"
        />
      </rmc-form-field>

      <fieldset
        class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset rmc-fieldset"
        [class.utrecht-form-fieldset--invalid]="!!status.fout('gemeenteCodes')"
        [attr.aria-describedby]="status.fout('gemeenteCodes') ? 'gemeenteCodes-fout gemeenteCodes-hint' : 'gemeenteCodes-hint'"
      >
        <legend class="utrecht-form-fieldset__legend">Gemeenten van de regio</legend>
        <p class="utrecht-form-field-description" id="gemeenteCodes-hint">
          Alleen gemeenten die nog bij geen regio horen. Gekozen: {{ gekozen().size }}.
        </p>
        @if (status.fout('gemeenteCodes')) {
          <p class="utrecht-form-field-error-message" id="gemeenteCodes-fout">{{ status.fout('gemeenteCodes') }}</p>
        }
        <rmc-form-field label="Zoek een gemeente" controlId="gemeente-filter" [optioneel]="true">
          <input
            rmcVeld
            class="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            autocomplete="off"
            [value]="filter()"
            (input)="filter.set($any($event.target).value)"
          />
        </rmc-form-field>
        <ul class="rmc-keuzelijst" id="gemeenteCodes">
          @for (gemeente of zichtbareGemeenten(); track gemeente.code) {
            <li class="rmc-keuze">
              <input
                class="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                [id]="'gemeente-' + gemeente.code"
                [checked]="gekozen().has(gemeente.code)"
                (change)="wissel(gemeente.code, $any($event.target).checked)"
              />
              <label class="utrecht-form-label utrecht-form-label--checkbox" [for]="'gemeente-' + gemeente.code"
                >{{ gemeente.naam }} ({{ gemeente.code }})</label
              >
            </li>
          } @empty {
            <li class="rmc-keuze">Geen gemeente gevonden.</li>
          }
        </ul>
      </fieldset>

      <rmc-form-field
        label="Contactgemeente"
        controlId="regio-contactgemeente"
        hint="De gemeente die de regio namens alle gemeenten vertegenwoordigt."
        [fout]="status.fout('contactgemeenteCode')"
      >
        <select
          rmcVeld
          class="utrecht-select utrecht-select--html-select"
          formControlName="contactgemeenteCode"
          aria-required="true"
        >
          <option value="">Kies eerst gemeenten, dan hier de contactgemeente</option>
          @for (gemeente of gekozenGemeenten(); track gemeente.code) {
            <option [value]="gemeente.code">{{ gemeente.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
        Regio aanmaken
      </button>
    </form>
  `,
  styles: `
    .rmc-keuzelijst {
      list-style: none;
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem;
      max-block-size: 18rem;
      overflow-y: auto;
      border: 2px solid var(--rmc-lijn);
      border-radius: 4px;
    }
  `,
})
export class RegioAanmakenFormComponent {
  private readonly api = inject(PlatformApi);

  readonly gemeenten = input.required<GemeenteDto[]>();
  readonly aangemaakt = output<PlatformRegioDto>();

  protected readonly status = new FormulierStatus();
  protected readonly succes = signal<string | null>(null);
  protected readonly filter = signal('');
  protected readonly gekozen = signal<ReadonlySet<string>>(new Set());
  protected readonly controlIds = {
    naam: 'regio-naam',
    gemeenteCodes: 'gemeente-filter',
    contactgemeenteCode: 'regio-contactgemeente',
  };
  protected readonly form = inject(FormBuilder).nonNullable.group({ naam: '', contactgemeenteCode: '' });

  private readonly beschikbaar = computed(() =>
    this.gemeenten()
      .filter((g) => !g.regioId)
      .sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
  );
  protected readonly zichtbareGemeenten = computed(() => {
    const zoek = this.filter().trim().toLocaleLowerCase('nl');
    return zoek
      ? this.beschikbaar().filter((g) => g.naam.toLocaleLowerCase('nl').includes(zoek) || g.code.includes(zoek))
      : this.beschikbaar();
  });
  protected readonly gekozenGemeenten = computed(() => this.beschikbaar().filter((g) => this.gekozen().has(g.code)));

  protected wissel(code: string, aan: boolean): void {
    const nieuw = new Set(this.gekozen());
    if (aan) nieuw.add(code);
    else nieuw.delete(code);
    this.gekozen.set(nieuw);
    if (!aan && this.form.controls.contactgemeenteCode.value === code) this.form.controls.contactgemeenteCode.setValue('');
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    this.succes.set(null);
    const { naam, contactgemeenteCode } = this.form.getRawValue();
    const gemeenteCodes = [...this.gekozen()];
    const fouten: Record<string, string> = {};
    if (!naam.trim()) fouten['naam'] = 'Vul de naam van de regio in.';
    if (!gemeenteCodes.length) fouten['gemeenteCodes'] = 'Kies minstens één gemeente.';
    if (!contactgemeenteCode) fouten['contactgemeenteCode'] = 'Kies de contactgemeente.';
    else if (!gemeenteCodes.includes(contactgemeenteCode))
      fouten['contactgemeenteCode'] = 'De contactgemeente moet een van de gekozen gemeenten zijn.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    let regio: PlatformRegioDto | null = null;
    const gelukt = await this.status.voerUit(async () => {
      regio = await this.api.maakRegio({ naam: naam.trim(), contactgemeenteCode, gemeenteCodes });
    });
    if (!gelukt || !regio) return;
    this.form.reset();
    this.gekozen.set(new Set());
    this.filter.set('');
    this.succes.set(`Regio ${naam.trim()} is aangemaakt. Nodig nu de eerste coördinator uit.`);
    this.aangemaakt.emit(regio);
  }
}
