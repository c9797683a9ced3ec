import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CasusDto, OrganisatieDto } from '@rmc/shared-api-types';
import { AlertComponent, PageHeaderComponent, StatusMessageComponent } from '@rmc/portal-ui';
import { OrganisatiesApi } from '../beheer/organisaties.api';
import { leesProbleem } from '../core/formulier-status';
import { navigatieMelding } from '../core/navigatie-melding';
import { SessieService } from '../core/sessie.service';
import { TOEGANG } from '../core/toegang';
import { CasusApi } from './casus.api';
import { CasusContactComponent } from './casus-contact.component';
import { CasusKopComponent } from './casus-kop.component';
import { CasusDelenComponent } from './casus-delen.component';
import { CasusBig5Component } from './casus-big5.component';
import { CasusIntakeComponent } from './casus-intake.component';
import { CasusLeefgebiedenComponent } from './casus-leefgebieden.component';
import { CasusNotitiesComponent } from './casus-notities.component';
import { CasusOverzichtComponent } from './casus-overzicht.component';
import { CasusPlanComponent } from './casus-plan.component';
import { CasusSignaleringComponent } from './casus-signalering.component';
import { CasusTijdlijnComponent } from './casus-tijdlijn.component';
import { CasusVerzuimComponent } from './casus-verzuim.component';
import { DOELGROEP_LABELS, casusNaam, type CasusWijziging, type Onderdeel } from './casus-teksten';
import { MijnActiesComponent } from './mijn-acties.component';

interface OnderdeelLink {
  id: Onderdeel;
  label: string;
}

/**
 * One case. The server decides what comes back (a partner gets only its shared sections); the page
 * offers a part only when its data is present, and the actions only to who may do them. The parts are
 * links (query parameter `onderdeel`), so each can be bookmarked and the back button works.
 */
@Component({
  selector: 'rmc-casus-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PageHeaderComponent,
    AlertComponent,
    StatusMessageComponent,
    CasusKopComponent,
    CasusOverzichtComponent,
    CasusSignaleringComponent,
    CasusIntakeComponent,
    CasusBig5Component,
    CasusLeefgebiedenComponent,
    CasusPlanComponent,
    MijnActiesComponent,
    CasusContactComponent,
    CasusDelenComponent,
    CasusNotitiesComponent,
    CasusVerzuimComponent,
    CasusTijdlijnComponent,
  ],
  template: `
    <p class="utrecht-paragraph rmc-terug">
      <a class="utrecht-link" routerLink="/casussen">{{
        beheer() ? 'Terug naar de caseload' : 'Terug naar de gedeelde casussen'
      }}</a>
    </p>
    <rmc-page-header [titel]="titel()" />
    <rmc-status-message [bericht]="succes()" />
    @if (fout()) {
      <rmc-alert soort="fout">{{ fout() }}</rmc-alert>
    } @else if (casus(); as c) {
      @if (c.fase) {
        <rmc-casus-kop [casus]="c" [beheer]="beheer()" />
      } @else if (c.doelgroep) {
        <p class="utrecht-paragraph">{{ doelgroepLabels[c.doelgroep] }}</p>
      }
      <nav class="rmc-tabs" aria-label="Onderdelen van de casus">
        <ul class="rmc-tabs__lijst">
          @for (o of onderdelen(); track o.id) {
            <li>
              <a
                class="rmc-tabs__link"
                [class.rmc-tabs__link--actief]="o.id === actief()"
                [routerLink]="[]"
                [queryParams]="{ onderdeel: o.id === 'overzicht' ? null : o.id }"
                [attr.aria-current]="o.id === actief() ? 'page' : null"
                >{{ o.label }}</a
              >
            </li>
          }
        </ul>
      </nav>
      @switch (actief()) {
        @case ('signalering') {
          <rmc-casus-signalering [casus]="c" [beheer]="beheer()" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('intake') {
          <rmc-casus-intake [casus]="c" [beheer]="beheer()" (gewijzigd)="bijgewerkt($event)" />
          @if (beheer() || c.big5 !== undefined) {
            <rmc-casus-big5 [casus]="c" [beheer]="beheer()" (gewijzigd)="bijgewerkt($event)" />
          }
        }
        @case ('leefgebieden') {
          <rmc-casus-leefgebieden [casus]="c" [beheer]="beheer()" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('plan') {
          <rmc-casus-plan [casus]="c" [beheer]="beheer()" [organisaties]="organisaties()" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('mijn-acties') {
          <rmc-mijn-acties [casus]="c" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('contact') {
          <rmc-casus-contact [casus]="c" [beheer]="beheer()" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('delen') {
          <rmc-casus-delen [casus]="c" [magDelen]="magDelen()" [organisaties]="organisaties()" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('notities') {
          <rmc-casus-notities [casus]="c" [partner]="!beheer()" (gewijzigd)="bijgewerkt($event)" />
        }
        @case ('verzuim') {
          <rmc-casus-verzuim [casus]="c" [metLinks]="magMeldingenZien()" />
        }
        @case ('tijdlijn') {
          <rmc-casus-tijdlijn [items]="c.tijdlijn ?? []" [meldingLinks]="magMeldingenZien()" />
        }
        @default {
          <rmc-casus-overzicht [casus]="c" [beheer]="beheer()" (gewijzigd)="bijgewerkt($event)" />
        }
      }
    } @else {
      <p class="utrecht-paragraph" role="status">Casus wordt geladen…</p>
    }
  `,
})
export class CasusDetailPage {
  private readonly api = inject(CasusApi);
  private readonly organisatiesApi = inject(OrganisatiesApi);
  private readonly sessie = inject(SessieService);

