import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { createAppAbility, unpackRules, type AppAbility } from '@rmc/shared-authz';
import type { LoginRequest, LoginResponse, MeResponse, SsoUitloggenResponse } from '@rmc/shared-api-types';
import { ROL_LABELS } from '@rmc/shared-domain';
import { API } from './api';

/**
 * Who is logged in. The session itself is an httpOnly cookie the portal never sees; this only
 * caches GET /auth/me so the shell and the guards can ask "who" and "may I".
 */
@Injectable({ providedIn: 'root' })
export class SessieService {
  private readonly http = inject(HttpClient);

  readonly me = signal<MeResponse | null>(null);
  private geladen = false;

  /** Same CASL rules the API enforces; the portal only uses them to show or hide things. */
  readonly ability = computed<AppAbility>(() => maakAbility(this.me()?.rules ?? []));
  readonly rolLabel = computed(() => (this.me()?.rollen ?? []).map((rol) => ROL_LABELS[rol] ?? rol).join(', '));
  readonly regioNaam = computed(() => this.me()?.regio?.naam ?? this.me()?.organisatie?.naam ?? 'RMC-portaal');

  /** Loads /auth/me once (or again when `opnieuw`); null when not logged in. */
  async laad(opnieuw = false): Promise<MeResponse | null> {
    if (this.geladen && !opnieuw) return this.me();
    try {
      this.me.set(await firstValueFrom(this.http.get<MeResponse>(`${API}/auth/me`)));
    } catch (fout) {
      if (!(fout instanceof HttpErrorResponse) || fout.status !== 401) throw fout;
      this.me.set(null);
    }
    this.geladen = true;
    return this.me();
  }

  inloggen(gegevens: LoginRequest): Promise<LoginResponse> {
    return firstValueFrom(this.http.post<LoginResponse>(`${API}/auth/login`, gegevens));
  }

  /**
   * Ends the session. After a single sign-on the API answers the identity provider's logout address
   * (RP-initiated logout): the browser goes there, and the provider sends it back to /inloggen.
   */
  async uitloggen(): Promise<void> {
    let naarProvider: string | null = null;
    try {
      naarProvider = (await firstValueFrom(this.http.post<SsoUitloggenResponse>(`${API}/auth/sso/uitloggen`, {}))).redirectUrl;
    } finally {
      this.vergeet();
    }
    if (naarProvider) window.location.assign(naarProvider);
  }

  /** Forget the cached user (after logout or when the API says the session is gone). */
  vergeet(): void {
    this.me.set(null);
    this.geladen = true;
  }
}

/** me.rules is packed with packRules(); accept unpacked rule objects too, so a change there cannot lock everyone out of the menu. */
function maakAbility(regels: unknown[]): AppAbility {
  const ingepakt = regels.length > 0 && Array.isArray(regels[0]);
  const uitgepakt = ingepakt ? unpackRules(regels as never) : regels;
  return createAppAbility(uitgepakt as AppAbility['rules']);
}
