import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { JongereAfspraakReactieInput, JongereInzageDto, JongereOverzichtDto, JongereSessieDto } from '@rmc/shared-api-types';
import { firstValueFrom } from 'rxjs';
import { API } from '../core/api';

/** The young person's own API (/api/v1/jongere): its own cookie, never the professionals' session. */
@Injectable({ providedIn: 'root' })
export class JongereApi {
  private readonly http = inject(HttpClient);
  private readonly basis = `${API}/jongere`;

  link(token: string) {
    return firstValueFrom(this.http.post<JongereSessieDto>(`${this.basis}/link`, { token }));
  }
  vraagCode(email: string) {
    return firstValueFrom(this.http.post<void>(`${this.basis}/code`, { email }));
  }
  inloggen(email: string, code: string) {
    return firstValueFrom(this.http.post<JongereSessieDto>(`${this.basis}/inloggen`, { email, code }));
  }
  uitloggen() {
    return firstValueFrom(this.http.post<void>(`${this.basis}/uitloggen`, {}));
  }
  overzicht() {
    return firstValueFrom(this.http.get<JongereOverzichtDto>(`${this.basis}/overzicht`));
  }
  inzage() {
    return firstValueFrom(this.http.get<JongereInzageDto>(`${this.basis}/inzage`));
  }
  reageer(sleutel: string, invoer: JongereAfspraakReactieInput) {
    return firstValueFrom(
      this.http.post<JongereOverzichtDto>(`${this.basis}/afspraken/${encodeURIComponent(sleutel)}/reactie`, invoer),
    );
  }
  actieGedaan(id: string) {
    return firstValueFrom(this.http.post<JongereOverzichtDto>(`${this.basis}/acties/${id}/gedaan`, {}));
  }
  bericht(tekst: string) {
    return firstValueFrom(this.http.post<void>(`${this.basis}/berichten`, { tekst }));
  }
  trekIn(delingId: string) {
    return firstValueFrom(this.http.post<JongereInzageDto>(`${this.basis}/toestemmingen/${delingId}/intrekken`, {}));
  }
}
