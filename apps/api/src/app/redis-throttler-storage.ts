import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerStorage } from '@nestjs/throttler';
import type { AppConfig } from '@rmc/server-core';
import { Redis } from 'ioredis';

/** The record @nestjs/throttler expects from a storage (seconds, like its in-memory storage). */
export interface ThrottlerRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * One atomic step of the shared limiter (ADR 0016). KEYS[1] counts the hits of the current window
 * (expires ttl ms after its first hit), KEYS[2] marks a block (expires after blockDuration ms).
 * ARGV: ttl ms, limit, blockDuration ms. Returns { hits, window ms left, blocked 0/1, block ms left }.
 */
const STAP = `
local blokMs = redis.call('PTTL', KEYS[2])
if blokMs > 0 then
  local treffers = tonumber(redis.call('GET', KEYS[2])) or 0
  return { treffers, blokMs, 1, blokMs }
end
local ttl = tonumber(ARGV[1])
local treffers = redis.call('INCR', KEYS[1])
local over = redis.call('PTTL', KEYS[1])
if over < 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
  over = ttl
end
if treffers > tonumber(ARGV[2]) then
  local blok = tonumber(ARGV[3])
  if blok > 0 then
    redis.call('SET', KEYS[2], treffers, 'PX', blok)
    redis.call('DEL', KEYS[1])
    return { treffers, over, 1, blok }
  end
  return { treffers, over, 1, over }
end
return { treffers, over, 0, 0 }
`;

type StapRedis = Redis & {
  throttleStap(hits: string, blok: string, ttl: number, limit: number, blokMs: number): Promise<[number, number, number, number]>;
};

export interface RedisThrottlerOptions {
  redisUrl: string;
  /** Key prefix (the queue prefix: several environments may share one Redis). */
  prefix: string;
  /** A Redis answer slower than this counts as a failure (then the local fallback decides). */
  commandTimeoutMs?: number;
}

/**
 * Rate-limit counters shared by every API instance, in Redis (issue 12, part 5; ADR 0016). The guard
 * passes a key that is already a SHA-256 of route and client address, so Redis holds no address.
 *
 * Fails open to the per-instance limit: when Redis does not answer (down, unreachable, slower than
 * commandTimeoutMs), the request is counted in this process's memory instead, exactly as before this
 * storage existed. A Redis outage then weakens the limit to N × the limit, and never refuses or
 * delays requests. Login brute force stays bounded by the per-address counters in PostgreSQL (ADR 0012).
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly log = new Logger('RedisThrottlerStorage');
  private readonly redis: StapRedis;
  private readonly lokaal = new ThrottlerStorageService();
  private readonly prefix: string;
  private laatsteWaarschuwing = 0;
  /** Resolves when the first connection is ready, or after at most 1 s; awaited until then. */
  private opstart: Promise<unknown> | null;
  /** Requests decided by the local fallback since start (for tests and diagnostics). */
  terugval = 0;

  constructor(opts: RedisThrottlerOptions) {
    this.prefix = `${opts.prefix}:throttle`;
    const redis = new Redis(opts.redisUrl, {
      // Fail fast: no offline queue and one try, so a missing Redis costs a request nothing.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 3_000,
      commandTimeout: opts.commandTimeoutMs ?? 1_000,
      retryStrategy: (n) => Math.min(n * 200, 2_000),
    });
    // Without a listener ioredis prints every reconnect error; the fallback warns (rate-limited) instead.
    redis.on('error', () => undefined);
    this.opstart = Promise.race([
      new Promise<void>((klaar) => redis.once('ready', () => klaar())),
      new Promise((klaar) => setTimeout(klaar, 1_000).unref()),
    ]).then(() => (this.opstart = null));
    redis.defineCommand('throttleStap', { numberOfKeys: 2, lua: STAP });
    this.redis = redis as StapRedis;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerRecord> {
    // One hash tag per counter, so both keys live in one slot (Redis Cluster runs the script too).
    const basis = `${this.prefix}:{${throttlerName}:${key}}`;
    // Right after start the connection may still be on its way: the first requests wait for it (at
    // most 1 s after start), so they are not counted locally. Later, during an outage, nothing waits.
    if (this.opstart) await this.opstart;
    try {
      const [treffers, over, geblokt, blokOver] = await this.redis.throttleStap(
        `${basis}:n`,
        `${basis}:blok`,
        Math.max(1, Math.round(ttl)),
        limit,
        Math.max(0, Math.round(blockDuration)),
      );
      return {
        totalHits: Number(treffers),
        timeToExpire: Math.ceil(Number(over) / 1000),
        isBlocked: Number(geblokt) === 1,
        timeToBlockExpire: Math.ceil(Number(blokOver) / 1000),
      };
    } catch (err) {
      this.terugval++;
      const nu = Date.now();
      if (nu - this.laatsteWaarschuwing > 60_000) {
        this.laatsteWaarschuwing = nu;
        this.log.warn({ msg: 'rate-limit store unreachable; counting per instance', err: (err as Error).message });
      }
      return this.lokaal.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  onApplicationShutdown(): void {
    this.lokaal.onApplicationShutdown();
    this.redis.disconnect();
  }
}

/** The storage for this configuration: Redis when the queues run on Redis, else per-instance memory. */
export function throttlerStorage(config: AppConfig): ThrottlerStorage {
  if (config.queueBackend !== 'redis') return new ThrottlerStorageService();
  return new RedisThrottlerStorage({ redisUrl: config.redisUrl, prefix: config.queuePrefix });
}
