import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { OrganisatieCreate, OrganisatieDto, Paged } from '@rmc/shared-api-types';
import { API, allePaginas, metPagina } from '../core/api';

@Injectable({ providedIn: 'root' })
export class OrganisatiesApi {
  private readonly http = inject(HttpClient);

  /** One page, by kind and name; `total` counts the region's organisations. */
  pagina(cursor: string | null = null, limit?: number): Promise<Paged<OrganisatieDto>> {
    return firstValueFrom(
      this.http.get<Paged<OrganisatieDto>>(`${API}/organisaties`, { params: metPagina(new HttpParams(), cursor, limit) }),
    );
  }

  /** Every organisation of the region, for pickers (a region has tens). */
  lijst(): Promise<OrganisatieDto[]> {
    return allePaginas((cursor) => this.pagina(cursor, 100));
  }

  maak(organisatie: OrganisatieCreate): Promise<OrganisatieDto> {
    return firstValueFrom(this.http.post<OrganisatieDto>(`${API}/organisaties`, organisatie));
  }

  zetActief(id: string, actief: boolean): Promise<OrganisatieDto> {
    return firstValueFrom(this.http.patch<OrganisatieDto>(`${API}/organisaties/${encodeURIComponent(id)}`, { actief }));
  }
}
