import { Injectable } from '@nestjs/common';
import { canOnRecord } from '@rmc/shared-authz';
import { AuditService, Db, NietGevonden, RecordAccess, type Actor } from '@rmc/server-core';
import {
  actiesVoorJongere,
  casussenVanJongere,
  delingenVoorJongere,
  trekToestemmingIn,
  voegJongereBerichtToe,
  zetJongereActieGedaan,
  type JongereCasusRij,
} from '@rmc/server-casus';
import { NotificatieService } from '@rmc/server-notificaties';
import { regioTeamVan } from '@rmc/server-organisaties';
import { overleggenOverCasussen } from '@rmc/server-overleg';
import { persoonOpId } from '@rmc/server-personen';
import { ROL_LABELS, isRol } from '@rmc/shared-domain';
import type {
  JongereAfspraakDto,
  JongereAfspraakReactieInput,
  JongereInzageDto,
  JongereOverzichtDto,
} from '@rmc/shared-api-types';
import { createHash } from 'node:crypto';
import { bewaarReactie, inzageRegels, reactiesVan } from './data/jongere.queries';

const DOEL = 'jongerenkanaal';

interface Dossier {
  bsn: string;
  voornaam: string;
  casussen: JongereCasusRij[];
}

/** A stable key for a contact agreement of the plan (the plan is replaced as a whole, so no row id exists). */
export function afspraakSleutel(casusId: string, a: { afspraak?: unknown; volgendeDatum?: unknown; met?: unknown }): string {
  return createHash('sha256')
    .update(`${casusId}|${String(a.met ?? '')}|${String(a.afspraak ?? '')}|${String(a.volgendeDatum ?? '')}`)
    .digest('hex')
    .slice(0, 20);
}

/** The young person's own accesses, in the second person. */
const ACTIE_TEKST_ZELF: Record<string, string> = {
  read: 'hebt je pagina bekeken',
  update: 'hebt iets veranderd (afspraak of actie)',
  create: 'hebt een bericht gestuurd',
  share: 'hebt een toestemming ingetrokken',
  login: 'bent ingelogd op je eigen pagina',
  logout: 'bent uitgelogd',
};

const ACTIE_TEKST: Record<string, string> = {
  read: 'heeft je gegevens bekeken',
  search: 'zag je naam in een lijst',
  export: 'heeft je gegevens gedownload of geprint',
  print: 'heeft je gegevens geprint',
  create: 'heeft iets toegevoegd aan je dossier',
  update: 'heeft iets veranderd in je dossier',
  delete: 'heeft gegevens gewist',
  share: 'heeft je gegevens gedeeld of het delen gestopt',
  login: 'is ingelogd op je eigen pagina',
  logout: 'is uitgelogd van je eigen pagina',
  invite: 'heeft je uitgenodigd voor je eigen pagina',
};

/**
 * What the young person sees and does in /jongere. Every read and write runs in their own transaction
 * (`app.persoon_id`, RLS `*_jongere` policies), is checked against CASL (`JongereDossier`, their own person
 * id only) and is audited with their pseudonym, so it shows up in their own inzage.
 */
