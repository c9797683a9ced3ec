/**
 * Configuration, validated once at boot into one typed object. No default secrets outside
 * DEMO_MODE=true (docs/operations.md lists every variable).
 */
export interface AppConfig {
  nodeEnv: string;
  port: number;
  host: string;
  /** Owner role: migrations only (and the demo's PostgreSQL queue backend). Not given to api/worker in production. */
  databaseUrl: string | null;
  /** Non-owner role without BYPASSRLS: every request and job. */
  appDatabaseUrl: string;
  redisUrl: string;
  queueBackend: 'redis' | 'postgres';
  /** Key prefix of all queues (lets several environments share one Redis). */
  queuePrefix: string;
  smtpUrl: string;
  mailFrom: string;
  publicUrl: string;
  pseudonymKey: string;
  logLevel: string;
  portalDist: string | null;
  /** Express 'trust proxy': false, true, or the number of proxy hops. */
  trustProxy: boolean | number;
  demoMode: boolean;
  dbPoolMax: number;
  /** Requests per minute per client address (all routes) and for login/set-password. */
  rateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  /** TOTP for professional users without a region (school staff, platform-beheerder); regions set their own. */
  totpVerplichtZonderRegio: boolean;
  /** Bearer token for GET /api/metrics (Prometheus); unset = the endpoint answers 404. */
  metricsToken: string | null;
  /**
   * Single sign-on (docs/adr/0017-oidc-sso.md): the AES-256-GCM key of the providers' client secrets
   * (SSO_SECRET_KEY, 32 bytes as base64 or hex; unset = derived from PSEUDONYM_KEY), and whether a
   * provider may be reached over plain http (SSO_ALLOW_INSECURE_HTTP=true: tests and local demos only).
   */
  sso: { secretKey: Buffer | null; httpToegestaan: boolean };
  /** Expensive routes (PDF and CSV exports): see docs/adr/ on exports. PDF_THREADS=0 renders in-process (tests only). */
  exports: {
    pdfThreads: number;
    /** Renders that may wait for a thread; beyond threads + queue an export answers 503. */
    pdfQueue: number;
    /** Seconds a render (waiting and running) may take; then its thread is stopped and the export answers 503. */
    pdfTimeoutSeconden: number;
    /**
     * MB of V8 old space a render thread may use (its resourceLimits); past it the thread is stopped and
     * the export answers 503. It bounds a runaway document's heap, not the thread's native memory
     * (buffers): the pod's limit is sized for that (docs/operations.md, Memory).
     */
    pdfHeapMb: number;
    /** Exports running at once per user and per region (or school without a region). */
    perGebruiker: number;
    perRegio: number;
    /** Seconds in Retry-After of a 503. */
    retryAfterSeconden: number;
  };
}

export class ConfigError extends Error {}

/** Default of PDF_THREAD_HEAP_MB: see docs/operations.md, Memory. */
export const PDF_HEAP_MB = 128;

