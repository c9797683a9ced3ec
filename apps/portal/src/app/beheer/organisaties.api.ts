import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { OrganisatieCreate, OrganisatieDto, Paged } from '@rmc/shared-api-types';
import { API, alsLijst } from '../core/api';

@Injectable({ providedIn: 'root' })
export class OrganisatiesApi {
  private readonly http = inject(HttpClient);

  async lijst(): Promise<OrganisatieDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<OrganisatieDto[] | Paged<OrganisatieDto>>(`${API}/organisaties`)));
  }

  maak(organisatie: OrganisatieCreate): Promise<OrganisatieDto> {
    return firstValueFrom(this.http.post<OrganisatieDto>(`${API}/organisaties`, organisatie));
  }

  zetActief(id: string, actief: boolean): Promise<OrganisatieDto> {
    return firstValueFrom(this.http.patch<OrganisatieDto>(`${API}/organisaties/${encodeURIComponent(id)}`, { actief }));
  }
}
