// A real OpenID Connect provider for the single sign-on tests (oidc-provider, panva), run as a child
// process: `node oidc-testprovider.mjs` with OIDC_TEST_CLIENTS (JSON list of clients) and optional
// OIDC_TEST_PORT. Prints one line `{"issuer": "..."}` when it listens. Test only: the interaction (login
// page) is completed automatically for the account the test chose with POST /__test/volgende, and a few
// control routes let a test tamper with the next ID token or send a back-channel logout (to the
// client's registered backchannel_logout_uri).
import { createServer } from 'node:http';
import Provider from 'oidc-provider';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';

const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS || '[]');
const poort = Number(process.env.OIDC_TEST_PORT || 0);

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(privateKey)), kid: 'test-sleutel', alg: 'RS256', use: 'sig' };

/** sub → claims (email, email_verified, name). */
const accounts = new Map();
/** The account (and amr/acr) the next login interaction completes with. */
let volgende = null;
/** Tampering with the next token response's ID token: 'handtekening' | 'nonce' | null. */
let knoei = null;
/** The last logout token the provider posted (a test replays it). */
let laatsteLogoutToken = null;

const server = createServer();
await new Promise((r) => server.listen(poort, '127.0.0.1', r));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map((c) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    backchannel_logout_session_required: true,
    ...c,
  })),
  jwks: { keys: [jwk] },
  cookies: { keys: ['oidc-testprovider-sleutel'] },
  pkce: { required: () => true },
  conformIdTokenClaims: false,
  claims: {
    acr: null,
    amr: null,
    auth_time: null,
    iss: null,
    sid: null,
    openid: ['sub', 'acr', 'amr'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
    backchannelLogout: { enabled: true },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  // The relying party (the API under test) listens on 127.0.0.1, which the provider's SSRF guard refuses: test only.
  fetch: (url, options) => {
    if (options?.body instanceof URLSearchParams && options.body.has('logout_token'))
      laatsteLogoutToken = options.body.get('logout_token');
    return globalThis.fetch(url, { ...options, dispatcher: undefined });
  },
  // No consent screen: the grant is given at once (test only).
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, sub) {
    const claims = accounts.get(sub);
    return claims ? { accountId: sub, claims: async () => ({ sub, ...claims }) } : undefined;
  },
});
provider.proxy = false;

const b64 = (s) => Buffer.from(s, 'base64url');
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || !knoei || !ctx.body?.id_token) return;
  const [kop, inhoud, handtekening] = ctx.body.id_token.split('.');
  if (knoei === 'handtekening') {
    const h = b64(handtekening);
    h[0] ^= 0xff;
    ctx.body = { ...ctx.body, id_token: `${kop}.${inhoud}.${h.toString('base64url')}` };
  } else if (knoei === 'nonce') {
    // Correctly signed by the provider's own key, but for another nonce.
    const claims = { ...JSON.parse(b64(inhoud).toString()), nonce: 'een-andere-nonce' };
    const jws = await new CompactSign(Buffer.from(JSON.stringify(claims)))
      .setProtectedHeader(JSON.parse(b64(kop).toString()))
      .sign(privateKey);
    ctx.body = { ...ctx.body, id_token: jws };
  }
  knoei = null;
});

async function lees(req) {
  let tekst = '';
  for await (const deel of req) tekst += deel;
  return tekst ? JSON.parse(tekst) : {};
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    if (url.pathname.startsWith('/__test/') && req.method === 'POST') {
      const body = await lees(req);
      if (url.pathname === '/__test/account') accounts.set(body.sub, body.claims);
      else if (url.pathname === '/__test/volgende') volgende = body;
      else if (url.pathname === '/__test/knoei') knoei = body.soort ?? null;
      else if (url.pathname === '/__test/backchannel') {
        const client = await provider.Client.find(body.client_id);
        await client.backchannelLogout(body.sub, body.sid);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ logoutToken: laatsteLogoutToken }));
        return;
      } else {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }
    if (url.pathname.startsWith('/interaction/') && req.method === 'GET') {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name !== 'login' || !volgende) {
        res.writeHead(400).end(`onverwachte interactie: ${details.prompt.name}`);
        return;
      }
      const { sub, amr, acr } = volgende;
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: sub, ...(amr ? { amr } : {}), ...(acr ? { acr } : {}) } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    callback(req, res);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e?.stack ?? e) + (e?.cause ? ` (${e.cause})` : ''));
  }
});

process.stdout.write(JSON.stringify({ issuer }) + '\n');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
