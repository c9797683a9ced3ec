import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Db, NietIngelogd, type Actor, type AppConfig } from '@rmc/server-core';
import {
  AuthService,
  SessionService,
  accountIsActief,
  actiefAccountOpEmail,
  lidmaatschapBijOrganisatie,
} from '@rmc/server-identity';
import { domeinToegestaan, idpBevestigtMfa } from '@rmc/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import {
  bewaarAanvraag,
  bewaarSsoSessie,
  gekoppeldAccount,
  idpVoorLogin,
  koppel,
  neemAanvraag,
  neemLogoutJti,
  ruimAanvragenOp,
  sessiesVoorLogout,
  ssoSessie,
  vergeetSsoSessies,
  type Aanvraag,
  type IdpVoorLogin,
} from './data/sso.queries';
import { SsoGeheim } from './geheim';
import { laadJose, laadOidc, OidcKlant, type IdpVerbinding } from './oidc';

/** The opaque cookie naming a login in progress (SameSite=Lax: it must come back on the provider's redirect). */
export const SSO_COOKIE = 'rmc_sso';
export const SSO_COOKIE_PAD = '/api/v1/auth/sso';
/** Minutes a login in progress (and the TOTP step after it) may take. */
const AANVRAAG_MINUTEN = 10;
const BACKCHANNEL_EVENT = 'http://schemas.openid.net/event/backchannel-logout';
/** The oldest logout token accepted (by its iat); its jti is kept at least this long plus the clock margin. */
const LOGOUT_MAX_SECONDEN = 5 * 60;
const KLOK_MARGE_SECONDEN = 60;

/** Where the browser goes after the callback: a portal path, never with personal data. */
export type SsoFout = 'verlopen' | 'ongeldig' | 'geen-toegang' | 'niet-bereikbaar';
export const naarPortaal = {
  ingelogd: '/',
  totp: '/inloggen?sso=totp',
  fout: (f: SsoFout) => `/inloggen?sso-fout=${f}`,
};

export type CallbackUitkomst =
  { soort: 'ingelogd'; token: string } | { soort: 'totp'; cookie: string } | { soort: 'fout'; fout: SsoFout };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const nieuweCookie = () => randomBytes(32).toString('base64url');

/**
 * The single sign-on login (docs/adr/0017-oidc-sso.md): authorization code flow with PKCE, state and
 * nonce kept server-side; linking only to an existing account with a membership in the provider's
 * organisation; identity's own login step (TOTP unless the provider asserted MFA, session, audit).
 * Logs carry the provider id and a reason, never an address, a token or a claim.
 */
@Injectable()
export class SsoLoginService {
  private readonly log = new Logger('Sso');

