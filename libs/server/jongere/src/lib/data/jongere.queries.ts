import { rijen, type Db, type Uitvoerder } from '@rmc/server-core';

/**
 * The jongere context's own tables. Account, link, code and session are read by address or token hash
 * before any tenant context exists (no RLS, cut grants, like identity's `gebruiker`/`sessie`); the
 * answers to appointments are tenant rows (RLS: the region's RMC roles and the person themselves).
 */
async function q<T>(u: Uitvoerder, sql: string[], params: unknown[]): Promise<T[]> {
  return rijen<T>(await u.query(sql.join('\n'), params));
}

export interface AccountRij {
  id: string;
  persoon_id: string;
  regio_id: string;
  email: string;
}

/** One account per person: a new invitation updates the address and re-activates it. */
export async function bewaarAccount(
  u: Uitvoerder,
  a: { persoonId: string; regioId: string; email: string; door: string },
): Promise<string> {
  const [r] = await q<{ id: string }>(
    u,
    [
      `INSERT INTO jongere_account (persoon_id, regio_id, email, uitgenodigd_door)`,
      `VALUES ($1, $2, $3, $4)`,
      `ON CONFLICT (persoon_id) DO UPDATE SET email = EXCLUDED.email, actief = true, uitgenodigd_door = EXCLUDED.uitgenodigd_door`,
      `RETURNING id`,
    ],
    [a.persoonId, a.regioId, a.email, a.door],
  );
  return r.id;
}

/** The active account of an address (the most recent invitation wins when a person moved regions). */
export async function accountOpEmail(u: Uitvoerder, email: string): Promise<AccountRij | undefined> {
  const [r] = await q<AccountRij>(
    u,
    [
      `SELECT id, persoon_id, regio_id, email`,
      `FROM jongere_account`,
      `WHERE lower(email) = lower($1)`,
      `AND actief`,
      `ORDER BY aangemaakt_op DESC`,
      `LIMIT 1`,
    ],
    [email],
  );
  return r;
}

export async function accountOpId(u: Uitvoerder, id: string): Promise<AccountRij | undefined> {
  const [r] = await q<AccountRij>(
    u,
    [`SELECT id, persoon_id, regio_id, email`, `FROM jongere_account`, `WHERE id = $1`, `AND actief`],
    [id],
  );
  return r;
}

/** A new link voids every earlier unused one and ends the account's sessions (a lost or shared phone). */
export async function vervangLink(u: Uitvoerder, accountId: string, tokenHash: string, verlooptOp: Date): Promise<string> {
  await q(u, [`UPDATE jongere_link SET gebruikt_op = now()`, `WHERE account_id = $1`, `AND gebruikt_op IS NULL`], [accountId]);
  await q(
    u,
    [`UPDATE jongere_sessie SET ingetrokken_op = now()`, `WHERE account_id = $1`, `AND ingetrokken_op IS NULL`],
    [accountId],
  );
  const [r] = await q<{ id: string }>(
    u,
    [`INSERT INTO jongere_link (account_id, token_hash, verloopt_op)`, `VALUES ($1, $2, $3)`, `RETURNING id`],
    [accountId, tokenHash, verlooptOp],
  );
  return r.id;
}

/** The outbox's `link_soort` of an invitation mail; the mail relay calls {@link zetJongereLinkHash} for it. */
export const JONGERE_LINK_SOORT = 'jongere-link';

/**
 * The mail relay, just before sending an invitation: the hash of the token it puts in the mail, on the
 * link row, when that link is still unused and unexpired (a newer invitation voided it: false, the
 * mail is dropped). One `Db.systeem` statement (the relay runs outside any tenant context).
 */
export async function zetJongereLinkHash(sql: Pick<Db, 'systeem'>, linkId: string, hash: string): Promise<boolean> {
  const gezet = await sql.systeem<{ id: string }>(
    `UPDATE jongere_link SET token_hash = $2 WHERE id = $1 AND gebruikt_op IS NULL AND verloopt_op > now() RETURNING id`,
    [linkId, hash],
  );
  return gezet.length === 1;
}

/** Uses a link once: the account when it was unused and not expired. */
export async function wisselLinkIn(u: Uitvoerder, tokenHash: string): Promise<string | undefined> {
  const [r] = await q<{ account_id: string }>(
    u,
    [
      `UPDATE jongere_link SET gebruikt_op = now()`,
      `WHERE token_hash = $1`,
      `AND gebruikt_op IS NULL`,
      `AND verloopt_op > now()`,
      `RETURNING account_id`,
    ],
    [tokenHash],
  );
  return r?.account_id;
}

/** Codes made for the account in the last hour (a cap on codes bounds the guesses per hour). */
export async function codesAfgelopenUur(u: Uitvoerder, accountId: string): Promise<number> {
  const [r] = await q<{ n: number }>(
    u,
    [`SELECT count(*)::int AS n`, `FROM jongere_code`, `WHERE account_id = $1`, `AND aangemaakt_op > now() - interval '1 hour'`],
    [accountId],
  );
  return r.n;
}

/** A new code voids the account's earlier ones. */
export async function maakCode(u: Uitvoerder, accountId: string, codeHash: string, verlooptOp: Date): Promise<string> {
  await q(u, [`UPDATE jongere_code SET gebruikt_op = now()`, `WHERE account_id = $1`, `AND gebruikt_op IS NULL`], [accountId]);
  const [r] = await q<{ id: string }>(
    u,
    [`INSERT INTO jongere_code (account_id, code_hash, verloopt_op)`, `VALUES ($1, $2, $3)`, `RETURNING id`],
    [accountId, codeHash, verlooptOp],
  );
  return r.id;
}

