import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { AlertComponent, DataTableComponent, PageHeaderComponent, formatDatum, type Kolom } from '@rmc/portal-ui';
import { actieStatusBadge } from '../casus/casus-teksten';
import { leesProbleem } from '../core/formulier-status';
import { MeerLadenComponent } from '../core/meer-laden.component';
import { PaginaLijst } from '../core/pagina-lijst';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { OverlegApi, type MijnActie } from './overleg.api';

/** The case of an action: there its status is kept up to date (region: the plan; partner: its own actions). */
export function actieLink(a: MijnActie): string {
  return `/casussen/${encodeURIComponent(a.casusId)}`;
}

/**
 * ", waarvan N te laat" over the loaded rows. Overdue actions come first (by deadline), so while every
 * loaded row is overdue and more pages exist, the true number is at least N.
 */
export function teLaatTekst(acties: readonly MijnActie[], meer: boolean): string {
  const teLaat = acties.filter((a) => a.teLaat).length;
  if (!teLaat) return '';
  return meer && teLaat === acties.length ? `, waarvan minstens ${teLaat} te laat` : `, waarvan ${teLaat} te laat`;
}

/**
 * The action tracker across cases and meetings: the user's own open actions (a partner: its
 * organisation's), overdue first. The status is changed in the case, where the history is kept.
 */
@Component({
  selector: 'rmc-mijn-acties-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageHeaderComponent, AlertComponent, DataTableComponent, MeerLadenComponent],
  template: `
    <rmc-page-header titel="Mijn acties" [intro]="intro()" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (laden()) {
      <p class="utrecht-paragraph" role="status">Acties worden geladen…</p>
    } @else {
      <p class="utrecht-paragraph">{{ telling() }}</p>
      <rmc-data-table
        bijschrift="Open acties, te late eerst"
        [kolommen]="kolommen"
        [rijen]="acties()"
        [rijKlasse]="rijKlasse"
        leegTekst="U heeft geen open acties."
      />
      <rmc-meer-laden
        wat="acties"
        enkelvoud="actie"
        [aantal]="acties().length"
        [totaal]="pagina.totaal()"
        [meer]="pagina.meer()"
        [bezig]="pagina.bezig()"
        (laden)="meer()"
      />
    }
  `,
})
export class MijnActiesPage {
  private readonly api = inject(OverlegApi);
  private readonly sessie = inject(SessieService);

  protected readonly pagina = new PaginaLijst<MijnActie>((cursor) => this.api.mijnActies(cursor));
  protected readonly acties = this.pagina.items;
  protected readonly laden = signal(true);
  protected readonly fout = signal<string | null>(null);
  private readonly beheer = computed(() => TOEGANG.casusBeheren(this.sessie.ability()));

  protected readonly intro = computed(() =>
    this.beheer()
      ? 'De open acties die op uw naam staan, uit casussen en overleggen. Werk de status bij in het plan van de casus.'
      : 'De open acties van uw organisatie, uit casussen en overleggen. Laat het RMC in de casus weten hoe het ervoor staat.',
  );
  protected readonly telling = computed(() => {
    const n = this.pagina.totaal() ?? this.acties().length;
    return `${n === 1 ? '1 open actie' : `${n} open acties`}${teLaatTekst(this.acties(), this.pagina.meer())}.`;
  });
  protected readonly kolommen: Kolom<MijnActie>[] = [
    { kop: 'Actie', waarde: (a) => a.omschrijving, link: (a) => actieLink(a) },
    {
      kop: 'Deadline',
      waarde: (a) => formatDatum(a.deadline) || 'Geen',
      badges: (a) => (a.teLaat ? [{ tekst: 'Te laat', soort: 'fout' }] : []),
    },
    { kop: 'Status', waarde: () => '', badges: (a) => [actieStatusBadge(a.status)] },
    {
      kop: 'Uit overleg',
      waarde: (a) => (a.overlegId ? 'Ja, naar het overleg' : 'Nee'),
      link: (a) => (a.overlegId ? `/overleggen/${encodeURIComponent(a.overlegId)}` : null),
    },
  ];
  protected readonly rijKlasse = (a: MijnActie) => (a.teLaat ? 'rmc-rij--te-laat' : null);

  constructor() {
    void this.laad();
  }

  protected async meer(): Promise<void> {
    try {
      await this.pagina.volgendePagina();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'De volgende acties konden niet worden geladen.');
    }
  }

  private async laad(): Promise<void> {
    try {
      await this.pagina.eerste();
    } catch (fout) {
      this.fout.set(leesProbleem(fout).detail ?? 'Uw acties konden niet worden geladen.');
    } finally {
      this.laden.set(false);
    }
  }
}
