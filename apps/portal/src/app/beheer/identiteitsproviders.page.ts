import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import type { IdentiteitsproviderDto } from '@rmc/shared-api-types';
import {
  DataTableComponent,
  ErrorSummaryComponent,
  FieldControlDirective,
  FormFieldComponent,
  PageHeaderComponent,
  StatusMessageComponent,
  focusOpElement,
  type Kolom,
} from '@rmc/portal-ui';
import { FormulierStatus } from '../core/formulier-status';
import { SessieService } from '../core/sessie.service';
import { IdentiteitsprovidersApi } from './identiteitsproviders.api';

const lijstVan = (tekst: string) =>
  tekst
    .split(/[\s,;]+/)
    .map((d) => d.trim())
    .filter(Boolean);

/**
 * Single sign-on (OIDC) per organisation: the regio-beheerder configures its organisations' identity
 * providers, the platformbeheerder those of MBO-instellingen (docs/sso.md). The client secret is write-only.
 */
@Component({
  selector: 'rmc-identiteitsproviders-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    PageHeaderComponent,
    DataTableComponent,
    StatusMessageComponent,
    ErrorSummaryComponent,
    FormFieldComponent,
    FieldControlDirective,
  ],
  template: `
    <rmc-page-header
      titel="Eenmalige aanmelding"
      intro="Laat medewerkers inloggen via de identiteitsprovider (OIDC) van hun eigen organisatie, zoals Entra ID, Keycloak of ADFS."
    />
    <rmc-status-message [bericht]="succes()" />
    <rmc-error-summary [detail]="actie.detail()" />

    <section aria-labelledby="idp-lijst-kop">
      <h2 class="utrecht-heading-2" id="idp-lijst-kop">Identiteitsproviders</h2>
      @if (laden()) {
        <p class="utrecht-paragraph" role="status">Identiteitsproviders worden geladen…</p>
      } @else {
        <rmc-data-table
          [bijschriftVerbergen]="true"
          bijschrift="Identiteitsproviders"
          [kolommen]="kolommen"
          [rijen]="providers()"
          leegTekst="Er is nog geen identiteitsprovider ingesteld."
        >
          @if (magWijzigen()) {
            <ng-template #acties let-idp>
              @if (eigen(idp)) {
                <button
                  type="button"
                  class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                  (click)="bewerk(idp)"
                >
                  Wijzigen<span class="rmc-visueel-verborgen">: {{ idp.naam }}</span>
                </button>
                <button
                  type="button"
                  class="utrecht-button utrecht-button--secondary-action rmc-knop--klein"
                  (click)="wisselActief(idp)"
                >
                  {{ idp.actief ? 'Uitschakelen' : 'Inschakelen' }}<span class="rmc-visueel-verborgen">: {{ idp.naam }}</span>
                </button>
              } @else {
                <span>Beheerd door de regio</span>
              }
            </ng-template>
          }
        </rmc-data-table>
      }
    </section>

    @if (magToevoegen() || bewerkt()) {
      <section aria-labelledby="idp-form-kop">
        <h2 class="utrecht-heading-2" id="idp-form-kop" tabindex="-1">
          {{ bewerkt() ? 'Identiteitsprovider wijzigen: ' + bewerkt()!.naam : 'Identiteitsprovider toevoegen' }}
        </h2>
        @if (bewerkt(); as idp) {
          <p class="utrecht-paragraph">Registreer bij de identiteitsprovider:</p>
          <dl class="rmc-gegevens">
            <dt>Redirect-URI</dt>
            <dd>
              <code>{{ idp.redirectUri }}</code>
            </dd>
            <dt>Back-channel-logout-URI</dt>
            <dd>
              <code>{{ idp.backchannelLogoutUri }}</code>
            </dd>
            <dt>Post-logout-redirect-URI</dt>
            <dd>
              <code>{{ idp.postLogoutRedirectUri }}</code>
            </dd>
          </dl>
        }
        <rmc-error-summary [detail]="status.detail()" [fouten]="status.velden()" [controlIds]="controlIds" />
        <form class="rmc-formulier" [formGroup]="form" (ngSubmit)="verstuur()" novalidate>
          <rmc-form-field
            label="Naam op de inlogknop"
            controlId="idp-naam"
            hint="Zo ziet de knop eruit: Inloggen met …"
            [fout]="status.fout('naam')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              formControlName="naam"
              aria-required="true"
            />
          </rmc-form-field>
          @if (!bewerkt()) {
            @if (platform()) {
              <rmc-form-field label="MBO-instelling" controlId="idp-instelling" [fout]="status.fout('instellingId')">
                <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="plek" aria-required="true">
                  <option value="">Kies een instelling</option>
                  @for (i of instellingen(); track i.id) {
                    <option [value]="i.id">{{ i.naam }}</option>
                  }
                </select>
              </rmc-form-field>
            } @else {
              <rmc-form-field label="Organisatie" controlId="idp-organisatie" [fout]="status.fout('organisatieId')">
                <select rmcVeld class="utrecht-select utrecht-select--html-select" formControlName="plek" aria-required="true">
                  <option value="">Kies een organisatie</option>
                  @for (o of organisaties(); track o.id) {
                    <option [value]="o.id">{{ o.naam }}</option>
                  }
                </select>
              </rmc-form-field>
            }
          }
          <rmc-form-field
            label="Issuer (adres van de identiteitsprovider)"
            controlId="idp-issuer"
            hint="Bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0"
            [fout]="status.fout('issuer')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input"
              type="url"
              formControlName="issuer"
              spellcheck="false"
              aria-required="true"
            />
          </rmc-form-field>
          <rmc-form-field label="Client-id" controlId="idp-client-id" [fout]="status.fout('clientId')">
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              formControlName="clientId"
              spellcheck="false"
              aria-required="true"
            />
          </rmc-form-field>
          <rmc-form-field
            label="Client-geheim"
            controlId="idp-client-secret"
            [hint]="
              bewerkt()
                ? 'Laat leeg om het opgeslagen geheim te houden. Het geheim wordt versleuteld opgeslagen en nooit getoond.'
                : 'Wordt versleuteld opgeslagen en nooit meer getoond.'
            "
            [fout]="status.fout('clientSecret')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password"
              type="password"
              formControlName="clientSecret"
              autocomplete="new-password"
              [attr.aria-required]="bewerkt() ? null : 'true'"
            />
          </rmc-form-field>
          <rmc-form-field
            label="Toegestane e-maildomeinen"
            controlId="idp-domeinen"
            hint="Gescheiden door komma's, bijvoorbeeld zwolle.nl, deventer.nl"
            [fout]="status.fout('domeinen')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              formControlName="domeinen"
              spellcheck="false"
              aria-required="true"
            />
          </rmc-form-field>
          <rmc-form-field
            label="Claim met het e-mailadres"
            controlId="idp-claim"
            hint="Standaard email; bij Entra ID zonder e-mailclaim bijvoorbeeld upn of preferred_username."
            [fout]="status.fout('gebruikerClaim')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              formControlName="gebruikerClaim"
              spellcheck="false"
            />
          </rmc-form-field>
          <rmc-form-field
            label="acr-waarden die gelden als meerfactorauthenticatie (optioneel)"
            controlId="idp-acr"
            hint="Gescheiden door komma's. Een amr met mfa, otp of hwk geldt altijd."
            [fout]="status.fout('mfaAcr')"
          >
            <input
              rmcVeld
              class="utrecht-textbox utrecht-textbox--html-input"
              type="text"
              formControlName="mfaAcr"
              spellcheck="false"
            />
          </rmc-form-field>
          <rmc-form-field
            label="Inloggen met wachtwoord uitschakelen voor deze organisatie"
            controlId="idp-wachtwoord-uit"
            soort="checkbox"
            [fout]="status.fout('wachtwoordLoginUit')"
          >
            <input
              rmcVeld
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              formControlName="wachtwoordLoginUit"
            />
          </rmc-form-field>
          <div class="rmc-knoppen">
            <button type="submit" class="utrecht-button utrecht-button--primary-action" [attr.aria-busy]="status.bezig()">
              {{ bewerkt() ? 'Wijzigingen opslaan' : 'Identiteitsprovider toevoegen' }}
            </button>
            @if (bewerkt()) {
              <button type="button" class="utrecht-button utrecht-button--secondary-action" (click)="annuleer()">
                Annuleren
              </button>
            }
          </div>
        </form>
      </section>
    }
  `,
})
export class IdentiteitsprovidersPage implements OnInit {
  private readonly api = inject(IdentiteitsprovidersApi);
  private readonly sessie = inject(SessieService);

