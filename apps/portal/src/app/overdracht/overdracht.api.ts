import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AcceptatieResultaat,
  OntvangstResultaat,
  OverdrachtDto,
  OverdrachtInput,
  OverdrachtPakket,
  OverdrachtResultaat,
  Paged,
} from '@rmc/shared-api-types';
import { API, metPagina } from '../core/api';
import { PlatformApi } from '../platform/platform.api';

export type { AcceptatieResultaat, OverdrachtDto, OverdrachtInput, OverdrachtPakket, OverdrachtResultaat };

/** A connected region that can receive a case, with its gemeenten (for the hint at the postcode). */
export interface OntvangendeRegio {
  id: string;
  naam: string;
  gemeenten: string[];
}

export const OVERDRACHT_STATUS_LABELS: Record<OverdrachtDto['status'], string> = {
  aangeboden: 'Aangeboden',
  geaccepteerd: 'Geaccepteerd',
};

export function pakketNaam(pakket: OverdrachtPakket): string {
  return [pakket.persoon?.voornaam, pakket.persoon?.achternaam].filter(Boolean).join(' ') || 'Naam onbekend';
}

@Injectable({ providedIn: 'root' })
export class OverdrachtApi {
  private readonly http = inject(HttpClient);
  private readonly platform = inject(PlatformApi);

  draagOver(casusId: string, invoer: OverdrachtInput): Promise<OverdrachtResultaat> {
    return firstValueFrom(
      this.http.post<OverdrachtResultaat>(`${API}/casussen/${encodeURIComponent(casusId)}/overdracht`, invoer),
    );
  }

  /** One page, newest first. */
  lijst(cursor: string | null = null, limit?: number): Promise<Paged<OverdrachtDto>> {
    return firstValueFrom(
      this.http.get<Paged<OverdrachtDto>>(`${API}/overdrachten`, { params: metPagina(new HttpParams(), cursor, limit) }),
    );
  }

  accepteer(id: string): Promise<AcceptatieResultaat> {
    return firstValueFrom(this.http.post<AcceptatieResultaat>(`${API}/overdrachten/${encodeURIComponent(id)}/accepteren`, {}));
  }

  bevestigOntvangst(id: string): Promise<OntvangstResultaat> {
    return firstValueFrom(this.http.post<OntvangstResultaat>(`${API}/overdrachten/${encodeURIComponent(id)}/ontvangen`, {}));
  }

  /**
   * The connected regions other than the own one. There is no list of regions for region staff: the
   * gemeenten (reference data, any session) name the active region each belongs to.
   */
  async regios(eigenRegioId: string | null): Promise<OntvangendeRegio[]> {
    const perRegio = new Map<string, OntvangendeRegio>();
    for (const g of await this.platform.gemeenten()) {
      if (!g.regioId || !g.regioNaam || g.regioId === eigenRegioId) continue;
      const regio = perRegio.get(g.regioId) ?? { id: g.regioId, naam: g.regioNaam, gemeenten: [] };
      regio.gemeenten.push(g.naam);
      perRegio.set(g.regioId, regio);
    }
    return [...perRegio.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }
}
