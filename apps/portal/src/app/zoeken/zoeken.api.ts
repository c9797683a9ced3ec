import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { ZoekAntwoord, ZoekSoort } from '@rmc/shared-api-types';
import { firstValueFrom } from 'rxjs';
import { API } from '../core/api';

/** Headings per kind of result (Dutch, plural) and the word for one. */
export const ZOEK_KOPPEN: Record<ZoekSoort, { kop: string; meervoud: string }> = {
  jongere: { kop: 'Jongeren', meervoud: 'jongeren' },
  melding: { kop: 'Meldingen', meervoud: 'meldingen' },
  casus: { kop: 'Casussen', meervoud: 'casussen' },
  overleg: { kop: 'Overleggen', meervoud: 'overleggen' },
};

/**
 * "Vind alles": the term goes in a POST body, never in a URL (it may be a BSN). The portal keeps it in
 * component state and in the history entry's state (`zoekterm`), so the back button shows the results again.
 */
@Injectable({ providedIn: 'root' })
export class ZoekenApi {
  private readonly http = inject(HttpClient);

  zoek(q: string): Promise<ZoekAntwoord> {
    return firstValueFrom(this.http.post<ZoekAntwoord>(`${API}/zoeken`, { q }));
  }
}

/** A search asked for from the header while the results page is open (that page listens). */
@Injectable({ providedIn: 'root' })
export class ZoekVerzoek {
  readonly verzoek = signal<{ term: string } | null>(null);
}
