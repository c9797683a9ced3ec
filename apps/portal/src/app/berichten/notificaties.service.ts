import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import type { NotificatieDto, NotificatieLijst } from '@rmc/shared-api-types';
import { API } from '../core/api';
import { leesProbleem } from '../core/formulier-status';

const POLL_MS = 30_000;
/**
 * Only poll while someone is actually using the portal: every API call renews the session, so a
 * bell that polls an idle tab would defeat the region's "log out after N minutes idle" setting
 * (minimum 5 minutes). Two minutes without input or navigation and the bell stops asking.
 */
const ACTIEF_MS = 2 * 60_000;

/** In-app notifications of the logged-in user: unread count for the bell, the list for /berichten. */
@Injectable({ providedIn: 'root' })
export class NotificatiesService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  readonly items = signal<NotificatieDto[]>([]);
  readonly ongelezen = signal(0);
  /** All of the user's notifications (the server counts them) and the cursor of the next page. */
  readonly totaal = signal<number | null>(null);
  readonly volgende = signal<string | null>(null);
  readonly bezig = signal(false);
  /** False when the server has no notifications endpoint (yet): the bell then stays quiet. */
  readonly beschikbaar = signal(true);
  readonly geladen = signal(false);
  readonly heeftOngelezen = computed(() => this.ongelezen() > 0);

  private timer: ReturnType<typeof setInterval> | null = null;
  private laatsteActiviteit = Date.now();
  private readonly opActiviteit = () => (this.laatsteActiviteit = Date.now());

  /** Starts polling for the lifetime of the caller (the shell). */
  start(destroyRef: DestroyRef): void {
    this.stop();
    this.laatsteActiviteit = Date.now();
    void this.laad();
    for (const soort of ['pointerdown', 'keydown'] as const)
      document.addEventListener(soort, this.opActiviteit, { passive: true, capture: true });
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible' && Date.now() - this.laatsteActiviteit < ACTIEF_MS) void this.laad();
    }, POLL_MS);
    this.router.events
      .pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => {
        this.laatsteActiviteit = Date.now();
        void this.laad();
      });
    destroyRef.onDestroy(() => {
      this.stop();
      this.vergeet();
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const soort of ['pointerdown', 'keydown'] as const)
      document.removeEventListener(soort, this.opActiviteit, { capture: true });
  }

  async laad(): Promise<void> {
    if (!this.beschikbaar()) return;
    try {
      const lijst = await firstValueFrom(this.http.get<NotificatieLijst>(`${API}/notificaties`));
      const eerste = lijst.items ?? [];
      const ids = new Set(eerste.map((n) => n.id));
      const laatste = eerste.at(-1)?.aangemaaktOp;
      // Polling refreshes the first page; pages loaded with "Meer laden" stay below it.
      const verder =
        this.items().length > eerste.length && laatste
          ? this.items().filter((n) => !ids.has(n.id) && n.aangemaaktOp <= laatste)
          : [];
      this.items.set([...eerste, ...verder]);
      if (!verder.length) this.volgende.set(lijst.volgende ?? null);
      this.totaal.set(lijst.total ?? null);
      this.ongelezen.set(lijst.ongelezen ?? eerste.filter((n) => !n.gelezen).length);
    } catch (fout) {
      // 404: not on this server (yet); 401 is handled by the interceptor. Other errors: try next time.
      if (leesProbleem(fout).status === 404) this.beschikbaar.set(false);
    } finally {
      this.geladen.set(true);
    }
  }

  /** Appends the next page (the Berichten page's "Meer laden"). */
  async meer(): Promise<void> {
    const cursor = this.volgende();
    if (!cursor || this.bezig()) return;
    this.bezig.set(true);
    try {
      const lijst = await firstValueFrom(this.http.get<NotificatieLijst>(`${API}/notificaties`, { params: { cursor } }));
      const ids = new Set(this.items().map((n) => n.id));
      this.items.update((al) => [...al, ...lijst.items.filter((n) => !ids.has(n.id))]);
      this.volgende.set(lijst.volgende);
    } finally {
      this.bezig.set(false);
    }
  }

  async markeerGelezen(id: string): Promise<void> {
    await firstValueFrom(this.http.post(`${API}/notificaties/${encodeURIComponent(id)}/gelezen`, {}));
    const was = this.items().find((n) => n.id === id);
    this.items.update((lijst) => lijst.map((n) => (n.id === id ? { ...n, gelezen: true } : n)));
    if (was && !was.gelezen) this.ongelezen.update((n) => Math.max(0, n - 1));
  }

  vergeet(): void {
    this.items.set([]);
    this.ongelezen.set(0);
    this.totaal.set(null);
    this.volgende.set(null);
    this.geladen.set(false);
  }
}

/** Only links inside the portal are followed (a notification text is data, not a navigation target). */
export function interneLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let pad = link;
  try {
    const url = new URL(link, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    pad = url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
  return pad.startsWith('/') && !pad.startsWith('//') ? pad : null;
}
