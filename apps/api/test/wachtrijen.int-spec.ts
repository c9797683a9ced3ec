import { createQueue, createWorker, QUEUE_IMPORT } from '@rmc/server-core';
import type { Queue, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { call, demo, login, PLATFORM, startApi, type TestApi } from './support/api';
import { startSink, startWorkerProcess, waitFor } from './support/processes';

/**
 * Operations on real Redis: the platform-beheerder's job-level queue view (list per state, retry a
 * failed job), readiness with queue lag, and the Prometheus metrics behind their token.
 */
describe('queue operations and metrics', () => {
  const token = 'metrics-token-voor-de-test-0123456789';
  let api: TestApi;
  let platform: string;
  let queue: Queue;

  beforeAll(async () => {
    api = await startApi({ METRICS_TOKEN: token });
    platform = await login(api, PLATFORM);
    queue = createQueue(api.config, QUEUE_IMPORT);
  });
  afterAll(async () => {
    await queue.close();
    await api.close();
  });

  it('lists failed jobs with attempts and an address-free error, and retries one; others get 403, bad input 400', async () => {
    const jobId = `test-${randomUUID()}`;
    await queue.add('import-verwerk', { batchId: randomUUID() }, { jobId, attempts: 1 });
    // A worker that fails exactly this job, with an error text that quotes an address.
    const worker: Worker = createWorker(api.config, QUEUE_IMPORT, async (job) => {
      if (job.id === jobId) throw new Error('550 ontvanger jan@example.org geweigerd');
    });
    try {
      for (let i = 0; i < 100 && !(await (await queue.getJob(jobId))?.isFailed()); i++)
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      await worker.close();
    }

    const lijst = await call(api, 'GET', '/api/v1/platform/wachtrijen/import/taken?toestand=failed', { token: platform });
    expect(lijst.status).toBe(200);
    const taak = lijst.body.find((t: { id: string }) => t.id === jobId);
    expect(taak).toMatchObject({
      naam: 'import-verwerk',
      toestand: 'failed',
      pogingen: 1,
      fout: '550 ontvanger [adres] geweigerd',
    });
    expect(JSON.stringify(lijst.body)).not.toContain('batchId');

    expect(
      (await call(api, 'POST', `/api/v1/platform/wachtrijen/import/taken/${jobId}/opnieuw`, { token: platform })).status,
    ).toBe(200);
    expect(await (await queue.getJob(jobId))!.getState()).toBe('waiting');
    expect(
      (await call(api, 'POST', `/api/v1/platform/wachtrijen/import/taken/${jobId}/opnieuw`, { token: platform })).status,
    ).toBe(409);
    expect(
      (await call(api, 'POST', `/api/v1/platform/wachtrijen/import/taken/bestaat-niet/opnieuw`, { token: platform })).status,
    ).toBe(404);
    await (await queue.getJob(jobId))!.remove();

    const fout = await call(api, 'GET', '/api/v1/platform/wachtrijen/import/taken?toestand=kapot', { token: platform });
    expect(fout.status).toBe(400);
    expect(fout.body.errors[0].field).toBe('toestand');
    expect((await call(api, 'GET', '/api/v1/platform/wachtrijen/onbekend/taken', { token: platform })).body.errors[0].field).toBe(
      'wachtrij',
    );
    const coordinator = await login(api, demo('coordinator'));
    expect((await call(api, 'GET', '/api/v1/platform/wachtrijen/mail/taken', { token: coordinator })).status).toBe(403);
  });

  it('readiness shows counts and lag per queue', async () => {
    const ready = await call(api, 'GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.mail).toEqual(expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number) }));
    expect(ready.body.import).toHaveProperty('oudsteWachtSeconden');
  });

  it('the reminder scan leaves a heartbeat each tick; readiness and metrics show its age and failed regions', async () => {
    await api.su.query(`DELETE FROM worker_hartslag`);
    expect((await call(api, 'GET', '/api/health/ready')).body.herinneringen).toBeNull();
    const sink = await startSink();
    const worker = startWorkerProcess({ SMTP_URL: sink.smtpUrl, WORKER_SCAN_MS: '500' });
    try {
      await waitFor(
        'a scan tick',
        async () => (await api.su.query(`SELECT 1 FROM worker_hartslag WHERE taak = 'herinneringen'`)).rowCount,
        30_000,
      );
    } finally {
      worker.kill('SIGTERM');
      await new Promise((r) => worker.once('exit', r));
      sink.stop();
    }
    const ready = await call(api, 'GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.herinneringen).toMatchObject({
      secondenGeleden: expect.any(Number),
      duurMs: expect.any(Number),
      mislukt: 0,
    });
    expect(ready.body.herinneringen.regios).toBeGreaterThanOrEqual(2);
    const tekst = await (await fetch(`${api.url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(tekst).toMatch(/^rmc_reminder_scan_age_seconds \d+$/m);
    expect(tekst).toMatch(/^rmc_reminder_scan_failed_regions 0$/m);
    // The platform-beheerder's overview shows the same heartbeat.
    expect((await call(api, 'GET', '/api/v1/platform/wachtrijen', { token: platform })).body.herinneringen).toMatchObject({
      mislukt: 0,
    });
  });

  it('metrics: Prometheus text with queue, lag and outbox figures, only with the token; 404 when no token is configured', async () => {
    expect((await call(api, 'GET', '/api/metrics')).status).toBe(401);
    expect((await call(api, 'GET', '/api/metrics', { headers: { authorization: 'Bearer fout' } })).status).toBe(401);
    const res = await fetch(`${api.url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const tekst = await res.text();
    expect(tekst).toMatch(/^rmc_queue_jobs\{queue="mail",state="waiting"\} \d+$/m);
    expect(tekst).toMatch(/^rmc_queue_oldest_waiting_seconds\{queue="import"\} \d+$/m);
    expect(tekst).toMatch(/^rmc_outbox_emails\{status="wacht"\} \d+$/m);
    expect(tekst).toMatch(/^rmc_queue_up 1$/m);
    expect(tekst).not.toContain('@');

    const zonder = await startApi();
    try {
      expect((await call(zonder, 'GET', '/api/metrics')).status).toBe(404);
    } finally {
      await zonder.close();
    }
  });
});
