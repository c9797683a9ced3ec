import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  IdentiteitsproviderCreateRequest,
  IdentiteitsproviderDto,
  IdentiteitsproviderUpdateRequest,
  InstellingDto,
  OrganisatieDto,
  Paged,
  SsoKnop,
  SsoUitloggenResponse,
} from '@rmc/shared-api-types';
import { API, allePaginas, alsLijst, metPagina } from '../core/api';

/** Single sign-on: the providers a region (its organisations) or the platform (school instellingen) manages. */
@Injectable({ providedIn: 'root' })
export class IdentiteitsprovidersApi {
  private readonly http = inject(HttpClient);

  lijst(): Promise<IdentiteitsproviderDto[]> {
    return firstValueFrom(this.http.get<IdentiteitsproviderDto[]>(`${API}/identiteitsproviders`));
  }

  maak(gegevens: IdentiteitsproviderCreateRequest): Promise<IdentiteitsproviderDto> {
    return firstValueFrom(this.http.post<IdentiteitsproviderDto>(`${API}/identiteitsproviders`, gegevens));
  }

  wijzig(id: string, wijziging: IdentiteitsproviderUpdateRequest): Promise<IdentiteitsproviderDto> {
    return firstValueFrom(this.http.patch<IdentiteitsproviderDto>(`${API}/identiteitsproviders/${id}`, wijziging));
  }

  /** The region's organisations (for a region's provider). */
  organisaties(): Promise<OrganisatieDto[]> {
    return allePaginas((cursor) =>
      firstValueFrom(
        this.http.get<Paged<OrganisatieDto>>(`${API}/organisaties`, { params: metPagina(new HttpParams(), cursor, 100) }),
      ),
    );
  }

  /** The MBO schools (for a platform provider). */
  async instellingen(): Promise<InstellingDto[]> {
    return alsLijst(await firstValueFrom(this.http.get<InstellingDto[] | Paged<InstellingDto>>(`${API}/instellingen`)));
  }
}

/** Public: the "Inloggen met …" buttons on the login page, and the single sign-on TOTP step and logout. */
@Injectable({ providedIn: 'root' })
export class SsoApi {
  private readonly http = inject(HttpClient);

  knoppen(): Promise<SsoKnop[]> {
    return firstValueFrom(this.http.get<SsoKnop[]>(`${API}/auth/sso/providers`));
  }

  totp(totp: string): Promise<{ ingelogd: true }> {
    return firstValueFrom(this.http.post<{ ingelogd: true }>(`${API}/auth/sso/totp`, { totp }));
  }

  uitloggen(): Promise<SsoUitloggenResponse> {
    return firstValueFrom(this.http.post<SsoUitloggenResponse>(`${API}/auth/sso/uitloggen`, {}));
  }
}
