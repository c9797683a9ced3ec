import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { GemeenteDto, Paged } from '@rmc/shared-api-types';
import { API, alsLijst } from './api';

/**
 * Names of the municipalities (GET /api/v1/gemeenten, reference data for any session), loaded once:
 * pages show "Zwolle", never the CBS code "GM0193". Until the list is there, or for a code it does
 * not know, the code itself is shown.
 */
@Injectable({ providedIn: 'root' })
export class GemeentenNamen {
  private readonly http = inject(HttpClient);
  private readonly namen = signal<ReadonlyMap<string, string>>(new Map());
  private geladen: Promise<void> | null = null;

  /** Start loading (call from a page's constructor); later calls reuse the first request. */
  laad(): Promise<void> {
    this.geladen ??= firstValueFrom(this.http.get<GemeenteDto[] | Paged<GemeenteDto>>(`${API}/gemeenten`)).then(
      (antwoord) => this.namen.set(new Map(alsLijst(antwoord).map((g) => [g.code, g.naam]))),
      () => {
        // Without the list the codes stay visible; a later page may try again.
        this.geladen = null;
      },
    );
    return this.geladen;
  }

  /** "Zwolle" for "GM0193" (reads a signal: templates follow when the list arrives). */
  naam(code: string | null | undefined): string | null {
    if (!code) return null;
    return this.namen().get(code) ?? code;
  }
}