  protected readonly providers = signal<IdentiteitsproviderDto[]>([]);
  protected readonly organisaties = signal<Array<{ id: string; naam: string }>>([]);
  protected readonly instellingen = signal<Array<{ id: string; naam: string }>>([]);
  protected readonly laden = signal(true);
  protected readonly succes = signal<string | null>(null);
  protected readonly bewerkt = signal<IdentiteitsproviderDto | null>(null);
  protected readonly actie = new FormulierStatus();
  protected readonly status = new FormulierStatus();
  /** The platform configures school instellingen; a region its own organisations. */
  protected readonly platform = computed(() => !this.sessie.me()?.regio);
  protected readonly magToevoegen = computed(() => this.sessie.ability().can('create', 'Identiteitsprovider'));
  protected readonly magWijzigen = computed(() => this.sessie.ability().can('update', 'Identiteitsprovider'));
  /** The platform reads a region's providers but changes only those of MBO-instellingen (ADR 0017). */
  protected eigen(idp: IdentiteitsproviderDto): boolean {
    return !this.platform() || !!idp.instellingId;
  }
  protected readonly controlIds = {
    naam: 'idp-naam',
    organisatieId: 'idp-organisatie',
    instellingId: 'idp-instelling',
    issuer: 'idp-issuer',
    clientId: 'idp-client-id',
    clientSecret: 'idp-client-secret',
    domeinen: 'idp-domeinen',
    gebruikerClaim: 'idp-claim',
    mfaAcr: 'idp-acr',
  };
  protected readonly form = inject(FormBuilder).nonNullable.group({
    naam: '',
    plek: '',
    issuer: '',
    clientId: '',
    clientSecret: '',
    domeinen: '',
    gebruikerClaim: 'email',
    mfaAcr: '',
    wachtwoordLoginUit: false,
  });

