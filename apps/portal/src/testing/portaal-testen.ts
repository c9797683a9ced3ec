import type { ComponentFixture } from '@angular/core/testing';
import type { MeResponse } from '@rmc/shared-api-types';
import { defineAbilityFor, packRules } from '@rmc/shared-authz';
import type { Rol } from '@rmc/shared-domain';

/**
 * Helpers for the portal's TestBed specs (not part of the app build: tsconfig.app.json excludes
 * src/testing). The session carries the real packed CASL rules of the role, as GET /auth/me sends them.
 */
export function meAls(rol: Rol, delingen: Array<{ casusId: string; secties: string[] }> = []): MeResponse {
  const regio = !rol.startsWith('school') && rol !== 'platform-beheerder';
  const context = {
    gebruikerId: `gebruiker-${rol}`,
    rol,
    regioId: regio ? 'regio-1' : null,
    organisatieId: 'organisatie-1',
    vestigingId: rol.startsWith('school') ? 'vestiging-1' : null,
    instellingId: rol.startsWith('school') ? 'instelling-1' : null,
    delingen,
  };
  return {
    gebruiker: { id: context.gebruikerId, naam: `Test ${rol}`, email: `${rol}@example.org`, totpActief: true },
    regio: regio ? { id: 'regio-1', naam: 'Regio Test' } : null,
    organisatie: { id: 'organisatie-1', naam: 'Organisatie Test', soort: 'rmc' },
    rollen: [rol],
    rules: packRules(defineAbilityFor(context).rules as never),
    totpInstellenVereist: false,
  };
}

/**
 * Lets pending promises (API calls answered by a mock) resolve and renders again, a few rounds,
 * until the page shows the result.
 */
export async function wachtOpScherm(fixture: ComponentFixture<unknown>, rondes = 4): Promise<void> {
  for (let i = 0; i < rondes; i++) {
    await new Promise((klaar) => setTimeout(klaar, 0));
    fixture.detectChanges();
    await fixture.whenStable();
  }
}

/** The visible text of an element, whitespace collapsed. */
export function tekst(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Rows of the table with this caption (body rows only), each as its cells' texts. */
export function tabelRijen(root: HTMLElement, bijschrift: string): string[][] {
  const tabel = [...root.querySelectorAll('table')].find((t) => tekst(t.querySelector('caption')) === bijschrift);
  if (!tabel) throw new Error(`Geen tabel met bijschrift "${bijschrift}"`);
  return [...tabel.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => tekst(td)));
}

/** The button with exactly this text, or undefined. */
export function knop(root: HTMLElement, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => tekst(b) === label);
}
