import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { JongereOverzichtDto } from '@rmc/shared-api-types';
import {
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  formatDatum,
  formatMoment,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { JongereApi } from './jongere.api';

const DOEL_STATUS: Record<string, string> = { open: 'Mee bezig', bereikt: 'Gelukt', losgelaten: 'Gestopt' };

/** The young person's page: goals, actions, appointments, meetings, the consulent, a message. Plain Dutch (B1). */
@Component({
  selector: 'rmc-jongere-overzicht-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .rmc-lijst-kaarten {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .rmc-lijst-kaarten .utrecht-button {
      margin-block-start: 0.5rem;
      margin-inline-end: 0.5rem;
    }
    section {
      margin-block-end: 1.5rem;
    }
  `,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    PageHeaderComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
    StatusMessageComponent,
  ],
  template: `
    @if (data(); as d) {
      <rmc-page-header [titel]="'Hoi ' + d.voornaam" intro="Hier zie je je plan, je afspraken en je consulent." />
      <rmc-status-message [bericht]="melding()" />
      <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />

      <section aria-labelledby="doelen-kop">
        <h2 class="utrecht-heading-2" id="doelen-kop">Je doelen</h2>
        @if (d.doelen.length) {
          <ul class="utrecht-unordered-list">
            @for (doel of d.doelen; track $index) {
              <li class="utrecht-unordered-list__item">{{ doel.omschrijving }} ({{ doelStatus(doel.status) }})</li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Je hebt nog geen doelen afgesproken.</p>
        }
      </section>

      <section aria-labelledby="zelf-kop">
        <h2 class="utrecht-heading-2" id="zelf-kop">Wat jij gaat doen</h2>
        @if (eigen().length) {
          <ul class="rmc-lijst-kaarten">
            @for (a of eigen(); track a.id) {
              <li class="rmc-kaart">
                <p class="utrecht-paragraph">
                  <strong>{{ a.omschrijving }}</strong>
                </p>
                @if (a.deadline) {
                  <p class="utrecht-paragraph">Klaar voor {{ datum(a.deadline) }}</p>
                }
                @if (a.status === 'open') {
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    (click)="gedaan(a.id, a.omschrijving)"
                  >
                    Ik heb dit gedaan: {{ a.omschrijving }}
                  </button>
                } @else {
                  <p class="utrecht-paragraph">Gedaan</p>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Er staat nu niets voor jou klaar.</p>
        }
      </section>

      <section aria-labelledby="anderen-kop">
        <h2 class="utrecht-heading-2" id="anderen-kop">Wat anderen voor je doen</h2>
        @if (anderen().length) {
          <ul class="utrecht-unordered-list">
            @for (a of anderen(); track a.id) {
              <li class="utrecht-unordered-list__item">
                {{ a.omschrijving }} — {{ a.wie }}{{ a.deadline ? ', voor ' + datum(a.deadline) : '' }}
                {{ a.status === 'open' ? '' : '(klaar)' }}
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Niemand doet nu iets voor je.</p>
        }
      </section>

      <section aria-labelledby="afspraken-kop">
        <h2 class="utrecht-heading-2" id="afspraken-kop">Je afspraken</h2>
        @if (d.afspraken.length) {
          <ul class="rmc-lijst-kaarten">
            @for (a of d.afspraken; track a.sleutel) {
              <li class="rmc-kaart">
                <p class="utrecht-paragraph">
                  <strong>{{ a.datum ? datum(a.datum) : 'Datum volgt' }}</strong>: {{ a.wat }} (met {{ a.met }})
                </p>
                @if (a.reactie === 'bevestigd') {
                  <p class="utrecht-paragraph">Je hebt deze afspraak bevestigd.</p>
                } @else if (a.reactie === 'verzetten') {
                  <p class="utrecht-paragraph">Je hebt gevraagd deze afspraak te verzetten.</p>
                } @else if (verzet() === a.sleutel) {
                  <form class="rmc-formulier" [formGroup]="verzetForm" (ngSubmit)="reageer(a.sleutel, 'verzetten')" novalidate>
                    <rmc-form-field
                      label="Welke dag of tijd past jou beter?"
                      controlId="jongere-verzetten-toelichting"
                      hint="Mag leeg blijven. Je consulent leest dit bij de afspraak."
                      [optioneel]="true"
                      [fout]="status.fout('toelichting')"
                    >
                      <textarea
                        rmcVeld
                        class="utrecht-textarea"
                        rows="3"
                        maxlength="500"
                        formControlName="toelichting"
                      ></textarea>
                    </rmc-form-field>
                    <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
                      Vraag om te verzetten
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="verzet.set(null)">
                      Terug
                    </button>
                  </form>
                } @else {
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--primary-action"
                    (click)="reageer(a.sleutel, 'bevestigd')"
                  >
                    Ik kom
                  </button>
                  <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="openVerzet(a.sleutel)">
                    Ik wil een andere dag
                  </button>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Je hebt nu geen afspraken.</p>
        }
      </section>

      <section aria-labelledby="overleg-kop">
        <h2 class="utrecht-heading-2" id="overleg-kop">Overleg over jou</h2>
        @if (d.overleggen.length) {
          <ul class="utrecht-unordered-list">
            @for (o of d.overleggen; track $index) {
              <li class="utrecht-unordered-list__item">{{ moment(o.start) }}: {{ o.organisaties.join(', ') || 'het RMC' }}</li>
            }
          </ul>
        } @else {
          <p class="utrecht-paragraph">Er is nu geen overleg over jou gepland.</p>
        }
      </section>

      <section aria-labelledby="consulent-kop">
        <h2 class="utrecht-heading-2" id="consulent-kop">Je consulent</h2>
        @if (d.consulent?.naam) {
          <p class="utrecht-paragraph">{{ d.consulent?.naam }}</p>
          @if (d.consulent?.email; as mail) {
            <p class="utrecht-paragraph">
              Mail: <a class="utrecht-link" [href]="'mailto:' + mail">{{ mail }}</a>
            </p>
          }
        } @else {
          <p class="utrecht-paragraph">Je hebt nog geen vaste consulent.</p>
        }
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="stuur()" novalidate>
          <rmc-form-field
            label="Stuur een bericht aan je consulent"
            controlId="jongere-bericht"
            hint="Kort en zonder geheimen. Je consulent leest het op het werk."
            [fout]="status.fout('tekst')"
          >
            <textarea rmcVeld class="utrecht-textarea" rows="4" formControlName="tekst" aria-required="true"></textarea>
          </rmc-form-field>
          <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
            Bericht sturen
          </button>
        </form>
      </section>

      <section aria-labelledby="meer-kop">
        <h2 class="utrecht-heading-2" id="meer-kop">Meer</h2>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" routerLink="/jongere/inzage">Wie heeft je gegevens gekregen of bekeken?</a>
        </p>
        <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="uitloggen()">Uitloggen</button>
      </section>
    } @else if (laadFout()) {
      <rmc-page-header titel="Mijn pagina" />
      <p class="utrecht-paragraph">{{ laadFout() }}</p>
    } @else {
      <rmc-page-header titel="Mijn pagina" />
      <p class="utrecht-paragraph" role="status">Laden…</p>
    }
  `,
})
export class JongereOverzichtPage {
  private readonly api = inject(JongereApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly data = signal<JongereOverzichtDto | null>(null);
  protected readonly laadFout = signal<string | null>(null);
  protected readonly melding = signal<string | null>(null);
  protected readonly status = new FormulierStatus();
  protected readonly controlIds = { tekst: 'jongere-bericht', toelichting: 'jongere-verzetten-toelichting' };
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({ tekst: '' });
  /** The appointment whose "ask to move" form is open, with a short text for the consulent. */
  protected readonly verzet = signal<string | null>(null);
  protected readonly verzetForm = this.fb.group({ toelichting: '' });
  protected readonly eigen = computed(() => (this.data()?.acties ?? []).filter((a) => a.zelf));
  protected readonly anderen = computed(() => (this.data()?.acties ?? []).filter((a) => !a.zelf));
  protected readonly datum = formatDatum;
  protected readonly moment = formatMoment;

  constructor() {
    this.api.overzicht().then(
      (d) => this.data.set(d),
      () => this.laadFout.set('Je pagina kon niet worden geladen. Log opnieuw in.'),
    );
  }

  protected doelStatus(s: string): string {
    return DOEL_STATUS[s] ?? s;
  }

  protected openVerzet(sleutel: string): void {
    this.verzetForm.reset();
    this.status.wis();
    this.verzet.set(sleutel);
    afterNextRender(() => document.getElementById('jongere-verzetten-toelichting')?.focus(), { injector: this.injector });
  }

  protected async reageer(sleutel: string, reactie: 'bevestigd' | 'verzetten'): Promise<void> {
    let nieuw: JongereOverzichtDto | undefined;
    const toelichting = reactie === 'verzetten' ? this.verzetForm.getRawValue().toelichting.trim() : '';
    if (
      await this.status.voerUit(
        async () => (nieuw = await this.api.reageer(sleutel, toelichting ? { reactie, toelichting } : { reactie })),
      )
    ) {
      this.verzet.set(null);
      this.data.set(nieuw!);
      this.melding.set(
        reactie === 'bevestigd' ? 'Je hebt de afspraak bevestigd.' : 'Je consulent weet dat je de afspraak wilt verzetten.',
      );
    }
  }

  protected async gedaan(id: string, omschrijving: string): Promise<void> {
    let nieuw: JongereOverzichtDto | undefined;
    if (await this.status.voerUit(async () => (nieuw = await this.api.actieGedaan(id)))) {
      this.data.set(nieuw!);
      this.melding.set(`Goed gedaan! "${omschrijving}" staat op klaar.`);
    }
  }

  protected async stuur(): Promise<void> {
    const tekst = this.form.getRawValue().tekst.trim();
    if (tekst.length < 2) return this.status.toonVeldfouten({ tekst: 'Schrijf een bericht.' });
    if (await this.status.voerUit(() => this.api.bericht(tekst))) {
      this.form.reset();
      this.melding.set('Je bericht is verstuurd naar je consulent.');
    }
  }

  protected async uitloggen(): Promise<void> {
    await this.api.uitloggen().catch(() => undefined);
    await this.router.navigate(['/jongere/inloggen']);
  }
}
