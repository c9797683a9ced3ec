import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A real OIDC provider (oidc-provider in a child process, see oidc-testprovider.mjs) for the SSO tests. */
export interface TestProvider {
  issuer: string;
  /** Registers (or replaces) an account: its `sub` and claims. */
  account(sub: string, claims: Record<string, unknown>): Promise<void>;
  /** The account (and amr/acr) the next login completes with. */
  volgende(sub: string, extra?: { amr?: string[]; acr?: string }): Promise<void>;
  /** Tampers with the next ID token: a broken signature, or a valid signature for another nonce. */
  knoei(soort: 'handtekening' | 'nonce'): Promise<void>;
  /** The provider signs a logout token for (sub, sid) and posts it to the client's backchannel_logout_uri; answers the token. */
  backchannel(clientId: string, sub: string, sid: string): Promise<string>;
  stop(): Promise<void>;
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  backchannel_logout_uri?: string;
}

export async function startTestProvider(clients: TestClient[], port = 0): Promise<TestProvider> {
  const proc: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-testprovider.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients), OIDC_TEST_PORT: String(port), DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let fouten = '';
  proc.stderr!.on('data', (d) => (fouten += String(d)));
  const issuer = await new Promise<string>((resolve, reject) => {
    const regels = createInterface({ input: proc.stdout! });
    regels.once('line', (regel) => resolve((JSON.parse(regel) as { issuer: string }).issuer));
    proc.once('exit', (code) => reject(new Error(`oidc test provider stopped (${code}): ${fouten}`)));
  });
  const post = async (pad: string, body: unknown) => {
    const res = await fetch(`${issuer}/__test/${pad}`, { method: 'POST', body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`test provider ${pad}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };
  return {
    issuer,
    account: async (sub, claims) => void (await post('account', { sub, claims })),
    volgende: async (sub, extra = {}) => void (await post('volgende', { sub, ...extra })),
    knoei: async (soort) => void (await post('knoei', { soort })),
    backchannel: async (client_id, sub, sid) => (await post('backchannel', { client_id, sub, sid }))['logoutToken'] as string,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
