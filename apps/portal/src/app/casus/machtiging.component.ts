import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { CasusDelingDto } from '@rmc/shared-api-types';
import { ErrorSummaryComponent, formatMoment } from '@rmc/portal-ui';
import { bewaarAlsBestand } from '../core/bestand';
import { FormulierStatus } from '../core/formulier-status';
import { CasusApi } from './casus.api';

const TYPES: Record<string, 'application/pdf' | 'image/png' | 'image/jpeg'> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const MAX_BYTES = 5 * 1024 * 1024;

/** The signed machtiging of one share under toestemming: add (or replace) it, and download it. */
@Component({
  selector: 'rmc-machtiging',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorSummaryComponent],
  template: `
    <div class="rmc-machtiging" role="group" [attr.aria-labelledby]="id() + '-kop'">
      <h4 class="utrecht-heading-4" [id]="id() + '-kop'">Machtiging bij de deling met {{ deling().organisatie }}</h4>
      @if (deling().machtiging; as m) {
        <p class="utrecht-paragraph">
          Toegevoegd {{ moment(m.op) }} ({{ kb(m.grootte) }} kB).
          <button type="button" class="utrecht-button utrecht-button--subtle rmc-knop--klein" (click)="download()">
            Machtiging downloaden<span class="rmc-visueel-verborgen"> (deling met {{ deling().organisatie }})</span>
          </button>
        </p>
      } @else {
        <p class="utrecht-paragraph">Er is nog geen getekende machtiging toegevoegd.</p>
      }
      <rmc-error-summary
        [detail]="status.detail()"
        [fouten]="status.velden()"
        [controlIds]="{ inhoud: id() + '-bestand', mime: id() + '-bestand' }"
      />
      <div class="utrecht-form-field">
        <label class="utrecht-form-label" [for]="id() + '-bestand'">Getekende machtiging (pdf, png of jpg, hoogstens 5 MB)</label>
        @if (status.fout('inhoud') || status.fout('mime')) {
          <p class="utrecht-form-field-error-message" [id]="id() + '-fout'">{{ status.fout('inhoud') || status.fout('mime') }}</p>
        }
        <input
          class="rmc-bestand"
          type="file"
          [id]="id() + '-bestand'"
          accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          [attr.aria-describedby]="status.fout('inhoud') || status.fout('mime') ? id() + '-fout' : null"
          (change)="kies($event)"
        />
      </div>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
        [attr.aria-busy]="status.bezig()"
        (click)="voegToe()"
      >
        {{ deling().machtiging ? 'Machtiging vervangen' : 'Machtiging toevoegen'
        }}<span class="rmc-visueel-verborgen"> (deling met {{ deling().organisatie }})</span>
      </button>
    </div>
  `,
})
export class MachtigingComponent {
  private readonly api = inject(CasusApi);
  readonly casusId = input.required<string>();
  readonly deling = input.required<CasusDelingDto>();
  readonly gewijzigd = output<string>();

  protected readonly status = new FormulierStatus();
  private readonly bestand = signal<File | null>(null);
  protected readonly moment = formatMoment;
  protected readonly kb = (bytes: number) => Math.max(1, Math.round(bytes / 1024));
  protected readonly id = () => `machtiging-${this.deling().id}`;

  protected kies(event: Event): void {
    this.bestand.set((event.target as HTMLInputElement).files?.[0] ?? null);
    this.status.wis();
  }

  protected async voegToe(): Promise<void> {
    if (this.status.bezig()) return;
    const bestand = this.bestand();
    const mime = bestand ? TYPES[bestand.name.split('.').pop()?.toLowerCase() ?? ''] : undefined;
    if (!bestand) return this.status.toonVeldfouten({ inhoud: 'Kies eerst het bestand met de getekende machtiging.' });
    if (!mime) return this.status.toonVeldfouten({ inhoud: 'Kies een pdf, png of jpg.' });
    if (bestand.size > MAX_BYTES) return this.status.toonVeldfouten({ inhoud: 'Het bestand is groter dan 5 MB.' });
    const inhoud = await leesBase64(bestand);
    const gelukt = await this.status.voerUit(() =>
      this.api.machtigingToevoegen(this.casusId(), this.deling().id, { bestandsnaam: bestand.name, mime, inhoud }),
    );
    if (gelukt) this.gewijzigd.emit(`De machtiging bij de deling met ${this.deling().organisatie} is toegevoegd.`);
  }

  protected async download(): Promise<void> {
    await this.status.voerUit(async () => {
      const blob = await this.api.machtiging(this.casusId(), this.deling().id);
      const ext = blob.type === 'application/pdf' ? 'pdf' : blob.type === 'image/png' ? 'png' : 'jpg';
      bewaarAlsBestand(blob, `machtiging.${ext}`);
    });
  }
}

function leesBase64(bestand: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const lezer = new FileReader();
    lezer.onload = () => resolve(String(lezer.result).split(',')[1] ?? '');
    lezer.onerror = () => reject(lezer.error);
    lezer.readAsDataURL(bestand);
  });
}