  /** Route parameter :id and query parameter ?onderdeel= (component input binding). */
  readonly id = input.required<string>();
  readonly onderdeel = input<string | undefined>();

  protected readonly casus = signal<CasusDto | null>(null);
  protected readonly organisaties = signal<OrganisatieDto[]>([]);
  protected readonly fout = signal<string | null>(null);
  private readonly nietGevonden = signal(false);
  protected readonly succes = signal<string | null>(navigatieMelding());
  protected readonly doelgroepLabels = DOELGROEP_LABELS;

  /** RMC side: works on the case. Partners only read their slice, update their actions and add notes. */
  protected readonly beheer = computed(() => TOEGANG.casusBeheren(this.sessie.ability()));
  protected readonly magDelen = computed(() => TOEGANG.casusDelen(this.sessie.ability()));
  protected readonly magMeldingenZien = computed(() => TOEGANG.triage(this.sessie.ability()));

  protected readonly titel = computed(() => {
    if (this.nietGevonden()) return 'Casus niet gevonden';
    const c = this.casus();
    const naam = c ? casusNaam(c) : '';
    return naam ? `Casus ${naam}` : 'Casus';
  });

  protected readonly onderdelen = computed<OnderdeelLink[]>(() => {
    const c = this.casus();
    if (!c) return [];
    const beheer = this.beheer();
    const alle: (OnderdeelLink & { zichtbaar: boolean })[] = [
      { id: 'overzicht', label: 'Overzicht', zichtbaar: true },
      { id: 'signalering', label: 'Signalering', zichtbaar: 'oordeelSignalering' in c },
      { id: 'intake', label: 'Intake', zichtbaar: 'intake' in c },
      { id: 'leefgebieden', label: 'Leefgebieden', zichtbaar: 'leefgebieden' in c },
      { id: 'plan', label: 'Plan', zichtbaar: 'acties' in c },
      { id: 'mijn-acties', label: 'Mijn acties', zichtbaar: !beheer && 'mijnActies' in c },
      { id: 'contact', label: 'Contact', zichtbaar: 'contactmomenten' in c },
      { id: 'delen', label: 'Delen', zichtbaar: 'delingen' in c },
      { id: 'notities', label: beheer ? 'Notities van partners' : 'Notities', zichtbaar: 'notities' in c },
      { id: 'verzuim', label: 'Verzuim', zichtbaar: 'verzuim' in c },
      { id: 'tijdlijn', label: 'Tijdlijn', zichtbaar: 'tijdlijn' in c },
    ];
    return alle.filter((o) => o.zichtbaar).map(({ id, label }) => ({ id, label }));
  });

  protected readonly actief = computed<Onderdeel>(() => {
    const gevraagd = this.onderdeel();
    return this.onderdelen().find((o) => o.id === gevraagd)?.id ?? 'overzicht';
  });

  constructor() {
    effect(() => void this.laad(this.id()));
    if (this.beheer()) void this.laadOrganisaties();
  }

  protected bijgewerkt(wijziging: CasusWijziging): void {
    this.casus.set(wijziging.casus);
    // Clear first, so the live region announces the same text again after a second change.
    this.succes.set(null);
    setTimeout(() => this.succes.set(wijziging.bericht));
  }

  private async laad(id: string): Promise<void> {
    this.casus.set(null);
    this.fout.set(null);
    this.nietGevonden.set(false);
    try {
      this.casus.set(await this.api.haal(id));
    } catch (fout) {
      const p = leesProbleem(fout);
      this.nietGevonden.set(p.status === 404);
      this.fout.set(
        p.status === 404
          ? 'Deze casus is niet gevonden. Misschien bestaat zij niet, is de deling met uw organisatie beëindigd of mag u haar niet zien.'
          : (p.detail ?? 'De casus kon niet worden geladen.'),
      );
    }
  }

  private async laadOrganisaties(): Promise<void> {
    try {
      this.organisaties.set((await this.organisatiesApi.lijst()).filter((o) => o.actief));
    } catch {
      // Without the list the plan and share forms say so themselves (no organisations to choose).
    }
  }
}
