import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NieuweSysteemkoppeling, Paged, Systeemkoppeling } from '@rmc/shared-api-types';
import { API, alsLijst } from '../core/api';

export type { NieuweSysteemkoppeling, Systeemkoppeling };

/** API tokens with which a school system files meldingen for its vestiging. */
@Injectable({ providedIn: 'root' })
export class KoppelingenApi {
  private readonly http = inject(HttpClient);

  async lijst(): Promise<Systeemkoppeling[]> {
    return alsLijst(
      await firstValueFrom(this.http.get<Systeemkoppeling[] | Paged<Systeemkoppeling>>(`${API}/systeemkoppelingen`)),
    );
  }

  maak(naam: string): Promise<NieuweSysteemkoppeling> {
    return firstValueFrom(this.http.post<NieuweSysteemkoppeling>(`${API}/systeemkoppelingen`, { naam }));
  }

  trekIn(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${API}/systeemkoppelingen/${encodeURIComponent(id)}`));
  }
}