@Injectable()
export class JongereService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly notificaties: NotificatieService,
  ) {}

  /** The person and their cases (RLS admits only theirs), after the CASL check on their own dossier. */
  private async dossier(actor: Actor, actie: 'read' | 'update'): Promise<Dossier> {
    const persoonId = actor.persoonId;
    if (!persoonId || !canOnRecord(this.access.ability, actie, 'JongereDossier', { persoonId, regioId: actor.regioId }))
      throw NietGevonden('Dit dossier');
    const persoon = await persoonOpId(this.db, persoonId);
    if (!persoon) throw NietGevonden('Dit dossier');
    return { bsn: persoon.bsn, voornaam: persoon.voornaam, casussen: await casussenVanJongere(this.db, persoonId) };
  }

  private async log(actie: 'read' | 'update' | 'create' | 'share', d: Dossier, subjectId: string | null, doel = DOEL) {
    await this.audit.log({
      actie,
      subjectType: 'JongereDossier',
      subjectId,
      persoonSleutel: d.bsn,
      doel,
      resultaat: 'toegestaan',
    });
  }

  async overzicht(actor: Actor): Promise<JongereOverzichtDto> {
    const dossier = await this.dossier(actor, 'read');
    const { casussen } = dossier;
    const ids = casussen.map((c) => c.id);
    const huidig = casussen[0];
    const acties = await actiesVoorJongere(this.db, ids);
    const reacties = await reactiesVan(this.db.em, ids);
    // Meetings are read as the region (their policies know organisations, not persons), for the person's own case ids only.
    const overleggen = await this.db.binnen({ rol: null, gebruikerId: null, persoonId: null, casussen: null }, () =>
      overleggenOverCasussen(this.db, ids),
    );
    const vandaag = new Date().toISOString().slice(0, 10);
    const afspraken: JongereAfspraakDto[] = casussen.flatMap((c) =>
      (c.plan?.contactafspraken ?? [])
        .filter((a) => !a['volgendeDatum'] || String(a['volgendeDatum']) >= vandaag)
        .map((a) => {
          const sleutel = afspraakSleutel(c.id, a);
          return {
            sleutel,
            casusId: c.id,
            datum: (a['volgendeDatum'] as string | undefined) ?? null,
            wat: String(a['afspraak'] ?? ''),
            met: a['met'] === 'partner' ? 'een organisatie die met je meewerkt' : 'je consulent',
            reactie: reacties.get(`${c.id}:${sleutel}`) ?? null,
          };
        }),
    );
    await this.log('read', dossier, actor.persoonId ?? null);
    return {
      voornaam: dossier.voornaam,
      casusId: huidig?.id ?? null,
      consulent: huidig ? { naam: huidig.consulent_naam, email: huidig.consulent_email } : null,
      doelen: (huidig?.plan?.doelen ?? []).map((d) => ({ omschrijving: d.omschrijving, status: d.status })),
      acties: acties.map((a) => ({
        id: a.id,
        omschrijving: a.omschrijving,
        deadline: a.deadline,
        status: a.status,
        zelf: a.eigenaar_jongere,
        wie: a.eigenaar_jongere ? null : (a.eigenaar ?? 'je consulent'),
      })),
      afspraken,
      overleggen: overleggen.map((o) => ({
        start: new Date(o.start).toISOString(),
        soort: o.soort,
        organisaties: o.organisaties,
      })),
    };
  }

  /** Who received the data (every share) and who looked at the file (the audit trail, in plain words). */
  async inzage(actor: Actor): Promise<JongereInzageDto> {
    const dossier = await this.dossier(actor, 'read');
    const delingen = await delingenVoorJongere(
      this.db,
      dossier.casussen.map((c) => c.id),
    );
    await this.log('read', dossier, actor.persoonId ?? null, `${DOEL}: inzage`);
    const regels = await inzageRegels(this.db.em, this.audit.pseudonym(dossier.bsn));
    return {
      ontvangers: delingen.map((d) => ({
        delingId: d.id,
        organisatie: d.organisatie,
        grondslag: d.grondslag === 'toestemming' ? 'Jij hebt toestemming gegeven' : 'Wettelijke taak (zonder toestemming)',
        doel: d.doel,
        secties: d.secties,
        sinds: new Date(d.sinds).toISOString(),
        tot: d.eind_datum,
        ingetrokkenOp: d.ingetrokken_op ? new Date(d.ingetrokken_op).toISOString() : null,
        actief: d.actief,
        kanIntrekken: d.actief && d.grondslag === 'toestemming',
      })),
      inzagen: regels.reverse().map((r) => ({
        op: new Date(r.tijdstip).toISOString(),
        wie: r.rol === 'jongere' ? 'Jij' : `${r.actor ?? 'Onbekend'}${r.rol && isRol(r.rol) ? ` (${ROL_LABELS[r.rol]})` : ''}`,
        organisatie: r.organisatie,
        wat: (r.rol === 'jongere' ? ACTIE_TEKST_ZELF[r.actie] : ACTIE_TEKST[r.actie]) ?? r.actie,
      })),
    };
  }

  /** Confirm an appointment, or ask to move it; the consulent is told. */
  async reageer(actor: Actor, sleutel: string, dto: JongereAfspraakReactieInput): Promise<JongereOverzichtDto> {
    const dossier = await this.dossier(actor, 'update');
    const casus = dossier.casussen.find((c) =>
      (c.plan?.contactafspraken ?? []).some((a) => afspraakSleutel(c.id, a) === sleutel),
    );
    if (!casus) throw NietGevonden('Deze afspraak');
    await bewaarReactie(this.db.em, {
      regioId: casus.regio_id,
      casusId: casus.id,
      persoonId: actor.persoonId!,
      sleutel,
      reactie: dto.reactie,
      toelichting: dto.toelichting?.trim() || null,
    });
    await this.log('update', dossier, casus.id, `${DOEL}: afspraak ${dto.reactie}`);
    // The text stays without personal data; the young person's own words are on the case's plan (the link).
    await this.meldConsulent(
      casus,
      dto.reactie === 'bevestigd'
        ? 'De jongere heeft een afspraak bevestigd.'
        : `De jongere vraagt een afspraak te verzetten${dto.toelichting?.trim() ? ' en schreef er iets bij' : ''}.`,
      `afspraak-${casus.id}-${sleutel}-${dto.reactie}-${Date.now()}`,
      `/casussen/${casus.id}?onderdeel=plan`,
    );
    return this.overzicht(actor);
  }

  /** Marks one of their own actions done (casus's exported write; RLS lets them change only their own open actions). */
  async actieGedaan(actor: Actor, actieId: string): Promise<JongereOverzichtDto> {
    const dossier = await this.dossier(actor, 'update');
    const a = await zetJongereActieGedaan(
      this.db,
      actieId,
      dossier.casussen.map((c) => c.id),
    );
    if (!a) throw NietGevonden('Deze actie');
    await this.log('update', dossier, actieId, `${DOEL}: actie gedaan`);
    return this.overzicht(actor);
  }

  /** A short message: a note on the case (under the region's own team, no author) and a notification to the consulent. */
  async bericht(actor: Actor, tekst: string): Promise<void> {
    const dossier = await this.dossier(actor, 'update');
    const casus = dossier.casussen[0];
    if (!casus) throw NietGevonden('Je dossier');
    const team = await regioTeamVan(this.db, casus.regio_id);
    if (!team) throw NietGevonden('Je consulent');
    await voegJongereBerichtToe(this.db, {
      casusId: casus.id,
      regioId: casus.regio_id,
      organisatieId: team.id,
      tekst: `Bericht van de jongere: ${tekst.trim()}`,
    });
    await this.log('create', dossier, casus.id, `${DOEL}: bericht`);
    await this.meldConsulent(casus, 'De jongere heeft je een bericht gestuurd.', `bericht-${casus.id}-${Date.now()}`);
  }

  /** Withdraws a consent: the share ends now (the partner's next request is 404) and the consulent is told. */
  async trekIn(actor: Actor, delingId: string): Promise<JongereInzageDto> {
    const dossier = await this.dossier(actor, 'update');
    const d = await trekToestemmingIn(
      this.db,
      delingId,
      dossier.casussen.map((c) => c.id),
    );
    if (!d) throw NietGevonden('Deze toestemming');
    const casus = dossier.casussen.find((c) => c.id === d.casus_id)!;
    await this.audit.log({
      actie: 'share',
      subjectType: 'Casus',
      subjectId: d.casus_id,
      persoonSleutel: dossier.bsn,
      doel: 'toestemming ingetrokken door de jongere',
      resultaat: 'toegestaan',
      namensId: d.organisatie_id,
    });
    await this.meldConsulent(
      casus,
      'De jongere heeft een toestemming om gegevens te delen ingetrokken.',
      `intrekking-${delingId}`,
    );
    return this.inzage(actor);
  }

  /** Notification (and mail, per preference) to the case's consulent: no personal data, a link only. */
  private async meldConsulent(
    casus: JongereCasusRij,
    tekst: string,
    sleutel: string,
    link = `/casussen/${casus.id}`,
  ): Promise<void> {
    if (!casus.consulent_id) return;
    await this.notificaties.meld({
      gebruikerId: casus.consulent_id,
      regioId: casus.regio_id,
      soort: 'jongere-bericht',
      tekst,
      link,
      sleutel: `jongere-${sleutel}`,
    });
  }
}
