import { Redis } from 'ioredis';
import { RedisThrottlerStorage } from '../src/app/redis-throttler-storage';
import { call, startApi, type TestApi } from './support/api';

// The rate limiter's counters in Redis (issue 12 part 5, ADR 0016): one limit for every API instance.
const REDIS_URL = process.env['TEST_REDIS_URL'] || 'redis://127.0.0.1:6379';
const prefix = `rmc-test-throttle-${process.pid}-${Date.now()}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Redis throttler storage', () => {
  const opruimen: RedisThrottlerStorage[] = [];
  const nieuw = (redisUrl = REDIS_URL, p = prefix) => {
    const s = new RedisThrottlerStorage({ redisUrl, prefix: p, commandTimeoutMs: 2_000 });
    opruimen.push(s);
    return s;
  };
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL);
    // The storages connect in the background (no offline queue): wait until they are ready.
    await sleep(300);
  });
  afterAll(async () => {
    const sleutels = await redis.keys(`${prefix}*`);
    if (sleutels.length) await redis.del(...sleutels);
    redis.disconnect();
    for (const s of opruimen) s.onApplicationShutdown();
  });

  const klaar = async (s: RedisThrottlerStorage) => {
    for (let i = 0; i < 50 && (s as unknown as { redis: Redis }).redis.status !== 'ready'; i++) await sleep(50);
  };

  it('two instances share one limit, and the block holds on both', async () => {
    const a = nieuw();
    const b = nieuw();
    await Promise.all([klaar(a), klaar(b)]);
    const uit = [];
    for (let i = 0; i < 5; i++) uit.push(await (i % 2 ? b : a).increment('k-gedeeld', 60_000, 5, 60_000, 'default'));
    expect(uit.map((r) => r.isBlocked)).toEqual([false, false, false, false, false]);
    expect(uit.map((r) => r.totalHits)).toEqual([1, 2, 3, 4, 5]);
    const zesde = await b.increment('k-gedeeld', 60_000, 5, 60_000, 'default');
    expect(zesde).toMatchObject({ isBlocked: true, totalHits: 6 });
    expect(zesde.timeToBlockExpire).toBeGreaterThan(55);
    expect(zesde.timeToBlockExpire).toBeLessThanOrEqual(60);
    expect((await a.increment('k-gedeeld', 60_000, 5, 60_000, 'default')).isBlocked).toBe(true);
    // Another key and another throttler name count on their own.
    expect((await a.increment('k-ander', 60_000, 5, 60_000, 'default')).totalHits).toBe(1);
    expect((await a.increment('k-gedeeld', 60_000, 5, 60_000, 'login')).totalHits).toBe(1);
    expect(a.terugval + b.terugval).toBe(0);
  });

  it('is atomic: 200 concurrent hits from two instances let exactly the limit through', async () => {
    const a = nieuw();
    const b = nieuw();
    await Promise.all([klaar(a), klaar(b)]);
    const uit = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).increment('k-tegelijk', 60_000, 37, 60_000, 'default')),
    );
    expect(uit.filter((r) => !r.isBlocked)).toHaveLength(37);
    expect(new Set(uit.filter((r) => !r.isBlocked).map((r) => r.totalHits)).size).toBe(37);
    expect(a.terugval + b.terugval).toBe(0);
  });

  it('the window and the block expire; then counting starts over', async () => {
    const a = nieuw();
    await klaar(a);
    expect((await a.increment('k-venster', 400, 2, 400, 'default')).totalHits).toBe(1);
    expect((await a.increment('k-venster', 400, 2, 400, 'default')).totalHits).toBe(2);
    expect((await a.increment('k-venster', 400, 2, 400, 'default')).isBlocked).toBe(true);
    await sleep(500);
    const daarna = await a.increment('k-venster', 400, 2, 400, 'default');
    expect(daarna).toMatchObject({ isBlocked: false, totalHits: 1 });
    // Every key expires: nothing of the limiter stays in Redis without a TTL.
    for (const k of await redis.keys(`${prefix}:throttle:*`)) expect(await redis.pttl(k)).toBeGreaterThan(0);
  });

  it('fails open to a per-instance limit when Redis does not answer', async () => {
    const weg = nieuw('redis://127.0.0.1:1', `${prefix}-weg`);
    const uit = [];
    for (let i = 0; i < 3; i++) uit.push(await weg.increment('k-weg', 60_000, 2, 60_000, 'default'));
    // Counted in this process's memory instead: the limit still holds per instance.
    expect(uit.map((r) => r.isBlocked)).toEqual([false, false, true]);
    expect(weg.terugval).toBe(3);
  });

  describe('through two API instances', () => {
    let api1: TestApi;
    let api2: TestApi;
    const vorige = process.env['LOGIN_RATE_LIMIT_PER_MINUTE'];
    beforeAll(async () => {
      const env = { QUEUE_PREFIX: `${prefix}-api` };
      api1 = await startApi(env);
      api2 = await startApi(env);
    });
    afterAll(async () => {
      process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] = vorige;
      await api1?.close();
      await api2?.close();
    });

    it('the login limit counts over both instances; Redis holds no address', async () => {
      process.env['LOGIN_RATE_LIMIT_PER_MINUTE'] = '4';
      const statussen: number[] = [];
      for (let i = 0; i < 6; i++)
        statussen.push(
          (
            await call(i % 2 ? api2 : api1, 'POST', '/api/v1/auth/login', {
              body: { email: 'schaal@example.org', wachtwoord: 'x' },
            })
          ).status,
        );
      // Per instance (in memory) this would be 2 + 2 attempts, never refused; shared it is 4 in all.
      expect(statussen).toEqual([401, 401, 401, 401, 429, 429]);
      const geweigerd = await call(api2, 'POST', '/api/v1/auth/login', {
        body: { email: 'schaal@example.org', wachtwoord: 'x' },
      });
      expect(geweigerd.status).toBe(429);
      expect(geweigerd.headers.get('content-type')).toContain('application/problem+json');
      expect(Number(geweigerd.headers.get('retry-after'))).toBeGreaterThan(0);
      const sleutels = await redis.keys(`${prefix}-api:throttle:*`);
      expect(sleutels.length).toBeGreaterThan(0);
      for (const k of sleutels) {
        expect(k).toMatch(/^[^{]+:throttle:\{default:[0-9a-f]{64}\}:(n|blok)$/);
        expect(k).not.toContain('127.0.0.1');
        expect(k).not.toContain('schaal');
      }
    });
  });
});
