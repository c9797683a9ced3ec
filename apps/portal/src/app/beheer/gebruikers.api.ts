import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { GebruikerDto, GebruikerUpdate, Paged, UitnodigingCreate } from '@rmc/shared-api-types';
import { API, metPagina } from '../core/api';

@Injectable({ providedIn: 'root' })
export class GebruikersApi {
  private readonly http = inject(HttpClient);

  /** One page, by name; `total` counts the region's accounts. */
  lijst(cursor: string | null = null, limit?: number): Promise<Paged<GebruikerDto>> {
    return firstValueFrom(
      this.http.get<Paged<GebruikerDto>>(`${API}/gebruikers`, { params: metPagina(new HttpParams(), cursor, limit) }),
    );
  }

  nodigUit(uitnodiging: UitnodigingCreate): Promise<GebruikerDto> {
    return firstValueFrom(this.http.post<GebruikerDto>(`${API}/gebruikers/uitnodigingen`, uitnodiging));
  }

  wijzig(id: string, wijziging: GebruikerUpdate): Promise<GebruikerDto> {
    return firstValueFrom(this.http.patch<GebruikerDto>(`${API}/gebruikers/${encodeURIComponent(id)}`, wijziging));
  }
}
