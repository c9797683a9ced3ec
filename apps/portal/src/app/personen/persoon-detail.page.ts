import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PersoonDto, TijdlijnItem } from '@rmc/shared-api-types';
import { AlertComponent, PageHeaderComponent, formatDatum } from '@rmc/portal-ui';
import { leesProbleem } from '../core/formulier-status';
import { GemeentenNamen } from '../core/gemeenten';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { CasusTijdlijnComponent } from '../casus/casus-tijdlijn.component';
import { PersonenApi, persoonNaam } from './personen.api';
import { PersoonInzageComponent } from './persoon-inzage.component';
import { PersoonWissenFormComponent } from './persoon-wissen-form.component';

/** Labels in display order; a field the server left out (not in the user's slice) is not shown. */
const VELDEN: { veld: Exclude<keyof PersoonDto, 'id'>; label: string; opmaak?: (waarde: string) => string }[] = [
  { veld: 'voornaam', label: 'Voornaam' },
  { veld: 'achternaam', label: 'Achternaam' },
  { veld: 'geboortedatum', label: 'Geboortedatum', opmaak: formatDatum },
  { veld: 'bsn', label: 'BSN' },
  { veld: 'postcode', label: 'Postcode' },
  { veld: 'gemeenteCode', label: 'Gemeente' },
  { veld: 'telefoon', label: 'Telefoon' },
  { veld: 'email', label: 'E-mailadres' },
];

@Component({
  selector: 'rmc-persoon-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    PersoonInzageComponent,
    PersoonWissenFormComponent,
    CasusTijdlijnComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug"><a class="utrecht-link" routerLink="/personen">Terug naar de lijst met jongeren</a></p>
    <rmc-page-header [titel]="titel()" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (persoon()) {
      <section aria-labelledby="gegevens-kop">
        <h2 class="utrecht-heading-2" id="gegevens-kop">Persoonsgegevens</h2>
        @if (regels().length) {
          <dl class="rmc-gegevens">
            @for (regel of regels(); track regel.label) {
              <dt>{{ regel.label }}</dt>
              <dd>{{ regel.waarde }}</dd>
            }
          </dl>
        }
        <p class="utrecht-paragraph rmc-klein">U ziet alleen de gegevens die u voor uw rol nodig heeft.</p>
      </section>

      @if (tijdlijn(); as items) {
        <rmc-casus-tijdlijn
          [items]="items"
          [meldingLinks]="magMeldingenZien()"
          uitleg="Meldingen, casussen, fasen, contact, acties, delingen en overleggen van deze jongere."
        />
      }

      <rmc-persoon-inzage [persoonId]="id()" />

      @if (magWissen()) {
        <section aria-labelledby="wissen-kop">
          <h2 class="utrecht-heading-2" id="wissen-kop">Gegevens wissen</h2>
          <p class="utrecht-paragraph">
            Vraagt de jongere om zijn of haar gegevens te wissen, en is er geen wettelijke taak meer die bewaren vraagt? Dan kunt
            u alles wissen.
          </p>
          <details class="rmc-details">
            <summary>Gegevens wissen op verzoek</summary>
            <div class="rmc-details__inhoud">
              <rmc-persoon-wissen-form [persoonId]="id()" [naam]="titel()" />
            </div>
          </details>
        </section>
      }
    } @else {
      <p class="utrecht-paragraph" role="status">Gegevens worden geladen…</p>
    }
  `,
})
export class PersoonDetailPage {
  private readonly api = inject(PersonenApi);
  private readonly sessie = inject(SessieService);
  private readonly gemeenten = inject(GemeentenNamen);

  /** Route parameter :id (component input binding). */
  readonly id = input.required<string>();

  protected readonly persoon = signal<PersoonDto | null>(null);
  /** Null for roles without the timeline (the API answers 403/404 to them): the section is left out. */
  protected readonly tijdlijn = signal<TijdlijnItem[] | null>(null);
  protected readonly magMeldingenZien = computed(() => TOEGANG.triage(this.sessie.ability()));
  protected readonly fout = signal<string | null>(null);
  /** Erasure on request: the coördinator (the API decides again). */
  protected readonly magWissen = computed(() => TOEGANG.persoonWissen(this.sessie.ability()));
  protected readonly titel = computed(() => {
    const persoon = this.persoon();
    return persoon ? persoonNaam(persoon) : 'Gegevens jongere';
  });
  protected readonly regels = computed(() => {
    const persoon = this.persoon();
    if (!persoon) return [];
    return VELDEN.filter(({ veld }) => persoon[veld] !== undefined && persoon[veld] !== null && persoon[veld] !== '').map(
      ({ veld, label, opmaak }) => ({
        label,
        waarde:
          veld === 'gemeenteCode'
            ? `${this.gemeenten.naam(persoon.gemeenteCode)} (${persoon.gemeenteCode})`.replace(/^(\S+) \(\1\)$/, '$1')
            : opmaak
              ? opmaak(persoon[veld] as string)
              : String(persoon[veld]),
      }),
    );
  });

  constructor() {
    void this.gemeenten.laad();
    effect(() => void this.laad(this.id()));
  }

  private async laad(id: string): Promise<void> {
    this.persoon.set(null);
    this.tijdlijn.set(null);
    this.fout.set(null);
    try {
      const persoon = await this.api.haal(id);
      // The name goes in the h1 only; the route's <title> stays generic because titles end up
      // in browser history and synced tabs.
      this.persoon.set(persoon);
      this.tijdlijn.set(await this.api.tijdlijn(id).catch(() => null));
    } catch (fout) {
      const probleem = leesProbleem(fout);
      this.fout.set(
        probleem.status === 404
          ? 'Deze jongere bestaat niet of u mag de gegevens niet zien.'
          : (probleem.detail ?? 'De gegevens konden niet worden geladen.'),
      );
    }
  }
}
