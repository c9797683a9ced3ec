import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Paged } from '@rmc/shared-api-types';
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

/** GET /api/v1/nazorg/taken — one follow-up task ("is de jongere nog op school / aan het werk?"). */
export interface NazorgTaakDto {
  id: string;
  casusId: string;
  soort: 'nazorg' | 'jaarcontact' | 'kwint';
  /** YYYY-MM-DD: the day the check-in is due. */
  moment: string;
  uitkomst: NazorgUitkomst | null;
  afgerondOp: string | null;
  voornaam: string;
  achternaam: string;
  nuTeDoen: boolean;
}

export const NAZORG_UITKOMSTEN = [
  { waarde: 'school', label: 'Op school' },
  { waarde: 'werk', label: 'Aan het werk' },
  { waarde: 'dagbesteding', label: 'Dagbesteding' },
  { waarde: 'zorg', label: 'In zorg of behandeling' },
  { waarde: 'geen', label: 'Geen school, werk of dagbesteding' },
  { waarde: 'geen-contact', label: 'Geen contact gekregen' },
] as const;

export type NazorgUitkomst = (typeof NAZORG_UITKOMSTEN)[number]['waarde'];

export function uitkomstLabel(waarde: string | null): string {
  return NAZORG_UITKOMSTEN.find((u) => u.waarde === waarde)?.label ?? '—';
}

export interface NazorgUitkomstAntwoord {
  id: string;
  casusId: string;
  heropenenAanbevolen: boolean;
}

@Injectable({ providedIn: 'root' })
export class NazorgApi {
  private readonly http = inject(HttpClient);

  /** One page: open tasks first by moment, then the finished ones. */
  taken(cursor: string | null = null, limit?: number): Promise<Paged<NazorgTaakDto>> {
    return firstValueFrom(
      this.http.get<Paged<NazorgTaakDto>>(`${API}/nazorg/taken`, { params: metPagina(new HttpParams(), cursor, limit) }),
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
