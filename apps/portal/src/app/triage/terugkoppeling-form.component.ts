import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { MeldingDto, TerugkoppelingInput } from '@rmc/shared-api-types';
import { REDENEN_AFGESLOTEN, REDEN_AFGESLOTEN_LABELS } from '@rmc/shared-domain';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { MeldingenApi } from '../meldingen/meldingen.api';
import { TERUGMELD_STATUS_LABELS } from '../meldingen/melding-teksten';

/** What the oordeel suggests as feedback status (the user may change it). */
const STATUS_BIJ_OORDEEL: Record<string, TerugkoppelingInput['status']> = {
  'actie-vereist': 'in-behandeling',
  'geen-actie': 'afgesloten',
  'ter-kennisneming': 'ter-kennisneming',
};

/** Feedback to the school (richtlijn: always): status, reden afgesloten, toelichting, contact person. */
@Component({
  selector: 'rmc-terugkoppeling-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent],
  template: `
    <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Status voor de school" controlId="terugkoppeling-status" [fout]="status.fout('status')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="status" aria-required="true">
          <option value="">Kies een status</option>
          @for (s of statussen; track s[0]) {
            <option [value]="s[0]">{{ s[1] }}</option>
          }
        </select>
      </rmc-form-field>
      @if (gekozenStatus() === 'afgesloten') {
        <rmc-form-field
          label="Reden afgesloten"
          controlId="terugkoppeling-redenAfgesloten"
          [fout]="status.fout('redenAfgesloten')"
        >
          <select
            rmcVeld
            class="utrecht-select utrecht-select--html-select"
            formControlName="redenAfgesloten"
            aria-required="true"
          >
            <option value="">Kies een reden</option>
            @for (r of redenen; track r) {
              <option [value]="r">{{ redenLabels[r] }}</option>
            }
          </select>
        </rmc-form-field>
      }
      <rmc-form-field
        label="Toelichting"
        controlId="terugkoppeling-toelichting"
        hint="Wat de regio heeft gedaan en welke afspraken er zijn gemaakt. Schrijf niets wat de school niet hoeft te weten."
        [fout]="status.fout('toelichting')"
      >
        <textarea
          rmcVeld
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows="4"
          formControlName="toelichting"
          aria-required="true"
        ></textarea>
      </rmc-form-field>
      <rmc-form-field
        label="Contactpersoon van de regio"
        controlId="terugkoppeling-contactpersoon"
        hint="Naam en telefoon of e-mail, zodat de school weet bij wie ze terecht kan."
        [fout]="status.fout('contactpersoon')"
      >
        <input
          rmcVeld
          class="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          formControlName="contactpersoon"
          aria-required="true"
        />
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Terugkoppeling versturen
      </button>
    </form>
  `,
})
export class TerugkoppelingFormComponent {
  private readonly api = inject(MeldingenApi);
  private readonly sessie = inject(SessieService);
  readonly melding = input.required<MeldingDto>();
  readonly klaar = output<string>();

  protected readonly statussen = Object.entries(TERUGMELD_STATUS_LABELS);
  protected readonly redenen = REDENEN_AFGESLOTEN;
  protected readonly redenLabels = REDEN_AFGESLOTEN_LABELS;
  protected readonly controlIds = {
    status: 'terugkoppeling-status',
    redenAfgesloten: 'terugkoppeling-redenAfgesloten',
    toelichting: 'terugkoppeling-toelichting',
    contactpersoon: 'terugkoppeling-contactpersoon',
  };
  protected readonly status = new FormulierStatus();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    status: '',
    redenAfgesloten: '',
    toelichting: '',
    contactpersoon: '',
  });
  protected readonly gekozenStatus = toSignal(this.form.controls.status.valueChanges, { initialValue: '' });

  constructor() {
    // Prefill from the melding (and again after another action changed it), unless the user typed.
    effect(() => {
      const m = this.melding();
      if (this.form.pristine) this.vulVoor(m);
    });
  }

  private vulVoor(m: MeldingDto): void {
    this.form.reset({
      status: m.terugmeldStatus ?? (m.oordeel ? STATUS_BIJ_OORDEEL[m.oordeel] : ''),
      redenAfgesloten: m.redenAfgesloten ?? '',
      toelichting: '',
      contactpersoon: m.regioContactpersoon ?? this.sessie.me()?.gebruiker.naam ?? '',
    });
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const w = this.form.getRawValue();
    const fouten: Record<string, string> = {};
    if (!w.status) fouten['status'] = 'Kies de status voor de school.';
    if (w.status === 'afgesloten' && !w.redenAfgesloten)
      fouten['redenAfgesloten'] = 'Kies de reden waarom de melding is afgesloten.';
    if (!w.toelichting.trim()) fouten['toelichting'] = 'Schrijf een toelichting voor de school.';
    if (!w.contactpersoon.trim()) fouten['contactpersoon'] = 'Vul de contactpersoon van de regio in.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);
    const invoer: TerugkoppelingInput = {
      status: w.status as TerugkoppelingInput['status'],
      toelichting: w.toelichting.trim(),
      contactpersoon: w.contactpersoon.trim(),
      ...(w.status === 'afgesloten' ? { redenAfgesloten: w.redenAfgesloten } : {}),
    };
    const gelukt = await this.status.voerUit(() => this.api.koppelTerug(this.melding().id, invoer));
    if (!gelukt) return;
    this.form.controls.toelichting.reset('');
    this.klaar.emit('De terugkoppeling is naar de school gestuurd.');
  }
}
