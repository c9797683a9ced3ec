import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CasusDto, Paged, PlanActieStatus } from '@rmc/shared-api-types';
import type { OrganisatieSoort } from '@rmc/shared-domain';
import { API, metPagina } from '../core/api';
import type { FormulierStatus } from '../core/formulier-status';

/** GET /api/v1/overleggen — one row of the list. */
export interface OverlegSamenvatting {
  id: string;
  reeksId: string | null;
  soort: string;
  titel: string;
  start: string;
  plaats: string | null;
  onlineLink: string | null;
  voorzitterId: string;
  voorzitter: string;
  deelnemerOrganisaties: string[];
  status: OverlegStatus;
}

export type OverlegStatus = 'gepland' | 'vastgesteld';

export interface ActieHistorie {
  status: PlanActieStatus;
  toelichting: string | null;
  op: string;
}

/** An action item of a meeting (a partner sees only its own organisation's). */
export interface OverlegActie {
  id: string;
  agendapuntId: string | null;
  omschrijving: string;
  eigenaarOrganisatieId: string;
  eigenaar: string | null;
  deadline: string | null;
  status: PlanActieStatus;
  historie: ActieHistorie[];
}

export interface Agendapunt {
  id: string;
  casusId: string;
  /** Null (with `nietMeerGedeeld`) for a partner whose share of this case has ended. */
  vraag: string | null;
  notities: string | null;
  nietMeerGedeeld?: boolean;
  besluiten: string[];
  volgorde: number;
  acties: OverlegActie[];
}

export interface OverlegDeelnemer {
  gebruikerId: string;
  naam: string;
  aanwezig: boolean | null;
}

/** GET /api/v1/overleggen/:id (and the answer of every change). */
export interface OverlegDto extends OverlegSamenvatting {
  isVoorzitter: boolean;
  organisaties: { id: string; naam: string; soort: OrganisatieSoort }[];
  deelnemers: OverlegDeelnemer[];
  agenda: Agendapunt[];
  meegenomenActies: OverlegActie[];
}

/** POST /api/v1/overleggen */
export interface OverlegCreate {
  soort: string;
  titel: string;
  start: string;
  plaats?: string;
  onlineLink?: string;
  deelnemerOrganisaties: string[];
  reeksId?: string;
  nieuweReeks?: string;
}

export interface OverlegActieInput {
  omschrijving: string;
  eigenaarOrganisatieId: string;
  eigenaarGebruikerId?: string;
  deadline: string;
}

/** GET /api/v1/overleggen/:id/verslag — per participant: only what that participant may see. */
export interface VerslagDto {
  titel: string;
  soort: string;
  start: string;
  status: OverlegStatus;
  deelnemers: OverlegDeelnemer[];
  /** `nietMeerGedeeld`: the reader's share of this case ended; only its own actions remain. */
  punten: {
    vraag: string | null;
    notities: string | null;
    besluiten: string[];
    acties: OverlegActie[];
    casus: CasusDto | null;
    nietMeerGedeeld: boolean;
  }[];
}

/** GET /api/v1/acties/mijn — the user's own open actions (partner: its organisation's), overdue first. */
export interface MijnActie {
  id: string;
  casusId: string;
  omschrijving: string;
  deadline: string | null;
  status: PlanActieStatus;
  overlegId: string | null;
  teLaat: boolean;
}

const pad = (id: string, rest = '') => `${API}/overleggen/${encodeURIComponent(id)}${rest}`;
const punt = (id: string, puntId: string, rest: string) => pad(id, `/agendapunten/${encodeURIComponent(puntId)}${rest}`);

/** /api/v1/overleggen. Every change answers with the whole meeting as this user may see it. */
@Injectable({ providedIn: 'root' })
export class OverlegApi {
  private readonly http = inject(HttpClient);

