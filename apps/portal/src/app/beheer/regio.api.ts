import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { RegioDto, RegioInstellingenUpdate } from '@rmc/shared-api-types';
import { API } from '../core/api';

/** The logged-in user's own region (the tenant comes from the session, never from the URL). */
@Injectable({ providedIn: 'root' })
export class RegioApi {
  private readonly http = inject(HttpClient);

  haal(): Promise<RegioDto> {
    return firstValueFrom(this.http.get<RegioDto>(`${API}/regio`));
  }

  slaInstellingenOp(wijziging: RegioInstellingenUpdate): Promise<RegioDto> {
    return firstValueFrom(this.http.patch<RegioDto>(`${API}/regio/instellingen`, wijziging));
  }
}