export interface CodeRij {
  id: string;
  code_hash: string;
  pogingen: number;
  verlopen: boolean;
}

/** The account's one open code, locked for this attempt (two guesses at once count twice). */
export async function openCode(u: Uitvoerder, accountId: string): Promise<CodeRij | undefined> {
  const [r] = await q<CodeRij>(
    u,
    [
      `SELECT id, code_hash, pogingen, verloopt_op <= now() AS verlopen`,
      `FROM jongere_code`,
      `WHERE account_id = $1`,
      `AND gebruikt_op IS NULL`,
      `ORDER BY aangemaakt_op DESC`,
      `LIMIT 1`,
      `FOR UPDATE`,
    ],
    [accountId],
  );
  return r;
}

export async function telPoging(u: Uitvoerder, codeId: string): Promise<void> {
  await q(u, [`UPDATE jongere_code SET pogingen = pogingen + 1`, `WHERE id = $1`], [codeId]);
}

export async function gebruikCode(u: Uitvoerder, codeId: string): Promise<void> {
  await q(u, [`UPDATE jongere_code SET gebruikt_op = now()`, `WHERE id = $1`], [codeId]);
}

export async function maakSessie(u: Uitvoerder, accountId: string, tokenHash: string, methode: string): Promise<Date> {
  const [r] = await q<{ aangemaakt_op: Date }>(
    u,
    [`INSERT INTO jongere_sessie (account_id, token_hash, methode)`, `VALUES ($1, $2, $3)`, `RETURNING aangemaakt_op`],
    [accountId, tokenHash, methode],
  );
  await q(u, [`UPDATE jongere_account SET laatst_ingelogd_op = now()`, `WHERE id = $1`], [accountId]);
  return new Date(r.aangemaakt_op);
}

export interface SessieRij {
  id: string;
  aangemaakt_op: Date;
  laatst_actief_op: Date;
  persoon_id: string;
  regio_id: string;
  email: string;
}

export async function sessieOpHash(u: Uitvoerder, tokenHash: string): Promise<SessieRij | undefined> {
  const [r] = await q<SessieRij>(
    u,
    [
      `SELECT s.id, s.aangemaakt_op, s.laatst_actief_op, a.persoon_id, a.regio_id, a.email`,
      `FROM jongere_sessie s`,
      `JOIN jongere_account a ON a.id = s.account_id`,
      `WHERE s.token_hash = $1`,
      `AND s.ingetrokken_op IS NULL`,
      `AND a.actief`,
    ],
    [tokenHash],
  );
  return r;
}

export async function raakSessieAan(u: Uitvoerder, id: string): Promise<void> {
  await q(u, [`UPDATE jongere_sessie SET laatst_actief_op = now()`, `WHERE id = $1`], [id]);
}

export async function beeindigSessie(u: Uitvoerder, id: string): Promise<void> {
  await q(u, [`UPDATE jongere_sessie SET ingetrokken_op = now()`, `WHERE id = $1`, `AND ingetrokken_op IS NULL`], [id]);
}

/** The person's answer to an appointment (confirm or ask to move); the latest answer counts. */
export async function bewaarReactie(
  u: Uitvoerder,
  r: { regioId: string; casusId: string; persoonId: string; sleutel: string; reactie: string; toelichting: string | null },
): Promise<void> {
  await q(
    u,
    [
      `INSERT INTO jongere_afspraak_reactie (regio_id, casus_id, persoon_id, sleutel, reactie, toelichting)`,
      `VALUES ($1, $2, $3, $4, $5, $6)`,
      `ON CONFLICT (casus_id, sleutel) DO UPDATE SET reactie = EXCLUDED.reactie, toelichting = EXCLUDED.toelichting, op = now()`,
    ],
    [r.regioId, r.casusId, r.persoonId, r.sleutel, r.reactie, r.toelichting],
  );
}

export async function reactiesVan(u: Uitvoerder, casusIds: readonly string[]): Promise<Map<string, 'bevestigd' | 'verzetten'>> {
  if (!casusIds.length) return new Map();
  const rows = await q<{ casus_id: string; sleutel: string; reactie: 'bevestigd' | 'verzetten' }>(
    u,
    [`SELECT casus_id, sleutel, reactie`, `FROM jongere_afspraak_reactie`, `WHERE casus_id = ANY($1::uuid[])`],
    [casusIds],
  );
  return new Map(rows.map((r) => [`${r.casus_id}:${r.sleutel}`, r.reactie]));
}

/** The jongere_inzage() function: the audit rows about the person (their own session only). */
export async function inzageRegels(
  u: Uitvoerder,
  pseudo: string,
): Promise<
  Array<{
    tijdstip: Date;
    actor: string | null;
    rol: string | null;
    actie: string;
    subject_type: string;
    organisatie: string | null;
  }>
> {
  return q(u, [`SELECT tijdstip, actor, rol, actie, subject_type, organisatie`, `FROM jongere_inzage($1)`], [pseudo]);
}

/** A case's answers with their text, for the consulent (RLS: the region's RMC roles). */
export async function reactiesMetToelichting(
  u: Uitvoerder,
  casusId: string,
): Promise<Array<{ sleutel: string; reactie: 'bevestigd' | 'verzetten'; toelichting: string | null; op: Date }>> {
  return q(
    u,
    [`SELECT sleutel, reactie, toelichting, op`, `FROM jongere_afspraak_reactie`, `WHERE casus_id = $1`, `ORDER BY op`],
    [casusId],
  );
}
