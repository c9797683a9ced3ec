import type { INestApplication } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@rmc/server-core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Pool } from 'pg';
import { createApi } from '../../src/app/create-api';
import { DEMO_WACHTWOORD, demoEmail, PLATFORM_ACCOUNT } from '../../src/demo/seed-demo';

export interface TestApi {
  url: string;
  app: INestApplication;
  openapi: OpenAPIObject;
  config: AppConfig;
  /** Superuser pool for checking what really is in the database (bypasses RLS). */
  su: Pool;
  close(): Promise<void>;
}

export async function startApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', ...overrides });
  const { app, openapi } = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const su = new Pool({ connectionString: config.databaseUrl!, max: 2 });
  return {
    url,
    app,
    openapi,
    config,
    su,
    async close() {
      await su.end();
      await app.close();
    },
  };
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(
  api: TestApi,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; raw?: string } = {},
): Promise<Res<T>> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
  if (opts.body !== undefined || opts.raw !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers,
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    /* keep text */
  }
  return { status: res.status, body, headers: res.headers };
}

export async function login(api: TestApi, email: string, wachtwoord = DEMO_WACHTWOORD): Promise<string> {
  const res = await call(api, 'POST', '/api/v1/auth/login', { body: { email, wachtwoord } });
  if (res.status !== 200 || !res.body.accessToken)
    throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

export const demo = (prefix: string, regio: 'ijssel-vecht' | 'twente' = 'ijssel-vecht') => demoEmail(prefix, regio);
export const PLATFORM = PLATFORM_ACCOUNT;

export async function regioId(api: TestApi, naam: 'IJssel-Vecht' | 'Twente'): Promise<string> {
  const { rows } = await api.su.query(`SELECT id FROM regio WHERE naam = $1`, [naam]);
  return rows[0].id;
}
