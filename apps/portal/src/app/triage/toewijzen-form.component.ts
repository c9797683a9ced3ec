import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { ConsulentDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, FieldControlDirective, FormFieldComponent } from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { MeldingenApi } from '../meldingen/meldingen.api';

/** Coördinator: assign (or reassign) a consulent of the region to the melding. */
@Component({
  selector: 'rmc-toewijzen-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, FormFieldComponent, FieldControlDirective, ErrorSummaryComponent],
  template: `
    <rmc-error-summary
      [detail]="status.detail()"
      [fouten]="status.velden()"
      [controlIds]="{ consulentId: 'toewijzen-consulent' }"
    />
    <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
      <rmc-form-field label="Consulent" controlId="toewijzen-consulent" [hint]="laadTekst()" [fout]="status.fout('consulentId')">
        <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="consulentId" aria-required="true">
          <option value="">Kies een consulent</option>
          @for (c of consulenten(); track c.id) {
            <option [value]="c.id">{{ c.naam }}</option>
          }
        </select>
      </rmc-form-field>
      <button type="submit" class="utrecht-button utrecht-button--secondary-action" [attr.aria-busy]="status.bezig()">
        Toewijzen
      </button>
    </form>
  `,
})
export class ToewijzenFormComponent implements OnInit {
  private readonly api = inject(MeldingenApi);
  readonly meldingId = input.required<string>();
  readonly huidigeConsulentId = input<string | null | undefined>(null);
  readonly klaar = output<string>();

  protected readonly status = new FormulierStatus();
  protected readonly consulenten = signal<ConsulentDto[]>([]);
  protected readonly laadTekst = signal<string | null>('Consulenten worden geladen…');
  protected readonly form = inject(FormBuilder).nonNullable.group({ consulentId: '' });

  async ngOnInit(): Promise<void> {
    try {
      this.consulenten.set(await this.api.consulenten());
      this.laadTekst.set(this.consulenten().length ? null : 'Er zijn geen consulenten in uw regio om aan toe te wijzen.');
      if (this.huidigeConsulentId()) this.form.controls.consulentId.setValue(this.huidigeConsulentId()!);
    } catch {
      this.laadTekst.set('De lijst met consulenten kon niet worden geladen. Vernieuw de pagina om het opnieuw te proberen.');
    }
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    const { consulentId } = this.form.getRawValue();
    if (!consulentId) return this.status.toonVeldfouten({ consulentId: 'Kies een consulent.' });
    const gelukt = await this.status.voerUit(() => this.api.wijsToe(this.meldingId(), { consulentId }));
    if (!gelukt) return;
    const naam = this.consulenten().find((c) => c.id === consulentId)?.naam ?? 'de consulent';
    this.klaar.emit(`De melding is toegewezen aan ${naam}.`);
  }
}