  protected readonly kolommen: Kolom<IdentiteitsproviderDto>[] = [
    { kop: 'Naam', waarde: (i) => i.naam },
    { kop: 'Organisatie', waarde: (i) => i.organisatieNaam ?? i.instellingNaam ?? '' },
    { kop: 'E-maildomeinen', waarde: (i) => i.domeinen.join(', ') },
    { kop: 'Wachtwoord', waarde: (i) => (i.wachtwoordLoginUit ? 'Uitgeschakeld' : 'Toegestaan') },
    { kop: 'Status', waarde: (i) => (i.actief ? 'Actief' : 'Uitgeschakeld') },
  ];

  async ngOnInit(): Promise<void> {
    await this.laad();
    if (!this.magToevoegen()) return;
    await this.actie.voerUit(async () => {
      if (this.platform()) this.instellingen.set(await this.api.instellingen());
      else this.organisaties.set((await this.api.organisaties()).filter((o) => o.actief));
    });
  }

  protected async laad(): Promise<void> {
    await this.actie.voerUit(async () => this.providers.set(await this.api.lijst()));
    this.laden.set(false);
  }

  protected bewerk(idp: IdentiteitsproviderDto): void {
    this.status.wis();
    this.succes.set(null);
    this.bewerkt.set(idp);
    this.form.reset({
      naam: idp.naam,
      plek: '',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: '',
      domeinen: idp.domeinen.join(', '),
      gebruikerClaim: idp.gebruikerClaim,
      mfaAcr: idp.mfaAcr.join(', '),
      wachtwoordLoginUit: idp.wachtwoordLoginUit,
    });
    setTimeout(() => focusOpElement('idp-form-kop'));
  }

  protected annuleer(): void {
    this.bewerkt.set(null);
    this.status.wis();
    this.form.reset();
  }

  protected async wisselActief(idp: IdentiteitsproviderDto): Promise<void> {
    this.succes.set(null);
    const gelukt = await this.actie.voerUit(() => this.api.wijzig(idp.id, { actief: !idp.actief }));
    if (!gelukt) return;
    this.succes.set(`${idp.naam} is ${idp.actief ? 'uitgeschakeld' : 'ingeschakeld'}.`);
    await this.laad();
  }

  protected async verstuur(): Promise<void> {
    if (this.status.bezig()) return;
    this.succes.set(null);
    const w = this.form.getRawValue();
    const bewerkt = this.bewerkt();
    const fouten: Record<string, string> = {};
    if (w.naam.trim().length < 2) fouten['naam'] = 'Vul een naam van minstens 2 tekens in.';
    if (!bewerkt && !w.plek)
      fouten[this.platform() ? 'instellingId' : 'organisatieId'] = this.platform()
        ? 'Kies een instelling.'
        : 'Kies een organisatie.';
    if (!/^https?:\/\//.test(w.issuer.trim())) fouten['issuer'] = 'Vul het https-adres van de identiteitsprovider in.';
    if (!w.clientId.trim()) fouten['clientId'] = 'Vul de client-id in.';
    if (!bewerkt && !w.clientSecret) fouten['clientSecret'] = 'Vul het client-geheim in.';
    if (!lijstVan(w.domeinen).length) fouten['domeinen'] = 'Vul minstens één e-maildomein in, bijvoorbeeld zwolle.nl.';
    if (Object.keys(fouten).length) return this.status.toonVeldfouten(fouten);

    const gemeen = {
      naam: w.naam.trim(),
      issuer: w.issuer.trim(),
      clientId: w.clientId.trim(),
      domeinen: lijstVan(w.domeinen),
      gebruikerClaim: w.gebruikerClaim.trim() || 'email',
      mfaAcr: lijstVan(w.mfaAcr),
      wachtwoordLoginUit: w.wachtwoordLoginUit,
    };
    const gelukt = await this.status.voerUit(async () => {
      if (bewerkt) await this.api.wijzig(bewerkt.id, { ...gemeen, ...(w.clientSecret ? { clientSecret: w.clientSecret } : {}) });
      else
        await this.api.maak({
          ...gemeen,
          clientSecret: w.clientSecret,
          ...(this.platform() ? { instellingId: w.plek } : { organisatieId: w.plek }),
        });
    });
    if (!gelukt) return;
    this.bewerkt.set(null);
    this.form.reset();
    await this.laad();
    if (!bewerkt) {
      const nieuw = this.providers().find((p) => p.naam === gemeen.naam);
      if (nieuw) this.bewerk(nieuw);
    }
    // After bewerk(), which clears the message of an earlier action: this one stays.
    this.succes.set(
      bewerkt
        ? `${gemeen.naam} is gewijzigd.`
        : `${gemeen.naam} is toegevoegd. Registreer de adressen hieronder bij de identiteitsprovider.`,
    );
  }
}