const DEMO_PSEUDONYM_KEY = 'demo-only-pseudonym-key-not-for-production-use';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const fouten: string[] = [];
  const demoMode = env['DEMO_MODE'] === 'true';
  const need = (name: string, fallbackInDemo?: string): string => {
    const v = env[name];
    if (v && v.trim()) return v.trim();
    if (demoMode && fallbackInDemo !== undefined) return fallbackInDemo;
    fouten.push(`${name} is required`);
    return '';
  };
  const url = (name: string, value: string, protocols: string[]) => {
    if (!value) return;
    try {
      const u = new URL(value);
      if (!protocols.includes(u.protocol)) fouten.push(`${name} must use ${protocols.join(' or ')}`);
    } catch {
      fouten.push(`${name} is not a valid URL`);
    }
  };
  const int = (name: string, dflt: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return dflt;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) fouten.push(`${name} must be an integer ${min}..${max}`);
    return n;
  };

  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  const appDatabaseUrl = need('APP_DATABASE_URL');
  const redisUrl = env['REDIS_URL']?.trim() || 'redis://127.0.0.1:6379';
  const queueBackend = (env['QUEUE_BACKEND'] || 'redis') as AppConfig['queueBackend'];
  if (!['redis', 'postgres'].includes(queueBackend)) fouten.push('QUEUE_BACKEND must be redis or postgres');
  const smtpUrl = need('SMTP_URL', 'smtp://127.0.0.1:1025');
  const publicUrl = need('PUBLIC_URL', 'http://localhost:3000');
  const pseudonymKey = need('PSEUDONYM_KEY', DEMO_PSEUDONYM_KEY);
  if (pseudonymKey && pseudonymKey.length < 32) fouten.push('PSEUDONYM_KEY must be at least 32 characters');
  if (!demoMode && pseudonymKey === DEMO_PSEUDONYM_KEY) fouten.push('PSEUDONYM_KEY must not be the demo key outside DEMO_MODE');
  if (databaseUrl) url('DATABASE_URL', databaseUrl, ['postgres:', 'postgresql:']);
  url('APP_DATABASE_URL', appDatabaseUrl, ['postgres:', 'postgresql:']);
  url('REDIS_URL', redisUrl, ['redis:', 'rediss:']);
  url('SMTP_URL', smtpUrl, ['smtp:', 'smtps:']);
  url('PUBLIC_URL', publicUrl, ['http:', 'https:']);

  const config: AppConfig = {
    nodeEnv: env['NODE_ENV'] || 'production',
    port: int('PORT', 3000, 0, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl,
    appDatabaseUrl,
    redisUrl,
    queueBackend,
    queuePrefix: env['QUEUE_PREFIX'] || 'rmc',
    smtpUrl,
    mailFrom: env['MAIL_FROM'] || 'RMC-platform <no-reply@rmc.example.nl>',
    publicUrl: publicUrl.replace(/\/$/, ''),
    pseudonymKey,
    logLevel: env['LOG_LEVEL'] || 'info',
    portalDist: env['PORTAL_DIST'] || null,
    trustProxy:
      env['TRUST_PROXY'] === 'true' ? true : /^\d+$/.test(env['TRUST_PROXY'] ?? '') ? Number(env['TRUST_PROXY']) : false,
    demoMode,
    dbPoolMax: int('DB_POOL_MAX', 10, 1, 100),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    totpVerplichtZonderRegio: env['TOTP_REQUIRED_WITHOUT_REGION'] !== 'false',
    loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT_PER_MINUTE', 30, 1, 1_000_000),
    metricsToken: env['METRICS_TOKEN']?.trim() || null,
    sso: { secretKey: ssoSleutel(env['SSO_SECRET_KEY'], fouten), httpToegestaan: env['SSO_ALLOW_INSECURE_HTTP'] === 'true' },
    exports: {
      pdfThreads: int('PDF_THREADS', 1, 0, 16),
      pdfQueue: int('PDF_QUEUE', 4, 0, 1000),
      pdfTimeoutSeconden: int('PDF_RENDER_TIMEOUT_S', 30, 1, 600),
      pdfHeapMb: int('PDF_THREAD_HEAP_MB', PDF_HEAP_MB, 16, 4096),
      perGebruiker: int('EXPORT_PER_USER', 2, 1, 1000),
      perRegio: int('EXPORT_PER_REGION', 4, 1, 1000),
      retryAfterSeconden: int('EXPORT_RETRY_AFTER_S', 5, 1, 3600),
    },
  };
  if (config.metricsToken && config.metricsToken.length < 24) fouten.push('METRICS_TOKEN must be at least 24 characters');
  if (fouten.length) throw new ConfigError(`Invalid configuration:\n - ${fouten.join('\n - ')}`);
  return config;
}

/** SSO_SECRET_KEY: exactly 32 bytes, written as 64 hex characters or as base64. */
function ssoSleutel(raw: string | undefined, fouten: string[]): Buffer | null {
  const v = raw?.trim();
  if (!v) return null;
  const sleutel = /^[0-9a-f]{64}$/i.test(v) ? Buffer.from(v, 'hex') : Buffer.from(v, 'base64');
  if (sleutel.length !== 32) fouten.push('SSO_SECRET_KEY must be 32 bytes (64 hex characters or base64)');
  return sleutel;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
