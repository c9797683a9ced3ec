import { HttpErrorResponse } from '@angular/common/http';
import { computed, signal } from '@angular/core';
import { probleemCode, type ProblemDetails } from '@rmc/shared-api-types';

/**
 * State of one form: busy flag, field errors and the general message. Field errors come from the
 * client checks or from problem+json `errors[]` (field names equal the request properties).
 */
export class FormulierStatus {
  readonly bezig = signal(false);
  readonly velden = signal<Record<string, string>>({});
  readonly detail = signal<string | null>(null);
  readonly heeftFouten = computed(() => !!this.detail() || Object.keys(this.velden()).length > 0);

  fout(veld: string): string | null {
    return this.velden()[veld] ?? null;
  }

  wis(): void {
    this.velden.set({});
    this.detail.set(null);
  }

  toonVeldfouten(fouten: Record<string, string>): void {
    this.detail.set(null);
    this.velden.set(fouten);
  }

  toonProbleem(fout: unknown, teksten: Partial<Record<number, string>> = {}): void {
    const probleem = leesProbleem(fout);
    const velden: Record<string, string> = {};
    for (const e of probleem.errors ?? []) velden[e.field] ??= e.message;
    this.velden.set(velden);
    // Field errors: the summary lists them; the API's detail only repeats them (in one line, or the
    // same reason again, as with the 7-day rule), so the summary then gets the plain title.
    const berichten = Object.values(velden);
    const alleenVelden =
      (probleem.status === 400 && berichten.length > 0) ||
      (berichten.length > 0 && berichten.every((b) => b === probleem.detail));
    this.detail.set(
      alleenVelden ? (teksten[400] ?? null) : (probleem.detail ?? teksten[probleem.status] ?? standaardTekst(probleem.status)),
    );
  }

  /** Runs an API action with the busy flag set and errors shown; returns false when it failed. */
  async voerUit(actie: () => Promise<unknown>, teksten?: Partial<Record<number, string>>): Promise<boolean> {
    this.bezig.set(true);
    this.wis();
    try {
      await actie();
      return true;
    } catch (fout) {
      this.toonProbleem(fout, teksten);
      return false;
    } finally {
      this.bezig.set(false);
    }
  }
}

/** Status, detail, field errors and the typed problem code (switch on `code`, never on the type URL). */
export function leesProbleem(fout: unknown): Pick<ProblemDetails, 'status' | 'detail' | 'errors' | 'code'> {
  if (fout instanceof HttpErrorResponse) {
    const body = typeof fout.error === 'object' && fout.error !== null ? (fout.error as Partial<ProblemDetails>) : {};
    return {
      status: fout.status,
      detail: body.detail,
      errors: Array.isArray(body.errors) ? body.errors : undefined,
      code: probleemCode(body) ?? undefined,
    };
  }
  return { status: -1, detail: undefined };
}

function standaardTekst(status: number): string {
  if (status === 0) return 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.';
  if (status === 403) return 'U heeft geen toestemming voor deze actie.';
  if (status === 404) return 'Dit gegeven bestaat niet (meer).';
  if (status === 429) return 'Te veel pogingen. Wacht een paar minuten en probeer het opnieuw.';
  // Saturation (an export limit, a full queue): the API asks to retry after a few seconds.
  if (status === 503) return 'De server is op dit moment te druk. Probeer het over enkele seconden opnieuw.';
  if (status >= 500) return 'Er ging iets mis bij de server. Probeer het later opnieuw.';
  return 'Dat lukte niet. Controleer de gegevens en probeer het opnieuw.';
}
