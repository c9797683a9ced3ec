import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Paged, PersoonDto } from '@rmc/shared-api-types';
import { API } from '../core/api';

/** The server shapes each person to the fields the user may see; absent means "not for you". */
@Injectable({ providedIn: 'root' })
export class PersonenApi {
  private readonly http = inject(HttpClient);

  async lijst(): Promise<Paged<PersoonDto>> {
    const antwoord = await firstValueFrom(this.http.get<Paged<PersoonDto> | PersoonDto[]>(`${API}/personen`));
    return Array.isArray(antwoord) ? { items: antwoord, total: antwoord.length } : antwoord;
  }

  haal(id: string): Promise<PersoonDto> {
    return firstValueFrom(this.http.get<PersoonDto>(`${API}/personen/${encodeURIComponent(id)}`));
  }
}

/** "Voornaam Achternaam", or a neutral text when the name is not part of this user's slice. */
export function persoonNaam(persoon: PersoonDto): string {
  const naam = [persoon.voornaam, persoon.achternaam].filter(Boolean).join(' ');
  return naam || 'Naam niet zichtbaar';
}
