import { HttpClient, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import type { ComplianceCijfers, ComplianceResponse, ComplianceTelling } from '@rmc/shared-api-types';
import { StaafdiagramComponent, type Staaf } from '@rmc/portal-ui';
import { API } from '../core/api';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
export const maandLabel = (m: string) => `${MAANDEN[Number(m.slice(5, 7)) - 1] ?? m} ${m.slice(0, 4)}`;
export const tellingTekst = (t: ComplianceTelling | undefined) => (!t ? '—' : t.onderdrukt ? '<5' : String(t.aantal));
export const aandeelTekst = (a: number | null | undefined) =>
  a === null || a === undefined ? 'nog geen cijfer' : `${Math.round(a * 100)}%`;

/** The pick-up as one sentence whose parts add up: on time + late (overdue included) + still within the term. */
export function oppakVerhaal(o: ComplianceCijfers['oppak']): string {
  const verlopen = o.verlopen.aantal === 0 ? '' : `, waarvan ${tellingTekst(o.verlopen)} nog niet opgepakt na de termijn`;
  return `${tellingTekst(o.opTijd)} op tijd, ${tellingTekst(o.teLaat)} te laat${verlopen}; ${tellingTekst(o.open)} nog binnen de termijn.`;
}

/**
 * The figures of one verzuimagenda (its instelling and school year) on the agenda's own page: the
 * meldingen, within the norm, the region's pick-up as one story, and the months as columns. Shown to
 * whoever may read compliance; a scope the API refuses (another party) shows nothing.
 */
@Component({
  selector: 'rmc-agenda-naleving',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, StaafdiagramComponent],
  template: `
    @if (cijfers(); as c) {
      <section aria-labelledby="agenda-naleving-kop">
        <h2 class="utrecht-heading-2" id="agenda-naleving-kop">Naleving in {{ c.schooljaar }}</h2>
        <dl class="rmc-gegevens">
          <dt>Meldingen</dt>
          <dd>{{ tel(c.totaal.totaal) }}</dd>
          <dt>Binnen de norm</dt>
          <dd>{{ deel(c.totaal.binnenNorm.aandeel) }}</dd>
          <dt>Op tijd opgepakt door de regio</dt>
          <dd>{{ deel(c.totaal.oppak.aandeelOpTijd) }}</dd>
          <dt>Oppak door de regio</dt>
          <dd>{{ verhaal(c.totaal.oppak) }}</dd>
        </dl>
        <rmc-staafdiagram
          titel="Meldingen per maand onder deze agenda"
          [staven]="perMaand()"
          [kolommen]="true"
          labelKop="Maand"
          waardeKop="Meldingen"
        />
        <p class="utrecht-paragraph">
          <a
            class="utrecht-link"
            routerLink="/naleving"
            [queryParams]="{ schooljaar: schooljaar(), instellingId: instellingId() }"
            >Alle cijfers per vestiging<span class="rmc-visueel-verborgen"> van {{ c.schooljaar }}</span></a
          >
        </p>
      </section>
    }
  `,
})
export class AgendaNalevingComponent {
  private readonly http = inject(HttpClient);
  private readonly sessie = inject(SessieService);

  readonly instellingId = input.required<string>();
  readonly schooljaar = input.required<string>();

  protected readonly cijfers = signal<ComplianceResponse | null>(null);
  protected readonly tel = tellingTekst;
  protected readonly deel = aandeelTekst;
  protected readonly verhaal = oppakVerhaal;
  protected readonly perMaand = computed<Staaf[]>(() =>
    (this.cijfers()?.totaal.perMaand ?? []).map((m) => ({
      label: maandLabel(m.maand),
      waarde: m.aantal.onderdrukt ? null : m.aantal.aantal,
    })),
  );

  constructor() {
    effect(() => {
      const instellingId = this.instellingId();
      const schooljaar = this.schooljaar();
      if (!TOEGANG.compliance(this.sessie.ability())) return;
      void this.laad(instellingId, schooljaar);
    });
  }

  private async laad(instellingId: string, schooljaar: string): Promise<void> {
    const params = new HttpParams().set('schooljaar', schooljaar).set('instellingId', instellingId);
    try {
      this.cijfers.set(await firstValueFrom(this.http.get<ComplianceResponse>(`${API}/compliance`, { params })));
    } catch {
      // Not this caller's scope (or no figures on this server): the agenda page shows no figures.
      this.cijfers.set(null);
    }
  }
}