  /** One page: newest first, or (`vanaf`, `volgorde: 'oplopend'`) from a day on in start order; `tot`: before a day. */
  lijst(
    filter: { vanaf?: string; tot?: string; volgorde?: 'oplopend' | 'aflopend' } = {},
    cursor: string | null = null,
    limit?: number,
  ): Promise<Paged<OverlegSamenvatting>> {
    let params = new HttpParams();
    for (const [naam, waarde] of Object.entries(filter)) if (waarde) params = params.set(naam, waarde);
    return firstValueFrom(
      this.http.get<Paged<OverlegSamenvatting>>(`${API}/overleggen`, { params: metPagina(params, cursor, limit) }),
    );
  }

  haal(id: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.get<OverlegDto>(pad(id)));
  }

  maak(invoer: OverlegCreate): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(`${API}/overleggen`, invoer));
  }

  agendapunt(id: string, invoer: { casusId: string; vraag: string }): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(pad(id, '/agendapunten'), invoer));
  }

  casus(id: string, puntId: string): Promise<CasusDto> {
    return firstValueFrom(this.http.get<CasusDto>(punt(id, puntId, '/casus')));
  }

  notities(id: string, puntId: string, notities: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.put<OverlegDto>(punt(id, puntId, '/notities'), { notities }));
  }

  besluit(id: string, puntId: string, tekst: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(punt(id, puntId, '/besluiten'), { tekst }));
  }

  actie(id: string, puntId: string, invoer: OverlegActieInput): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(punt(id, puntId, '/acties'), invoer));
  }

  aanwezigheid(id: string, aanwezig: string[]): Promise<OverlegDto> {
    return firstValueFrom(this.http.put<OverlegDto>(pad(id, '/aanwezigheid'), { aanwezig }));
  }

  stelVast(id: string): Promise<OverlegDto> {
    return firstValueFrom(this.http.post<OverlegDto>(pad(id, '/vaststellen'), {}));
  }

  verslag(id: string): Promise<VerslagDto> {
    return firstValueFrom(this.http.get<VerslagDto>(pad(id, '/verslag')));
  }

  /** The reader's verslag as a PDF file (audited as an export). */
  verslagPdf(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(pad(id, '/verslag/pdf'), { responseType: 'blob' }));
  }

  /** One page of the user's open actions, by deadline (none last); `total` counts them all. */
  mijnActies(cursor: string | null = null, limit?: number): Promise<Paged<MijnActie>> {
    return firstValueFrom(
      this.http.get<Paged<MijnActie>>(`${API}/acties/mijn`, { params: metPagina(new HttpParams(), cursor, limit) }),
    );
  }

  /**
   * Live updates (server-sent events): `bijgewerkt` carries no content, the caller refetches through
   * its own slice. Same-origin cookie auth; a GET needs no portal header. Returns the closer.
   */
  luister(id: string, bijgewerkt: () => void, verbinding: (open: boolean) => void): () => void {
    if (typeof EventSource === 'undefined') {
      verbinding(false);
      return () => undefined;
    }
    const bron = new EventSource(pad(id, '/stream'), { withCredentials: true });
    bron.addEventListener('open', () => verbinding(true));
    bron.addEventListener('bijgewerkt', () => bijgewerkt());
    // The browser reconnects by itself after a dropped connection; CLOSED means it gave up (401/404).
    bron.addEventListener('error', () => verbinding(bron.readyState === EventSource.OPEN));
    return () => bron.close();
  }
}

/** What a form reports after a change: the meeting as the API answered it, and the message to announce. */
export interface OverlegWijziging {
  overleg: OverlegDto;
  bericht: string;
}

/** Runs a change with the form's busy flag and error display; the changed meeting, or null when it failed. */
export async function voerOverlegUit(
  status: FormulierStatus,
  actie: () => Promise<OverlegDto>,
  teksten?: Partial<Record<number, string>>,
): Promise<OverlegDto | null> {
  const uitkomst: { overleg: OverlegDto | null } = { overleg: null };
  const gelukt = await status.voerUit(async () => {
    uitkomst.overleg = await actie();
  }, teksten);
  return gelukt ? uitkomst.overleg : null;
}
