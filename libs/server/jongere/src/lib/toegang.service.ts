import { Inject, Injectable } from '@nestjs/common';
import { canOnRecord } from '@rmc/shared-authz';
import {
  APP_CONFIG,
  AuditService,
  Db,
  NietGevonden,
  NietIngelogd,
  Ongeldig,
  RecordAccess,
  type Actor,
  type AppConfig,
  type DbContext,
} from '@rmc/server-core';
import { casusRij } from '@rmc/server-casus';
import { OutboxService, WACHTWOORD_TOKEN_PLAATSHOUDER } from '@rmc/server-notificaties';
import { persoonOpId } from '@rmc/server-personen';
import { JONGERE_ROL } from '@rmc/shared-domain';
import type { JongereReactieVoorConsulentDto, JongereSessieDto, JongereUitnodigingDto } from '@rmc/shared-api-types';
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  CODE_CIJFERS,
  CODE_GELDIG_MS,
  CODE_MAX_POGINGEN,
  CODES_PER_UUR,
  LINK_GELDIG_MS,
  type JongereAuthenticator,
  type JongereIdentiteit,
} from './authenticator';
import {
  accountOpEmail,
  JONGERE_LINK_SOORT,
  reactiesMetToelichting,
  accountOpId,
  bewaarAccount,
  codesAfgelopenUur,
  gebruikCode,
  maakCode,
  openCode,
  telPoging,
  vervangLink,
  wisselLinkIn,
} from './data/jongere.queries';
import { hashToken, JongereSessieService } from './jongere-sessie.service';
import { afspraakSleutel } from './jongere.service';

/** The tenant context of a young person's own transaction: their region, their person id, no shares. */
export function jongereContext(id: { persoonId: string; regioId: string }): DbContext {
  return { regioId: id.regioId, gebruikerId: id.persoonId, rol: JONGERE_ROL, persoonId: id.persoonId, casussen: [] };
}

const ONBEKEND = 'Deze link of code werkt niet (meer). Vraag een nieuwe code aan, of vraag je consulent om een nieuwe link.';

/** The invitation's one-time link (first login). */
@Injectable()
export class LinkAuthenticator implements JongereAuthenticator<{ token: string }> {
  readonly methode = 'link';
  constructor(private readonly db: Db) {}

  async verifieer({ token }: { token: string }): Promise<JongereIdentiteit | null> {
    const accountId = await wisselLinkIn(this.db.em, hashToken(token));
    const a = accountId ? await accountOpId(this.db.em, accountId) : undefined;
    return a ? { accountId: a.id, persoonId: a.persoon_id, regioId: a.regio_id } : null;
  }
}

/** E-mail + a 6-digit code (10 minutes, 5 attempts); the same answer for an unknown address. */
@Injectable()
export class EmailCodeAuthenticator implements JongereAuthenticator<{ email: string; code: string }> {
  readonly methode = 'email-code';
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Keyed: a copy of the table does not give the codes away by trying all million. */
  private hash(accountId: string, code: string): string {
    return createHmac('sha256', this.config.pseudonymKey).update(`jongere-code:${accountId}:${code}`).digest('hex');
  }

  /** Mails a code when the address has an active account; says nothing either way. */
  async vraagCodeAan(email: string): Promise<void> {
    const a = await accountOpEmail(this.db.em, email.trim());
    // Unknown address, or too many codes this hour: nothing is sent, and the answer is the same.
    if (!a || (await codesAfgelopenUur(this.db.em, a.id)) >= CODES_PER_UUR) return;
    const code = String(randomInt(0, 10 ** CODE_CIJFERS)).padStart(CODE_CIJFERS, '0');
    const codeId = await maakCode(this.db.em, a.id, this.hash(a.id, code), new Date(Date.now() + CODE_GELDIG_MS));
    await this.outbox.plaats({
      sleutel: `jongere-code-${codeId}`,
      ontvanger: a.email,
      onderwerp: 'Je inlogcode',
      tekst: `Hoi,\n\nJe inlogcode is: ${code}\n\nDe code werkt 10 minuten en één keer. Heb je geen code gevraagd? Dan hoef je niets te doen.\n\nGroet,\nHet RMC`,
    });
  }