  constructor(
    private readonly db: Db,
    private readonly geheim: SsoGeheim,
    private readonly klant: OidcKlant,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/v1/auth/sso/callback`;
  }
  backchannelUri(idpId: string): string {
    return `${this.config.publicUrl}/api/v1/auth/sso/${idpId}/backchannel-logout`;
  }
  get postLogoutUri(): string {
    return `${this.config.publicUrl}/inloggen?uitgelogd=1`;
  }

  private verbinding(idp: IdpVoorLogin): IdpVerbinding {
    return {
      id: idp.id,
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: this.geheim.ontsleutel(idp.clientSecretVersleuteld, idp.id),
    };
  }

  private idp(id: string): Promise<IdpVoorLogin | undefined> {
    return this.db.inContext({}, (em) => idpVoorLogin(em, id));
  }

  /** Starts a login: the provider's authorization URL and the cookie that names this attempt. */
  async start(idpId: string): Promise<{ redirect: string; cookie?: string }> {
    const idp = await this.db.inContext({}, async (em) => {
      await ruimAanvragenOp(em);
      return idpVoorLogin(em, idpId);
    });
    if (!idp) return { redirect: naarPortaal.fout('geen-toegang') };
    let config;
    try {
      config = await this.klant.configuratie(this.verbinding(idp));
    } catch (e) {
      this.log.warn({ msg: 'sso provider unreachable', idpId, reden: (e as Error).name });
      return { redirect: naarPortaal.fout('niet-bereikbaar') };
    }
    const oidc = await laadOidc();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const cookie = nieuweCookie();
    await this.db.inContext({}, (em) =>
      bewaarAanvraag(
        em,
        sha256(cookie),
        {
          idpId,
          state,
          nonce,
          codeVerifier,
          gebruikerId: null,
          lidmaatschapId: null,
          subject: null,
          sid: null,
          idTokenVersleuteld: null,
        },
        AANVRAAG_MINUTEN,
      ),
    );
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { redirect: url.href, cookie };
  }

  /** The provider's redirect back: code → tokens (state, nonce, PKCE, signature checked) → account → session or TOTP step. */
  async callback(cookie: string | undefined, query: string): Promise<CallbackUitkomst> {
    const fout = (f: SsoFout, reden: string, idpId?: string): CallbackUitkomst => {
      this.log.warn({ msg: 'sso login refused', idpId, reden });
      return { soort: 'fout', fout: f };
    };
    if (!cookie) return fout('verlopen', 'geen-cookie');
    const aanvraag = await this.db.inContext({}, (em) => neemAanvraag(em, sha256(cookie)));
    if (!aanvraag || aanvraag.gebruikerId) return fout('verlopen', 'geen-aanvraag');
    const idp = await this.idp(aanvraag.idpId);
    if (!idp) return fout('geen-toegang', 'provider-inactief', aanvraag.idpId);
    const oidc = await laadOidc();
    let tokens;
    try {
      const config = await this.klant.configuratie(this.verbinding(idp));
      const huidig = new URL(this.redirectUri);
      huidig.search = query;
      tokens = await oidc.authorizationCodeGrant(config, huidig, {
        pkceCodeVerifier: aanvraag.codeVerifier,
        expectedState: aanvraag.state,
        expectedNonce: aanvraag.nonce,
        idTokenExpected: true,
      });
    } catch (e) {
      const err = e as Error & { code?: string };
      return fout('ongeldig', err.code ?? err.name, idp.id);
    }
    const claims = tokens.claims();
    if (!claims?.sub) return fout('ongeldig', 'geen-id-token', idp.id);
    const account = await this.account(idp, claims);
    if ('reden' in account) return fout('geen-toegang', account.reden, idp.id);
    const mfaExtern = idpBevestigtMfa(claims as { amr?: unknown; acr?: unknown }, idp.mfaAcr);
    const sid = typeof claims['sid'] === 'string' ? claims['sid'] : null;
    const idTokenVersleuteld = tokens.id_token ? this.geheim.versleutel(tokens.id_token, idp.id) : null;
    const uitkomst = await this.auth.externeLogin(account.gebruikerId, account.lidmaatschapId, { mfaExtern });
    if ('totpVereist' in uitkomst) {
      const nieuw = nieuweCookie();
      await this.db.inContext({}, (em) =>
        bewaarAanvraag(
          em,
          sha256(nieuw),
          {
            idpId: idp.id,
            state: '',
            nonce: '',
            codeVerifier: '',
            gebruikerId: account.gebruikerId,
            lidmaatschapId: account.lidmaatschapId,
            subject: claims.sub,
            sid,
            idTokenVersleuteld,
          },
          AANVRAAG_MINUTEN,
        ),
      );
      return { soort: 'totp', cookie: nieuw };
    }
    await this.db.inContext({}, (em) =>
      bewaarSsoSessie(em, { sessieId: uitkomst.sessieId, idpId: idp.id, subject: claims.sub, sid, idTokenVersleuteld }),
    );
    return { soort: 'ingelogd', token: uitkomst.token };
  }

  /**
   * The account of the provider's subject: an earlier link, or — first login — an active account with the
   * verified address in an allowed domain. Either way it must have an active membership in the provider's
   * organisation (or a vestiging of its instelling). Never creates an account. One reason per refusal for the log.
   */
  private async account(
    idp: IdpVoorLogin,
    claims: Record<string, unknown> & { sub: string },
  ): Promise<{ gebruikerId: string; lidmaatschapId: string } | { reden: string }> {
    const kandidaat = await this.db.inContext(
      {},
      async (em): Promise<{ gebruikerId: string; nieuw: boolean } | { reden: string }> => {
        const gekoppeld = await gekoppeldAccount(em, idp.id, claims.sub);
        if (gekoppeld)
          return (await accountIsActief(em, gekoppeld))
            ? { gebruikerId: gekoppeld, nieuw: false }
            : { reden: 'account-inactief' };
        const waarde = claims[idp.gebruikerClaim];
        if (typeof waarde !== 'string' || !waarde.includes('@')) return { reden: 'geen-claim' };
        // The standard e-mail claim must be verified by the provider; another claim (upn) is the provider's own namespace.
        if (idp.gebruikerClaim === 'email' && claims['email_verified'] !== true) return { reden: 'email-niet-geverifieerd' };
        if (!domeinToegestaan(waarde, idp.domeinen)) return { reden: 'domein' };
        const acc = await actiefAccountOpEmail(em, waarde);
        return acc ? { gebruikerId: acc.id, nieuw: true } : { reden: 'onbekend' };
      },
    );
    if ('reden' in kandidaat) return kandidaat;
    return this.db.inContext({ gebruikerId: kandidaat.gebruikerId }, async (em) => {
      const lidmaatschapId = await lidmaatschapBijOrganisatie(em, kandidaat.gebruikerId, {
        organisatieId: idp.organisatieId,
        instellingId: idp.instellingId,
      });
      if (!lidmaatschapId) return { reden: 'geen-lidmaatschap' };
      if (kandidaat.nieuw && !(await koppel(em, idp.id, claims.sub, kandidaat.gebruikerId))) return { reden: 'al-gekoppeld' };
      if (kandidaat.nieuw) this.log.log({ msg: 'sso account linked', idpId: idp.id, gebruikerId: kandidaat.gebruikerId });
      return { gebruikerId: kandidaat.gebruikerId, lidmaatschapId };
    });
  }

  /** The TOTP step after a single sign-on without MFA (the user has TOTP): same check as after a password. */
  async totp(cookie: string | undefined, code: string): Promise<string> {
    const verlopen = () => NietIngelogd('Deze inlogpoging is verlopen. Begin opnieuw met "Inloggen met" uw organisatie.');
    if (!cookie) throw verlopen();
    const sleutel = sha256(cookie);
    const aanvraag = await this.db.inContext({}, (em) => neemAanvraag(em, sleutel));
    if (!aanvraag?.gebruikerId || !aanvraag.lidmaatschapId || !aanvraag.subject) throw verlopen();
    let uitkomst;
    try {
      uitkomst = await this.auth.externeLogin(aanvraag.gebruikerId, aanvraag.lidmaatschapId, { mfaExtern: false, totp: code });
    } catch (e) {
      // A wrong code (counted against the address by identity) may be tried again within the attempt's time.
      if (e instanceof HttpException && e.getStatus() === 401) await this.terug(sleutel, aanvraag);
      throw e;
    }
    if ('totpVereist' in uitkomst) throw verlopen();
    const sessieId = uitkomst.sessieId;
    await this.db.inContext({}, (em) =>
      bewaarSsoSessie(em, {
        sessieId,
        idpId: aanvraag.idpId,
        subject: aanvraag.subject!,
        sid: aanvraag.sid,
        idTokenVersleuteld: aanvraag.idTokenVersleuteld,
      }),
    );
    return uitkomst.token;
  }

  private async terug(sleutel: string, aanvraag: Aanvraag): Promise<void> {
    await this.db.inContext({}, (em) => bewaarAanvraag(em, sleutel, aanvraag, AANVRAAG_MINUTEN / 2));
  }

  /**
   * Ends the session (inside the request's transaction) and, for a single sign-on session, answers the
   * provider's end-session URL (RP-initiated logout) for the portal to open.
   */
  async uitloggen(actor: Actor): Promise<string | null> {
    if (!actor.sessieId) return null;
    const s = await ssoSessie(this.db.em, actor.sessieId);
    await this.sessions.revoke(actor.sessieId);
    if (!s) return null;
    await vergeetSsoSessies(this.db.em, [actor.sessieId]);
    const idp = await idpVoorLogin(this.db.em, s.idpId);
    if (!idp) return null;
    try {
      const oidc = await laadOidc();
      const config = await this.klant.configuratie(this.verbinding(idp));
      const params: Record<string, string> = { client_id: idp.clientId, post_logout_redirect_uri: this.postLogoutUri };
      if (s.idTokenVersleuteld) params['id_token_hint'] = this.geheim.ontsleutel(s.idTokenVersleuteld, idp.id);
      return oidc.buildEndSessionUrl(config, params).href;
    } catch (e) {
      // No end_session_endpoint (or unreachable): the platform session is ended anyway.
      this.log.warn({
        msg: 'sso logout without provider',
        idpId: idp.id,
        reden: (e as Error & { code?: string }).code ?? (e as Error).name,
      });
      return null;
    }
  }

  /**
   * OpenID Connect Back-Channel Logout 1.0: verifies the logout token (signature with the provider's
   * keys, issuer, audience, iat, jti, the event, no nonce, sid or sub) and revokes the matching sessions.
   * Each token counts once: its jti is kept per provider until it would be too old anyway, and a replay
   * is refused. False when the token is refused (the route answers 400).
   */
  async backchannel(idpId: string, logoutToken: string): Promise<boolean> {
    const idp = await this.idp(idpId);
    if (!idp) return false;
    try {
      const verbinding = this.verbinding(idp);
      const config = await this.klant.configuratie(verbinding);
      const jose = await laadJose();
      const { payload } = await jose.jwtVerify(logoutToken, await this.klant.sleutelset(verbinding), {
        issuer: config.serverMetadata().issuer,
        audience: idp.clientId,
        maxTokenAge: LOGOUT_MAX_SECONDEN,
        clockTolerance: KLOK_MARGE_SECONDEN,
        requiredClaims: ['iat', 'jti', 'events'],
      });
      const events = payload['events'] as Record<string, unknown> | undefined;
      if (!events || typeof events[BACKCHANNEL_EVENT] !== 'object' || 'nonce' in payload) throw new Error('geen logout-token');
      const sid = typeof payload['sid'] === 'string' ? payload['sid'] : null;
      const sub = typeof payload.sub === 'string' ? payload.sub : null;
      if (!sid && !sub) throw new Error('geen sid of sub');
      const jti = payload.jti;
      if (typeof jti !== 'string' || !jti || jti.length > 200) throw new Error('geen jti');
      // Kept until the token could not be accepted anyway: its exp, and at least iat + the accepted age.
      const totSeconden = Math.max(payload.exp ?? 0, (payload.iat ?? 0) + LOGOUT_MAX_SECONDEN) + KLOK_MARGE_SECONDEN;
      const aantal = await this.db.inContext({}, async (em) => {
        if (!(await neemLogoutJti(em, idp.id, jti, new Date(totSeconden * 1000)))) {
          throw Object.assign(new Error('logout-token al gebruikt'), { code: 'herhaald' });
        }
        const ids = await sessiesVoorLogout(em, idp.id, sid, sub);
        for (const id of ids) await this.sessions.revoke(id);
        await vergeetSsoSessies(em, ids);
        return ids.length;
      });
      this.log.log({ msg: 'sso back-channel logout', idpId: idp.id, sessies: aantal });
      return true;
    } catch (e) {
      const err = e as Error & { code?: string };
      this.log.warn({ msg: 'sso back-channel logout refused', idpId: idp.id, reden: err.code ?? err.name });
      return false;
    }
  }
}
