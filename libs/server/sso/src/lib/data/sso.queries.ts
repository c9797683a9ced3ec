import { rijen, type Uitvoerder } from '@rmc/server-core';
import { instellingNaamSql, organisatieNaamSql } from '@rmc/server-organisaties';

/**
 * SQL of the sso context (owner of `sso_idp`, `sso_koppeling`, `sso_aanvraag`, `sso_sessie`). Each
 * function runs on the caller's executor: the admin routes' transaction (RLS on `sso_idp`), or the
 * login flow's own transaction, which reads providers only through the SECURITY DEFINER functions.
 */

export interface IdpRij {
  id: string;
  regioId: string | null;
  organisatieId: string | null;
  organisatieNaam: string | null;
  instellingId: string | null;
  instellingNaam: string | null;
  naam: string;
  issuer: string;
  clientId: string;
  clientSecretVersleuteld: string;
  domeinen: string[];
  gebruikerClaim: string;
  mfaAcr: string[];
  wachtwoordLoginUit: boolean;
  actief: boolean;
}

const IDP_KOLOMMEN = [
  `i.id, i.regio_id AS "regioId", i.organisatie_id AS "organisatieId", i.instelling_id AS "instellingId",`,
  `${organisatieNaamSql('i.organisatie_id')} AS "organisatieNaam", ${instellingNaamSql('i.instelling_id')} AS "instellingNaam",`,
  `i.naam, i.issuer, i.client_id AS "clientId", i.client_secret_versleuteld AS "clientSecretVersleuteld", i.domeinen,`,
  `i.gebruiker_claim AS "gebruikerClaim", i.mfa_acr AS "mfaAcr", i.wachtwoord_login_uit AS "wachtwoordLoginUit", i.actief`,
].join('\n');

/** The providers the caller may see (RLS) and the CASL clause admits, by name. */
export async function idpLijst(q: Uitvoerder, where: string, params: unknown[]): Promise<IdpRij[]> {
  return rijen<IdpRij>(
    await q.query([`SELECT ${IDP_KOLOMMEN}`, `FROM sso_idp i`, `WHERE ${where}`, `ORDER BY i.naam, i.id`].join('\n'), params),
  );
}

export async function idpOpId(q: Uitvoerder, id: string): Promise<IdpRij | undefined> {
  return rijen<IdpRij>(await q.query([`SELECT ${IDP_KOLOMMEN}`, `FROM sso_idp i`, `WHERE i.id = $1`].join('\n'), [id]))[0];
}

export interface NieuweIdp {
  id: string;
  regioId: string | null;
  organisatieId: string | null;
  instellingId: string | null;
  naam: string;
  issuer: string;
  clientId: string;
  clientSecretVersleuteld: string;
  domeinen: string[];
  gebruikerClaim: string;
  mfaAcr: string[];
  wachtwoordLoginUit: boolean;
}

