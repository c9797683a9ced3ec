import { dataSourceOptions } from '@rmc/server-database';
import { identityMailOntvanger } from '@rmc/server-identity';
import { MailRelay } from '@rmc/server-notificaties';
import type { ChildProcess } from 'node:child_process';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { call, demo, login, startApi, type TestApi } from './support/api';
import { startSink, startWorkerProcess, waitFor } from './support/processes';

/**
 * The invitation mail goes through the transactional outbox and the worker: exactly one mail per
 * invitation at the SMTP sink, also when the relay runs twice or the worker is killed mid-send.
 */
describe('invitation mail through the outbox', () => {
  let api: TestApi;
  let coord: string;
  let organisatieId: string;
  const children: ChildProcess[] = [];
  const stops: Array<() => void> = [];

  beforeAll(async () => {
    api = await startApi();
    coord = await login(api, demo('coordinator'));
    const orgs = await call(api, 'GET', '/api/v1/organisaties?limit=100', { token: coord });
    organisatieId = orgs.body.items.find((o: { soort: string }) => o.soort === 'regio-team').id;
  });
  afterAll(async () => {
    for (const c of children) c.kill('SIGKILL');
    for (const s of stops) s();
    await api.close();
  });

  async function nodigUit(label: string): Promise<{ email: string; outboxId: string }> {
    const email = `${label}-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.org`;
    const res = await call(api, 'POST', '/api/v1/gebruikers/uitnodigingen', {
      token: coord,
      body: { email, naam: 'Nieuwe Collega', rol: 'regio-consulent', organisatieId },
    });
    expect(res.status).toBe(201);
    const { rows } = await api.su.query(`SELECT id, tekst FROM email_outbox WHERE ontvanger = $1`, [email]);
    expect(rows).toHaveLength(1);
    expect(rows[0].tekst).toContain('/wachtwoord-instellen#token=');
    return { email, outboxId: rows[0].id };
  }

  it('the relay run twice (concurrently and again later) sends exactly one mail', async () => {
    const sink = await startSink(300);
    stops.push(sink.stop);
    const { outboxId } = await nodigUit('dubbel');
    const ds = new DataSource(dataSourceOptions(api.config.appDatabaseUrl, 3));
    await ds.initialize();
    try {
      const relay = new MailRelay(ds, identityMailOntvanger, createTransport(sink.smtpUrl), 'test@rmc');
      const results = await Promise.all([relay.relay(outboxId), relay.relay(outboxId)]);
      expect(results.sort()).toEqual(['overgeslagen', 'verzonden']);
      expect(await relay.relay(outboxId)).toBe('overgeslagen');
    } finally {
      await ds.destroy();
    }
    const mine = (await sink.mails()).filter((m) => m.outboxId === outboxId);
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toBe('Uitnodiging voor het RMC-platform');
  });

  it('a worker SIGKILLed in the middle of sending, then restarted, delivers each invitation exactly once', async () => {
    const sink = await startSink(1_500); // the sink holds its "250" for 1.5 s: the kill lands mid-send
    stops.push(sink.stop);
    const uitnodigingen = [await nodigUit('kill-a'), await nodigUit('kill-b'), await nodigUit('kill-c')];
    const workerEnv = { SMTP_URL: sink.smtpUrl, WORKER_LOCK_MS: '2000', WORKER_RECONCILE_MS: '1000' };

    const first = startWorkerProcess(workerEnv);
    children.push(first);
    // Wait until the worker has claimed a row and is talking SMTP (the sink holds its "250").
    await waitFor('a send in progress', async () => {
      const { rows } = await api.su.query(
        `SELECT count(*)::int AS n FROM email_outbox WHERE id = ANY($1) AND status = 'versturen'`,
        [uitnodigingen.map((u) => u.outboxId)],
      );
      return rows[0].n > 0;
    });
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    // Other specs leave mails in the shared outbox that this worker may have delivered: look at ours only.
    const ids = new Set(uitnodigingen.map((u) => u.outboxId));
    expect((await sink.mails()).filter((m) => m.outboxId && ids.has(m.outboxId))).toHaveLength(0);

    const second = startWorkerProcess(workerEnv);
    children.push(second);
    await waitFor(
      'all invitations sent',
      async () => {
        const { rows } = await api.su.query(
          `SELECT count(*)::int AS n FROM email_outbox WHERE id = ANY($1) AND status = 'verzonden'`,
          [uitnodigingen.map((u) => u.outboxId)],
        );
        return rows[0].n === uitnodigingen.length;
      },
      45_000,
    );
    await new Promise((r) => setTimeout(r, 2_000)); // any duplicate would arrive now
    // Other specs may have left mails waiting in the shared outbox; this worker relays them too. Count ours.
    const mails = (await sink.mails()).filter((m) => m.outboxId && ids.has(m.outboxId));
    for (const u of uitnodigingen)
      expect({ id: u.outboxId, n: mails.filter((m) => m.outboxId === u.outboxId).length }).toEqual({ id: u.outboxId, n: 1 });
    expect(mails).toHaveLength(uitnodigingen.length);
    // No personal data of young people in the mail: only the link and fixed text.
    for (const m of mails) expect(m.text).not.toMatch(/\b\d{9}\b/);
    second.kill('SIGTERM');
  });
});
