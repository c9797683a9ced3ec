// Set by global-setup.ts, which starts the real stack for the run.
export const baseUrl = process.env['E2E_BASE_URL'] ?? 'http://localhost:3000';

/** Mails received by the test SMTP sink (tools/dev/smtp-sink.mjs). */
export async function smtpMessages(): Promise<unknown[]> {
  const res = await fetch(process.env['E2E_SMTP_URL'] ?? 'http://127.0.0.1:1080/api/emails');
  return (await res.json()) as unknown[];
}
