import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  ActieHistorie,
  Agendapunt,
  CasusDto,
  MijnActie,
  MijnActiesFilter,
  OverlegActie,
  OverlegActieInput,
  OverlegCreate,
  OverlegDeelnemer,
  OverlegDto,
  OverlegSamenvatting,
  OverlegStatus,
  Paged,
  VerslagDto,
} from '@rmc/shared-api-types';
import { API, metPagina } from '../core/api';
import type { FormulierStatus } from '../core/formulier-status';

export type {
  ActieHistorie,
  Agendapunt,
  MijnActie,
  OverlegActie,
  OverlegActieInput,
  OverlegCreate,
  OverlegDeelnemer,
  OverlegDto,
  OverlegSamenvatting,
  OverlegStatus,
  VerslagDto,
};

const pad = (id: string, rest = '') => `${API}/overleggen/${encodeURIComponent(id)}${rest}`;
const punt = (id: string, puntId: string, rest: string) => pad(id, `/agendapunten/${encodeURIComponent(puntId)}${rest}`);

/** /api/v1/overleggen. Every change answers with the whole meeting as this user may see it. */
@Injectable({ providedIn: 'root' })
export class OverlegApi {
  private readonly http = inject(HttpClient);

  /** One page: newest first, or (`vanaf`, `volgorde: 'oplopend'`) from a day on in start order; `tot`: before a day. */
  lijst(
    filter: { vanaf?: string; tot?: string; volgorde?: 'oplopend' | 'aflopend' } = {},
    cursor: string | null = null,
    limit?: number,
  ): Promise<Paged<OverlegSamenvatting>> {
    let params = new HttpParams();
    for (const [naam, waarde] of Object.entries(filter)) if (waarde) params = params.set(naam, waarde);
    return firstValueFrom(
      this.http.get<Paged<OverlegSamenvatting>>(`${API}/overleggen`, { params: metPagina(params, cursor, limit) }),
    );
  }

  haal(id: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.get<OverlegDto>(pad(id)));
  }

  maak(invoer: OverlegCreate): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(`${API}/overleggen`, invoer));
  }

  agendapunt(id: string, invoer: { casusId: string; vraag: string }): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(pad(id, '/agendapunten'), invoer));
  }

  casus(id: string, puntId: string): Promise<CasusDto> {
    return firstValueFrom(this.http.get<CasusDto>(punt(id, puntId, '/casus')));
  }

  notities(id: string, puntId: string, notities: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.put<OverlegDto>(punt(id, puntId, '/notities'), { notities }));
  }

  besluit(id: string, puntId: string, tekst: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(punt(id, puntId, '/besluiten'), { tekst }));
  }

  actie(id: string, puntId: string, invoer: OverlegActieInput): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(punt(id, puntId, '/acties'), invoer));
  }

  aanwezigheid(id: string, aanwezig: string[]): Promise<OverlegDto> {
    return firstValueFrom(this.http.put<OverlegDto>(pad(id, '/aanwezigheid'), { aanwezig }));
  }

  stelVast(id: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(pad(id, '/vaststellen'), {}));
  }

  verslag(id: string): Promise<VerslagDto> {
    return firstValueFrom(this.http.get<VerslagDto>(pad(id, '/verslag')));
  }

  /** The reader's verslag as a PDF file (audited as an export). */
  verslagPdf(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(pad(id, '/verslag/pdf'), { responseType: 'blob' }));
  }

  /** One page of the user's open actions, by deadline (none last); `total` counts them all. */
  mijnActies(cursor: string | null = null, limit?: number, filter: MijnActiesFilter = {}): Promise<Paged<MijnActie>> {
    let params = new HttpParams();
    if (filter.teLaat !== undefined) params = params.set('teLaat', String(filter.teLaat));
    return firstValueFrom(this.http.get<Paged<MijnActie>>(`${API}/acties/mijn`, { params: metPagina(params, cursor, limit) }));
  }

  /**
   * Live updates (server-sent events): `bijgewerkt` carries no content, the caller refetches through
   * its own slice. Same-origin cookie auth; a GET needs no portal header. Returns the closer.
   */
  luister(id: string, bijgewerkt: () => void, verbinding: (open: boolean) => void): () => void {
    if (typeof EventSource === 'undefined') {
      verbinding(false);
      return () => undefined;
    }
    const bron = new EventSource(pad(id, '/stream'), { withCredentials: true });
    bron.addEventListener('open', () => verbinding(true));
    bron.addEventListener('bijgewerkt', () => bijgewerkt());
    // The browser reconnects by itself after a dropped connection; CLOSED means it gave up (401/404).
    bron.addEventListener('error', () => verbinding(bron.readyState === EventSource.OPEN));
    return () => bron.close();
  }
}

/** What a form reports after a change: the meeting as the API answered it, and the message to announce. */
export interface OverlegWijziging {
  overleg: OverlegDto;
  bericht: string;
}

/** Runs a change with the form's busy flag and error display; the changed meeting, or null when it failed. */
export async function voerOverlegUit(
  status: FormulierStatus,
  actie: () => Promise<OverlegDto>,
  teksten?: Partial<Record<number, string>>,
): Promise<OverlegDto | null> {
  const uitkomst: { overleg: OverlegDto | null } = { overleg: null };
  const gelukt = await status.voerUit(async () => {
    uitkomst.overleg = await actie();
  }, teksten);
  return gelukt ? uitkomst.overleg : null;
}
