import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { GebruikerDto, GebruikerUpdate, Paged, UitnodigingCreate } from '@rmc/shared-api-types';
import { API, alsLijst } from '../core/api';

@Injectable({ providedIn: 'root' })
export class GebruikersApi {
  private readonly http = inject(HttpClient);

  async lijst(): Promise<GebruikerDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<GebruikerDto[] | Paged<GebruikerDto>>(`${API}/gebruikers`)));
  }

  nodigUit(uitnodiging: UitnodigingCreate): Promise<GebruikerDto> {
    return firstValueFrom(this.http.post<GebruikerDto>(`${API}/gebruikers/uitnodigingen`, uitnodiging));
  }

  wijzig(id: string, wijziging: GebruikerUpdate): Promise<GebruikerDto> {
    return firstValueFrom(this.http.patch<GebruikerDto>(`${API}/gebruikers/${encodeURIComponent(id)}`, wijziging));
  }
}
