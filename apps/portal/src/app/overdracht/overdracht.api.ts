import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Paged } from '@rmc/shared-api-types';
import type { Leefgebied } from '@rmc/shared-domain';
import { API, metPagina } from '../core/api';
import { PlatformApi } from '../platform/platform.api';

/*
 * Warm handover (libs/server/casus/src/lib/overdracht.ts). Not (yet) in @rmc/shared-api-types, so the
 * shapes are described here, as the API answers them.
 */

/** POST /api/v1/casussen/:id/overdracht — error fields are these property names. */
export interface OverdrachtInput {
  soort: 'regio' | 'organisatie';
  naarRegioId?: string;
  /** The young person's new postcode; it must lie in the receiving region. */
  nieuwePostcode?: string;
  /** Leerplicht or Werk & Inkomen of the own region. */
  naarOrganisatieId?: string;
  /** 10 to 1000 characters; recorded with the handover. */
  grondslag: string;
  toelichting?: string;
}

export interface OverdrachtResultaat {
  casusId: string;
  fase: 'afgesloten';
  sluitreden: 'overgedragen';
}

/** What the receiver gets: the person, the case's kind and phase, the latest scan and the open actions. */
export interface OverdrachtPakket {
  persoon: {
    bsn: string;
    voornaam: string;
    achternaam: string;
    geboortedatum: string;
    postcode: string;
    telefoon: string | null;
    email: string | null;
  };
  doelgroep: string;
  fase: string;
  laatsteScan: { datum: string; scores: Partial<Record<Leefgebied, { score: number; notitie?: string }>> } | null;
  openActies: { omschrijving: string; deadline: string | null }[];
  contacten: number;
  /** Name of the user who handed the case over. */
  overgedragenDoor: string;
}

/** GET /api/v1/overdrachten — offered to my region or organisation (inkomend) and sent by my region (uitgaand). */
export interface OverdrachtDto {
  id: string;
  richting: 'inkomend' | 'uitgaand';
  /** To another region (accepted into a case there) or to an organisation of the own region (read only). */
  soort?: 'regio' | 'organisatie';
  status: 'aangeboden' | 'geaccepteerd';
  aangebodenOp: string;
  pakket: OverdrachtPakket;
  grondslag: string;
  toelichting?: string | null;
  /** Name of the sending region. */
  van: string;
  /** Name of the receiving region or organisation. */
  naar: string | null;
  /** The case the receiving region opened (only for the receiving region). */
  nieuweCasusId?: string | null;
}

/** POST /api/v1/overdrachten/:id/accepteren */
export interface AcceptatieResultaat {
  casusId: string;
  /** The person already had an open case in this region: the package joined that case. */
  bestaandeCasus?: boolean;
}

/** A connected region that can receive a case, with its gemeenten (for the hint at the postcode). */
export interface OntvangendeRegio {
  id: string;
  naam: string;
  gemeenten: string[];
}

export const OVERDRACHT_STATUS_LABELS: Record<OverdrachtDto['status'], string> = {
  aangeboden: 'Aangeboden',
  geaccepteerd: 'Geaccepteerd',
};

export function pakketNaam(pakket: OverdrachtPakket): string {
  return [pakket.persoon?.voornaam, pakket.persoon?.achternaam].filter(Boolean).join(' ') || 'Naam onbekend';
}

@Injectable({ providedIn: 'root' })
export class OverdrachtApi {
  private readonly http = inject(HttpClient);
  private readonly platform = inject(PlatformApi);

  draagOver(casusId: string, invoer: OverdrachtInput): Promise<OverdrachtResultaat> {
    return firstValueFrom(
      this.http.post<OverdrachtResultaat>(`${API}/casussen/${encodeURIComponent(casusId)}/overdracht`, invoer),
    );
  }

  /** One page, newest first. */
  lijst(cursor: string | null = null, limit?: number): Promise<Paged<OverdrachtDto>> {
    return firstValueFrom(
      this.http.get<Paged<OverdrachtDto>>(`${API}/overdrachten`, { params: metPagina(new HttpParams(), cursor, limit) }),
    );
  }

  accepteer(id: string): Promise<AcceptatieResultaat> {
    return firstValueFrom(this.http.post<AcceptatieResultaat>(`${API}/overdrachten/${encodeURIComponent(id)}/accepteren`, {}));
  }

  bevestigOntvangst(id: string): Promise<{ id: string; status: 'geaccepteerd' }> {
    return firstValueFrom(
      this.http.post<{ id: string; status: 'geaccepteerd' }>(`${API}/overdrachten/${encodeURIComponent(id)}/ontvangen`, {}),
    );
  }

  /**
   * The connected regions other than the own one. There is no list of regions for region staff: the
   * gemeenten (reference data, any session) name the active region each belongs to.
   */
  async regios(eigenRegioId: string | null): Promise<OntvangendeRegio[]> {
    const perRegio = new Map<string, OntvangendeRegio>();
    for (const g of await this.platform.gemeenten()) {
      if (!g.regioId || !g.regioNaam || g.regioId === eigenRegioId) continue;
      const regio = perRegio.get(g.regioId) ?? { id: g.regioId, naam: g.regioNaam, gemeenten: [] };
      regio.gemeenten.push(g.naam);
      perRegio.set(g.regioId, regio);
    }
    return [...perRegio.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }
}