export async function maakIdp(q: Uitvoerder, n: NieuweIdp): Promise<void> {
  await q.query(
    [
      `INSERT INTO sso_idp (id, regio_id, organisatie_id, instelling_id, naam, issuer, client_id, client_secret_versleuteld,`,
      `                     domeinen, gebruiker_claim, mfa_acr, wachtwoord_login_uit)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    ].join('\n'),
    [
      n.id,
      n.regioId,
      n.organisatieId,
      n.instellingId,
      n.naam,
      n.issuer,
      n.clientId,
      n.clientSecretVersleuteld,
      n.domeinen,
      n.gebruikerClaim,
      n.mfaAcr,
      n.wachtwoordLoginUit,
    ],
  );
}

const IDP_WIJZIGBAAR = {
  naam: 'naam',
  issuer: 'issuer',
  clientId: 'client_id',
  clientSecretVersleuteld: 'client_secret_versleuteld',
  domeinen: 'domeinen',
  gebruikerClaim: 'gebruiker_claim',
  mfaAcr: 'mfa_acr',
  wachtwoordLoginUit: 'wachtwoord_login_uit',
  actief: 'actief',
} as const;
export type IdpWijziging = Partial<Record<keyof typeof IDP_WIJZIGBAAR, unknown>>;

export async function wijzigIdp(q: Uitvoerder, id: string, w: IdpWijziging): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [veld, kolom] of Object.entries(IDP_WIJZIGBAAR)) {
    const waarde = w[veld as keyof IdpWijziging];
    if (waarde === undefined) continue;
    params.push(waarde);
    sets.push(`${kolom} = $${params.length}`);
  }
  if (!sets.length) return;
  await q.query([`UPDATE sso_idp`, `SET ${sets.join(', ')}, gewijzigd_op = now()`, `WHERE id = $1`].join('\n'), params);
}

/** Login flow: an active provider, through the SECURITY DEFINER function (no tenant context yet). */
export interface IdpVoorLogin {
  id: string;
  organisatieId: string | null;
  instellingId: string | null;
  naam: string;
  issuer: string;
  clientId: string;
  clientSecretVersleuteld: string;
  domeinen: string[];
  gebruikerClaim: string;
  mfaAcr: string[];
}

export async function idpVoorLogin(q: Uitvoerder, id: string): Promise<IdpVoorLogin | undefined> {
  return rijen<IdpVoorLogin>(
    await q.query(
      [
        `SELECT id, organisatie_id AS "organisatieId", instelling_id AS "instellingId", naam, issuer, client_id AS "clientId",`,
        `       client_secret_versleuteld AS "clientSecretVersleuteld", domeinen, gebruiker_claim AS "gebruikerClaim", mfa_acr AS "mfaAcr"`,
        `FROM sso_idp_voor_login($1)`,
      ].join('\n'),
      [id],
    ),
  )[0];
}

export async function idpKnoppen(q: Uitvoerder): Promise<Array<{ id: string; naam: string }>> {
  return rijen<{ id: string; naam: string }>(await q.query(`SELECT id, naam FROM sso_idp_knoppen()`));
}

export async function wachtwoordLoginUit(
  q: Uitvoerder,
  organisatieId: string | null,
  instellingId: string | null,
): Promise<boolean> {
  const [r] = rijen<{ uit: boolean }>(
    await q.query(`SELECT sso_wachtwoord_uit($1::uuid, $2::uuid) AS uit`, [organisatieId, instellingId]),
  );
  return r?.uit === true;
}

/** A login in progress (keyed by the SHA-256 of the cookie). */
export interface Aanvraag {
  idpId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  gebruikerId: string | null;
  lidmaatschapId: string | null;
  subject: string | null;
  sid: string | null;
  idTokenVersleuteld: string | null;
}

export async function bewaarAanvraag(q: Uitvoerder, sleutel: string, a: Aanvraag, minuten: number): Promise<void> {
  await q.query(
    [
      `INSERT INTO sso_aanvraag (sleutel, idp_id, state, nonce, code_verifier, gebruiker_id, lidmaatschap_id, subject, sid,`,
      `                          id_token_versleuteld, verloopt_op)`,
      `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() + make_interval(mins => $11))`,
    ].join('\n'),
    [
      sleutel,
      a.idpId,
      a.state,
      a.nonce,
      a.codeVerifier,
      a.gebruikerId,
      a.lidmaatschapId,
      a.subject,
      a.sid,
      a.idTokenVersleuteld,
      minuten,
    ],
  );
}

/** Takes the login in progress (single use: deleted as it is read); null when unknown or expired. */
export async function neemAanvraag(q: Uitvoerder, sleutel: string): Promise<Aanvraag | null> {
  const [r] = rijen<Aanvraag & { verlopen: boolean }>(
    await q.query(
      [
        `DELETE FROM sso_aanvraag`,
        `WHERE sleutel = $1`,
        `RETURNING idp_id AS "idpId", state, nonce, code_verifier AS "codeVerifier", gebruiker_id AS "gebruikerId",`,
        `          lidmaatschap_id AS "lidmaatschapId", subject, sid, id_token_versleuteld AS "idTokenVersleuteld",`,
        `          verloopt_op < now() AS verlopen`,
      ].join('\n'),
      [sleutel],
    ),
  );
  if (!r || r.verlopen) return null;
  const { verlopen: _v, ...aanvraag } = r;
  return aanvraag;
}

export async function ruimAanvragenOp(q: Uitvoerder): Promise<void> {
  await q.query(
    `DELETE FROM sso_aanvraag WHERE sleutel IN (SELECT sleutel FROM sso_aanvraag WHERE verloopt_op < now() LIMIT 100)`,
  );
}

export async function gekoppeldAccount(q: Uitvoerder, idpId: string, subject: string): Promise<string | undefined> {
  return rijen<{ gebruikerId: string }>(
    await q.query(`SELECT gebruiker_id AS "gebruikerId" FROM sso_koppeling WHERE idp_id = $1 AND subject = $2`, [idpId, subject]),
  )[0]?.gebruikerId;
}

/** Links a provider's subject to an account (first login); a second link of the same account to this provider is refused by the unique key. */
export async function koppel(q: Uitvoerder, idpId: string, subject: string, gebruikerId: string): Promise<boolean> {
  const rows = rijen(
    await q.query(
      `INSERT INTO sso_koppeling (idp_id, subject, gebruiker_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING idp_id`,
      [idpId, subject, gebruikerId],
    ),
  );
  return rows.length > 0;
}

export async function bewaarSsoSessie(
  q: Uitvoerder,
  s: { sessieId: string; idpId: string; subject: string; sid: string | null; idTokenVersleuteld: string | null },
): Promise<void> {
  await q.query(`INSERT INTO sso_sessie (sessie_id, idp_id, subject, sid, id_token_versleuteld) VALUES ($1, $2, $3, $4, $5)`, [
    s.sessieId,
    s.idpId,
    s.subject,
    s.sid,
    s.idTokenVersleuteld,
  ]);
}

export async function ssoSessie(
  q: Uitvoerder,
  sessieId: string,
): Promise<{ idpId: string; idTokenVersleuteld: string | null } | undefined> {
  return rijen<{ idpId: string; idTokenVersleuteld: string | null }>(
    await q.query(`SELECT idp_id AS "idpId", id_token_versleuteld AS "idTokenVersleuteld" FROM sso_sessie WHERE sessie_id = $1`, [
      sessieId,
    ]),
  )[0];
}

/** The platform sessions of a provider's logout: by `sid` when the token names one, else every session of the subject. */
export async function sessiesVoorLogout(
  q: Uitvoerder,
  idpId: string,
  sid: string | null,
  subject: string | null,
): Promise<string[]> {
  return rijen<{ sessieId: string }>(
    await q.query(
      [
        `SELECT sessie_id AS "sessieId"`,
        `FROM sso_sessie`,
        `WHERE idp_id = $1`,
        `AND (($2::text IS NOT NULL AND sid = $2) OR ($2::text IS NULL AND subject = $3))`,
      ].join('\n'),
      [idpId, sid, subject],
    ),
  ).map((r) => r.sessieId);
}

export async function vergeetSsoSessies(q: Uitvoerder, sessieIds: string[]): Promise<void> {
  if (sessieIds.length) await q.query(`DELETE FROM sso_sessie WHERE sessie_id = ANY($1::uuid[])`, [sessieIds]);
}

/**
 * Records an accepted logout token's `jti` until `verloopt_op`; false when it was seen before (a replay).
 * Removes the provider's expired entries first.
 */
export async function neemLogoutJti(q: Uitvoerder, idpId: string, jti: string, verlooptOp: Date): Promise<boolean> {
  await q.query(`DELETE FROM sso_logout_jti WHERE idp_id = $1 AND verloopt_op < now()`, [idpId]);
  return (
    rijen(
      await q.query(
        `INSERT INTO sso_logout_jti (idp_id, jti, verloopt_op) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING jti`,
        [idpId, jti, verlooptOp],
      ),
    ).length === 1
  );
}
