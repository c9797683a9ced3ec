// TEMPORARY stand-in written by the portal engineer to run the specs against a local mock;
// the lead provides the real file.
export const baseUrl = process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:4300';
export async function smtpMessages(): Promise<unknown[]> {
  const res = await fetch(process.env['E2E_SMTP_URL'] ?? 'http://127.0.0.1:4300/__mails');
  return (await res.json()) as unknown[];
}