  async verifieer({ email, code }: { email: string; code: string }): Promise<JongereIdentiteit | null> {
    const a = await accountOpEmail(this.db.em, email.trim());
    const c = a ? await openCode(this.db.em, a.id) : undefined;
    if (!a || !c || c.verlopen || c.pogingen >= CODE_MAX_POGINGEN) return null;
    const verwacht = Buffer.from(c.code_hash, 'hex');
    const gegeven = Buffer.from(this.hash(a.id, code.trim()), 'hex');
    if (verwacht.length !== gegeven.length || !timingSafeEqual(verwacht, gegeven)) {
      await telPoging(this.db.em, c.id);
      return null;
    }
    await gebruikCode(this.db.em, c.id);
    return { accountId: a.id, persoonId: a.persoon_id, regioId: a.regio_id };
  }
}

/** Invitation by the consulent, and the young person's logins: each ends in the same short session. */
@Injectable()
export class JongereToegangService {
  constructor(
    private readonly db: Db,
    private readonly access: RecordAccess,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly sessies: JongereSessieService,
    private readonly link: LinkAuthenticator,
    private readonly emailCode: EmailCodeAuthenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The consulent invites the young person from the case: the address typed, or the person's own. The mail
   * carries a greeting and a link with an opaque token only. A new invitation voids the earlier link and
   * ends the person's sessions (a lost phone, a link someone else saw).
   */
  async nodigUit(actor: Actor, casusId: string, email: string | undefined): Promise<JongereUitnodigingDto> {
    const c = await casusRij(this.db, casusId);
    await this.access.zichtbaar('read', 'Casus', casusId, c ? { ...c, regioId: c.regio_id } : undefined, 'Deze casus');
    if (!canOnRecord(this.access.ability, 'invite', 'JongereDossier', { regioId: c!.regio_id, persoonId: c!.persoon_id }))
      throw NietGevonden('Deze casus');
    const persoon = await persoonOpId(this.db, c!.persoon_id);
    const adres = (email ?? persoon?.email ?? '').trim();
    if (!adres)
      throw Ongeldig([{ field: 'email', message: 'Van deze jongere is geen e-mailadres bekend. Vul een e-mailadres in.' }]);
    const accountId = await bewaarAccount(this.db.em, {
      persoonId: c!.persoon_id,
      regioId: c!.regio_id,
      email: adres,
      door: actor.gebruikerId,
    });
    // The row gets the hash of a token nobody holds; the mail relay makes the real token when it sends
    // (zetJongereLinkHash), so the outbox row never holds a usable link (as the set-password mails).
    const geldigTot = new Date(Date.now() + LINK_GELDIG_MS);
    const linkId = await vervangLink(this.db.em, accountId, hashToken(randomBytes(32).toString('base64url')), geldigTot);
    await this.outbox.plaats({
      sleutel: `jongere-uitnodiging-${linkId}`,
      link: { soort: JONGERE_LINK_SOORT, id: linkId },
      ontvanger: adres,
      onderwerp: 'Je eigen pagina bij het RMC',
      tekst: [
        'Hoi,',
        '',
        'Je consulent van het RMC nodigt je uit voor je eigen pagina. Daar zie je je plan, je afspraken en wie je gegevens heeft bekeken.',
        '',
        `Open deze link (7 dagen geldig, werkt één keer): ${this.config.publicUrl}/jongere/welkom#link=${WACHTWOORD_TOKEN_PLAATSHOUDER}`,
        '',
        'Daarna log je in met je e-mailadres en een code die we je mailen.',
        '',
        'Groet,',
        'Het RMC',
      ].join('\n'),
    });
    await this.audit.log({
      actie: 'invite',
      subjectType: 'JongereDossier',
      subjectId: casusId,
      persoonSleutel: c!.bsn,
      doel: 'jongerenkanaal',
      resultaat: 'toegestaan',
    });
    return { verstuurdNaar: adres, geldigTot: geldigTot.toISOString() };
  }

  /**
   * The young person's answers to the plan's contact agreements (confirmed, or asked to move with their
   * text), for those who may invite them (the region's RMC roles; RLS admits no one else). An answer to
   * an agreement no longer in the plan is left out. Audited as a read of the young person's dossier.
   */
  async reacties(casusId: string): Promise<JongereReactieVoorConsulentDto[]> {
    const c = await casusRij(this.db, casusId);
    await this.access.zichtbaar('read', 'Casus', casusId, c ? { ...c, regioId: c.regio_id } : undefined, 'Deze casus');
    if (!canOnRecord(this.access.ability, 'invite', 'JongereDossier', { regioId: c!.regio_id, persoonId: c!.persoon_id }))
      throw NietGevonden('Deze casus');
    const plek = new Map(
      ((c!.plan as { contactafspraken?: Array<Record<string, unknown>> } | null)?.contactafspraken ?? []).map((a, i) => [
        afspraakSleutel(casusId, a),
        i,
      ]),
    );
    const rijen = await reactiesMetToelichting(this.db.em, casusId);
    await this.audit.log({
      actie: 'read',
      subjectType: 'JongereDossier',
      subjectId: casusId,
      persoonSleutel: c!.bsn,
      doel: 'jongerenkanaal: reacties op afspraken',
      resultaat: 'toegestaan',
    });
    return rijen
      .filter((r) => plek.has(r.sleutel))
      .map((r) => ({
        index: plek.get(r.sleutel)!,
        reactie: r.reactie,
        toelichting: r.toelichting,
        op: new Date(r.op).toISOString(),
      }));
  }

  /** First login with the invitation link. */
  loginMetLink(token: string): Promise<JongereSessieDto & { token: string }> {
    return this.meld(this.link, { token });
  }

  /** Asks for a code: always the same (empty) answer. */
  async vraagCodeAan(email: string): Promise<void> {
    await this.db.inContext({}, () => this.emailCode.vraagCodeAan(email));
  }

  loginMetCode(email: string, code: string): Promise<JongereSessieDto & { token: string }> {
    return this.meld(this.emailCode, { email, code });
  }

  /**
   * One transaction: verify (a failed attempt is counted and committed), then the session and the login's
   * audit row in the person's own context. One 401 for every failure.
   */
  private async meld<B>(methode: JongereAuthenticator<B>, bewijs: B): Promise<JongereSessieDto & { token: string }> {
    const id = await this.db.inContext({}, () => methode.verifieer(bewijs));
    if (!id) throw NietIngelogd(ONBEKEND);
    return this.db.inContext(jongereContext(id), async () => {
      const { token, verlooptOp } = await this.sessies.start(id, methode.methode);
      const persoon = await persoonOpId(this.db, id.persoonId);
      await this.audit.log({
        actie: 'login',
        subjectType: 'JongereDossier',
        subjectId: id.persoonId,
        persoonSleutel: persoon?.bsn ?? null,
        doel: `jongerenkanaal (${methode.methode})`,
        resultaat: 'toegestaan',
        actor: { gebruikerId: id.persoonId, regioId: id.regioId, rol: JONGERE_ROL, organisatieId: null },
      });
      return { ingelogd: true, verlooptOp: verlooptOp.toISOString(), token };
    });
  }

  async uitloggen(actor: Actor): Promise<void> {
    if (actor.sessieId) await this.sessies.stop(actor.sessieId);
    await this.audit.log({
      actie: 'logout',
      subjectType: 'JongereDossier',
      subjectId: actor.persoonId ?? null,
      doel: 'jongerenkanaal',
      resultaat: 'toegestaan',
    });
  }
}
