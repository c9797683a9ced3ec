import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  InzageBundel,
  InzageOntvanger,
  InzageRegel,
  Paged,
  PersoonDto,
  TijdlijnItem,
  WisResultaat,
} from '@rmc/shared-api-types';
import { API, metPagina } from '../core/api';

export type { InzageBundel, InzageOntvanger, InzageRegel, WisResultaat };

/** The server shapes each person to the fields the user may see; absent means "not for you". */
@Injectable({ providedIn: 'root' })
export class PersonenApi {
  private readonly http = inject(HttpClient);

  /** One page, by name. */
  lijst(cursor: string | null = null, limit?: number): Promise<Paged<PersoonDto>> {
    return firstValueFrom(
      this.http.get<Paged<PersoonDto>>(`${API}/personen`, { params: metPagina(new HttpParams(), cursor, limit) }),
    );
  }

  haal(id: string): Promise<PersoonDto> {
    return firstValueFrom(this.http.get<PersoonDto>(`${API}/personen/${encodeURIComponent(id)}`));
  }

  /** What happened with this young person across meldingen and cases, newest first (RMC roles). */
  tijdlijn(id: string): Promise<TijdlijnItem[]> {
    return firstValueFrom(this.http.get<TijdlijnItem[]>(`${API}/personen/${encodeURIComponent(id)}/tijdlijn`));
  }

  /** Inzageverzoek: the whole bundle (the API records the export in the audit). */
  inzage(id: string): Promise<InzageBundel> {
    return firstValueFrom(this.http.get<InzageBundel>(`${API}/personen/${encodeURIComponent(id)}/inzage`));
  }

  /** The same bundle as a readable PDF for the young person (also an audited export). */
  inzagePdf(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${API}/personen/${encodeURIComponent(id)}/inzage/pdf`, { responseType: 'blob' }));
  }

  /** Erasure on request: refused (409 casus-actief) while a case is still being worked. */
  wis(id: string, reden: string): Promise<WisResultaat> {
    return firstValueFrom(this.http.post<WisResultaat>(`${API}/personen/${encodeURIComponent(id)}/wissen`, { reden }));
  }
}

/** "Voornaam Achternaam", or a neutral text when the name is not part of this user's slice. */
export function persoonNaam(persoon: PersoonDto): string {
  const naam = [persoon.voornaam, persoon.achternaam].filter(Boolean).join(' ');
  return naam || 'Naam niet zichtbaar';
}
