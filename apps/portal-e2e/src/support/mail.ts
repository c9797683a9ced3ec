import { smtpMessages } from './env';

const LINK = /\/wachtwoord-instellen#token=[A-Za-z0-9._~%-]+/;

/**
 * Polls the test SMTP sink for the invitation to `email` and returns the set-password link
 * (path and fragment only: the mail may name another host than the one the tests use).
 */
export async function wachtOpWachtwoordLink(email: string, timeoutMs = 20_000): Promise<string> {
  const tot = Date.now() + timeoutMs;
  while (Date.now() < tot) {
    const berichten = (await smtpMessages()) as unknown[];
    for (const bericht of [...berichten].reverse()) {
      // Search the whole message (to, subject, text, html) without assuming one sink's shape.
      const inhoud = JSON.stringify(bericht);
      if (!inhoud.toLowerCase().includes(email.toLowerCase())) continue;
      const link = LINK.exec(inhoud);
      if (link) return link[0];
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Geen uitnodigingsmail met wachtwoordlink voor ${email} binnen ${timeoutMs} ms`);
}
