import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { OverzichtResponse } from '@rmc/shared-api-types';
import { API } from '../core/api';

/** The start page's counts (`GET /api/v1/overzicht`): each present only where its list is open to the user. */
@Injectable({ providedIn: 'root' })
export class OverzichtApi {
  private readonly http = inject(HttpClient);

  tellingen(): Promise<OverzichtResponse> {
    return firstValueFrom(this.http.get<OverzichtResponse>(`${API}/overzicht`));
  }
}
