import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CasusCreate,
  CasusDto,
  CasusLijstItem,
  CasusSamenvatting,
  CasussenFilter,
  ConsulentDto,
  ContactmomentInput,
  DelingInput,
  FaseInput,
  Big5Input,
  IntakeInput,
  JongereReactieVoorConsulentDto,
  MachtigingInput,
  NotitieInput,
  Paged,
  PlanActieInput,
  PlanActieStatusInput,
  PlanInput,
  RegieInput,
  ScanInput,
  SignaleringInput,
  ToewijzingInput,
} from '@rmc/shared-api-types';
import { API, alsLijst, allePaginas, metPagina } from '../core/api';
import type { FormulierStatus } from '../core/formulier-status';

const pad = (id: string, rest = '') => `${API}/casussen/${encodeURIComponent(id)}${rest}`;

/**
 * /api/v1/casussen. Every change answers with the whole case as this user may see it, so a page
 * replaces its copy with the answer instead of loading again.
 */
@Injectable({ providedIn: 'root' })
export class CasusApi {
  private readonly http = inject(HttpClient);

  /** The young person's answers to the plan's contact agreements (RMC roles: CASL invite JongereDossier). */
  jongereReacties(id: string): Promise<JongereReactieVoorConsulentDto[]> {
    return firstValueFrom(this.http.get<JongereReactieVoorConsulentDto[]>(pad(id, '/jongere-reacties')));
  }

  /**
   * Region staff, for pickers: the region's newest cases with all summary fields (at most 500; a
   * picker over a whole region needs a search, a later issue).
   */
  /** The whole caseload; with `gedeeldMet` only cases actively shared with every one of those organisations (RMC). */
  async lijst(gedeeldMet: string[] = []): Promise<CasusSamenvatting[]> {
    const filter = gedeeldMet.length ? new HttpParams().set('gedeeldMet', gedeeldMet.join(',')) : new HttpParams();
    return allePaginas((cursor) =>
      firstValueFrom(this.http.get<Paged<CasusSamenvatting>>(`${API}/casussen`, { params: metPagina(filter, cursor, 100) })),
    );
  }

  /**
   * One page of the list for any caller, newest first: a partner may get only some fields, or only
   * the id (CasusLijstItem). The filters run on the server (a partner may use fase and doelgroep only).
   */
  zichtbaar(filter: CasussenFilter = {}, cursor: string | null = null): Promise<Paged<CasusLijstItem>> {
    let params = new HttpParams();
    for (const [naam, waarde] of Object.entries(filter))
      if (waarde !== undefined && waarde !== null && waarde !== '') params = params.set(naam, String(waarde));
    return firstValueFrom(this.http.get<Paged<CasusLijstItem>>(`${API}/casussen`, { params: metPagina(params, cursor) }));
  }

  haal(id: string): Promise<CasusDto> {
    return firstValueFrom(this.http.get<CasusDto>(pad(id)));
  }

  maak(casus: CasusCreate): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(`${API}/casussen`, casus));
  }

  naarFase(id: string, invoer: FaseInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, '/fase'), invoer));
  }

  signalering(id: string, invoer: SignaleringInput): Promise<CasusDto> {
    return firstValueFrom(this.http.put<CasusDto>(pad(id, '/signalering'), invoer));
  }

  big5(id: string, invoer: Big5Input): Promise<CasusDto> {
    return firstValueFrom(this.http.put<CasusDto>(pad(id, '/big5'), invoer));
  }

  /** Goals and agreed contact moments of the plan van aanpak (replaces both lists). */
  plan(id: string, invoer: PlanInput): Promise<CasusDto> {
    return firstValueFrom(this.http.put<CasusDto>(pad(id, '/plan'), invoer));
  }

  intake(id: string, invoer: IntakeInput): Promise<CasusDto> {
    return firstValueFrom(this.http.put<CasusDto>(pad(id, '/intake'), invoer));
  }

  scan(id: string, invoer: ScanInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, '/scans'), invoer));
  }

  actie(id: string, invoer: PlanActieInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, '/acties'), invoer));
  }

  actieStatus(id: string, actieId: string, invoer: PlanActieStatusInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, `/acties/${encodeURIComponent(actieId)}/status`), invoer));
  }

  regie(id: string, invoer: RegieInput): Promise<CasusDto> {
    return firstValueFrom(this.http.put<CasusDto>(pad(id, '/regie'), invoer));
  }

  /** Coördinator only: another consulent (their open actions move along) and optionally a corrected doelgroep. */
  wijsToe(id: string, invoer: ToewijzingInput): Promise<CasusDto> {
    return firstValueFrom(this.http.put<CasusDto>(pad(id, '/toewijzing'), invoer));
  }

  contact(id: string, invoer: ContactmomentInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, '/contacten'), invoer));
  }

  deel(id: string, invoer: DelingInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, '/delingen'), invoer));
  }

  machtigingToevoegen(id: string, delingId: string, invoer: MachtigingInput): Promise<unknown> {
    return firstValueFrom(this.http.put(pad(id, `/delingen/${encodeURIComponent(delingId)}/machtiging`), invoer));
  }

  machtiging(id: string, delingId: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(pad(id, `/delingen/${encodeURIComponent(delingId)}/machtiging`), { responseType: 'blob' }),
    );
  }

  trekDelingIn(id: string, delingId: string): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, `/delingen/${encodeURIComponent(delingId)}/intrekken`), {}));
  }

  notitie(id: string, invoer: NotitieInput): Promise<CasusDto> {
    return firstValueFrom(this.http.post<CasusDto>(pad(id, '/notities'), invoer));
  }

  /** Who can hold the procesregie: the region's consulenten (same list as for assigning meldingen). */
  async consulenten(): Promise<ConsulentDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<ConsulentDto[] | Paged<ConsulentDto>>(`${API}/meldingen/consulenten`)));
  }
}

/** Runs a change with the form's busy flag and error display; the changed case, or null when it failed. */
export async function voerWijzigingUit(status: FormulierStatus, actie: () => Promise<CasusDto>): Promise<CasusDto | null> {
  const uitkomst: { casus: CasusDto | null } = { casus: null };
  const gelukt = await status.voerUit(async () => {
    uitkomst.casus = await actie();
  });
  return gelukt ? uitkomst.casus : null;
}
