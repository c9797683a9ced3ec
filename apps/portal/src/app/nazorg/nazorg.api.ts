import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NazorgTaakDto, NazorgTakenFilter, NazorgUitkomst, NazorgUitkomstAntwoord, Paged } from '@rmc/shared-api-types';
import { API, metPagina } from '../core/api';

/** The kinds of follow-up task: nazorg after closing, the oud-vsv yearly contact, Kwint quarterly follow-up. */
export const TAAK_SOORT_LABELS: Record<string, string> = {
  nazorg: 'Nazorgmoment',
  jaarcontact: 'Jaarlijks contact oud-vsv',
  kwint: 'Kwartaalcontact (Kwint)',
};

export function taakSoortLabel(soort: string): string {
  return TAAK_SOORT_LABELS[soort] ?? 'Taak';
}

export type { NazorgTaakDto, NazorgUitkomst, NazorgUitkomstAntwoord };

export const NAZORG_UITKOMSTEN: readonly { waarde: NazorgUitkomst; label: string }[] = [
  { waarde: 'school', label: 'Op school' },
  { waarde: 'werk', label: 'Aan het werk' },
  { waarde: 'dagbesteding', label: 'Dagbesteding' },
  { waarde: 'zorg', label: 'In zorg of behandeling' },
  { waarde: 'geen', label: 'Geen school, werk of dagbesteding' },
  { waarde: 'geen-contact', label: 'Geen contact gekregen' },
];

export function uitkomstLabel(waarde: string | null): string {
  return NAZORG_UITKOMSTEN.find((u) => u.waarde === waarde)?.label ?? '—';
}

@Injectable({ providedIn: 'root' })
export class NazorgApi {
  private readonly http = inject(HttpClient);

  /** One page: open tasks first by moment, then the finished ones. */
  taken(cursor: string | null = null, limit?: number, filter: NazorgTakenFilter = {}): Promise<Paged<NazorgTaakDto>> {
    let params = new HttpParams();
    if (filter.status) params = params.set('status', filter.status);
    return firstValueFrom(
      this.http.get<Paged<NazorgTaakDto>>(`${API}/nazorg/taken`, { params: metPagina(params, cursor, limit) }),
    );
  }

  legUitkomstVast(id: string, uitkomst: NazorgUitkomst, toelichting?: string): Promise<NazorgUitkomstAntwoord> {
    return firstValueFrom(
      this.http.post<NazorgUitkomstAntwoord>(`${API}/nazorg/taken/${encodeURIComponent(id)}/uitkomst`, { uitkomst, toelichting }),
    );
  }

  /** Nazorg → Analyseren: the case is worked on again. */
  heropen(casusId: string): Promise<unknown> {
    return firstValueFrom(this.http.post(`${API}/casussen/${encodeURIComponent(casusId)}/fase`, { naar: 'analyseren' }));
  }
}
