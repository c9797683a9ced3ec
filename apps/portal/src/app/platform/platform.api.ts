import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  GemeenteDto,
  Paged,
  PlatformCoordinatorUitnodiging,
  PlatformRegioCreate,
  PlatformRegioDto,
} from '@rmc/shared-api-types';
import { API, alsLijst } from '../core/api';

export type { GemeenteDto };

@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);

  async regios(): Promise<PlatformRegioDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<PlatformRegioDto[] | Paged<PlatformRegioDto>>(`${API}/platform/regios`)));
  }

  async gemeenten(): Promise<GemeenteDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<GemeenteDto[] | Paged<GemeenteDto>>(`${API}/gemeenten`)));
  }

  maakRegio(regio: PlatformRegioCreate): Promise<PlatformRegioDto> {
    return firstValueFrom(this.http.post<PlatformRegioDto>(`${API}/platform/regios`, regio));
  }

  zetActief(id: string, actief: boolean): Promise<PlatformRegioDto> {
    return firstValueFrom(this.http.patch<PlatformRegioDto>(`${API}/platform/regios/${encodeURIComponent(id)}`, { actief }));
  }

  nodigCoordinatorUit(regioId: string, uitnodiging: PlatformCoordinatorUitnodiging): Promise<unknown> {
    return firstValueFrom(this.http.post(`${API}/platform/regios/${encodeURIComponent(regioId)}/coordinatoren`, uitnodiging));
  }
}
