import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AgendaInhoudDto,
  AgendaStatusDto,
  Paged,
  VerzuimagendaCreate,
  VerzuimagendaDto,
  VerzuimagendaSamenvatting,
  VerzuimagendaVerschillen,
} from '@rmc/shared-api-types';
import type { BadgeSoort } from '@rmc/portal-ui';
import { API, alsLijst } from '../core/api';

const pad = (id: string, rest = '') => `${API}/verzuimagendas/${encodeURIComponent(id)}${rest}`;

/** /api/v1/verzuimagendas: one agenda per instelling per school year, shared with its regions. */
@Injectable({ providedIn: 'root' })
export class VerzuimagendaApi {
  private readonly http = inject(HttpClient);

  async lijst(filter: { instellingId?: string; schooljaar?: string } = {}): Promise<VerzuimagendaSamenvatting[]> {
    let params = new HttpParams();
    if (filter.instellingId) params = params.set('instellingId', filter.instellingId);
    if (filter.schooljaar) params = params.set('schooljaar', filter.schooljaar);
    return alsLijst(
      await firstValueFrom(
        this.http.get<VerzuimagendaSamenvatting[] | Paged<VerzuimagendaSamenvatting>>(`${API}/verzuimagendas`, { params }),
      ),
    );
  }

  haal(id: string): Promise<VerzuimagendaDto> {
    return firstValueFrom(this.http.get<VerzuimagendaDto>(pad(id)));
  }

  maak(agenda: VerzuimagendaCreate): Promise<VerzuimagendaDto> {
    return firstValueFrom(this.http.post<VerzuimagendaDto>(`${API}/verzuimagendas`, agenda));
  }

  wijzig(id: string, inhoud: AgendaInhoudDto): Promise<VerzuimagendaDto> {
    return firstValueFrom(this.http.put<VerzuimagendaDto>(pad(id, '/inhoud'), { inhoud }));
  }

  dienIn(id: string): Promise<VerzuimagendaDto> {
    return firstValueFrom(this.http.post<VerzuimagendaDto>(pad(id, '/indienen'), {}));
  }

  keurGoed(id: string): Promise<VerzuimagendaDto> {
    return firstValueFrom(this.http.post<VerzuimagendaDto>(pad(id, '/goedkeuren'), {}));
  }

  verschillen(id: string): Promise<VerzuimagendaVerschillen> {
    return firstValueFrom(this.http.get<VerzuimagendaVerschillen>(pad(id, '/verschillen')));
  }

  /** A plain link: the browser downloads it with the session cookie (GET needs no CSRF header). */
  pdfUrl(id: string): string {
    return pad(id, '/pdf');
  }
}

export const AGENDA_STATUS_LABELS: Record<AgendaStatusDto, string> = {
  concept: 'Concept',
  'ter-accordering': 'Ter accordering',
  vastgesteld: 'Vastgesteld',
  vervangen: 'Vervangen',
};

export const AGENDA_STATUS_BADGE: Record<AgendaStatusDto, BadgeSoort> = {
  concept: 'neutraal',
  'ter-accordering': 'waarschuwing',
  vastgesteld: 'ok',
  vervangen: 'neutraal',
};

/** The school year of today (from 1 August) and the next one, e.g. ['2026-2027', '2027-2028']. */
export function schooljaren(nu = new Date()): string[] {
  const datum = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(nu);
  const jaar = Number(datum.slice(0, 4));
  const start = datum.slice(5) >= '08-01' ? jaar : jaar - 1;
  return [start - 1, start, start + 1].map((j) => `${j}-${j + 1}`);
}
