import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  AanvullingAntwoord,
  AanvullingVraag,
  ConsulentDto,
  ImportStart,
  ImportStatus,
  InstellingDto,
  MeldingCreate,
  MeldingDto,
  MeldingLijst,
  MeldingenFilter,
  OordeelInput,
  Paged,
  TerugkoppelingInput,
  Toewijzing,
} from '@rmc/shared-api-types';
import { API, alsLijst, metPagina } from '../core/api';

const pad = (id: string, rest = '') => `${API}/meldingen/${encodeURIComponent(id)}${rest}`;

/** /api/v1/meldingen: the server shapes each melding to the caller's slice (school or region). */
@Injectable({ providedIn: 'root' })
export class MeldingenApi {
  private readonly http = inject(HttpClient);

  /** One page, newest first: the school's own vestiging, or the region's meldingen (triage). */
  lijst(filter: MeldingenFilter = {}, cursor: string | null = null, limit?: number): Promise<MeldingLijst> {
    let params = new HttpParams();
    if (filter.status) params = params.set('status', filter.status);
    if (filter.weergave) params = params.set('weergave', filter.weergave);
    if (filter.volgorde) params = params.set('volgorde', filter.volgorde);
    return firstValueFrom(this.http.get<MeldingLijst>(`${API}/meldingen`, { params: metPagina(params, cursor, limit) }));
  }

  haal(id: string): Promise<MeldingDto> {
    return firstValueFrom(this.http.get<MeldingDto>(pad(id)));
  }

  maak(melding: MeldingCreate): Promise<MeldingDto> {
    return firstValueFrom(this.http.post<MeldingDto>(`${API}/meldingen`, melding));
  }

  vraagAanvulling(id: string, vraag: AanvullingVraag): Promise<MeldingDto> {
    return firstValueFrom(this.http.post<MeldingDto>(pad(id, '/aanvulling-vragen'), vraag));
  }

  vulAan(id: string, antwoord: AanvullingAntwoord): Promise<MeldingDto> {
    return firstValueFrom(this.http.post<MeldingDto>(pad(id, '/aanvulling'), antwoord));
  }

  wijsToe(id: string, toewijzing: Toewijzing): Promise<MeldingDto> {
    return firstValueFrom(this.http.post<MeldingDto>(pad(id, '/toewijzing'), toewijzing));
  }

  geefOordeel(id: string, oordeel: OordeelInput): Promise<MeldingDto> {
    return firstValueFrom(this.http.post<MeldingDto>(pad(id, '/oordeel'), oordeel));
  }

  koppelTerug(id: string, terugkoppeling: TerugkoppelingInput): Promise<MeldingDto> {
    return firstValueFrom(this.http.post<MeldingDto>(pad(id, '/terugkoppeling'), terugkoppeling));
  }

  async consulenten(): Promise<ConsulentDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<ConsulentDto[] | Paged<ConsulentDto>>(`${API}/meldingen/consulenten`)));
  }

  startImport(start: ImportStart): Promise<ImportStatus> {
    return firstValueFrom(this.http.post<ImportStatus>(`${API}/meldingen/import`, start));
  }

  importStatus(id: string): Promise<ImportStatus> {
    return firstValueFrom(this.http.get<ImportStatus>(`${API}/meldingen/import/${encodeURIComponent(id)}`));
  }

  /** The school registry: a school user files for one of the vestigingen of its own instelling. */
  async instellingen(): Promise<InstellingDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<InstellingDto[] | Paged<InstellingDto>>(`${API}/instellingen`)));
  }
}
