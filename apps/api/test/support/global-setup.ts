import { Client } from 'pg';
import { testEnv } from './env';
import { registerPathAliases } from './paths';

/** One fresh database per run: migrations as the owner, demo data as the app role. */
export default async function globalSetup(): Promise<void> {
  const env = testEnv();
  const bestaand = Boolean(process.env['RMC_TEST_DB']);
  if (!bestaand) {
    const admin = new Client({ connectionString: env.ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${env.DB_NAME}`);
    await admin.end();
  }
  Object.assign(process.env, env.vars);
  registerPathAliases();
  const { migrate } = require('@rmc/server-migrations') as typeof import('@rmc/server-migrations');
  const { seedDemo } = require('../../src/demo/seed-demo') as typeof import('../../src/demo/seed-demo');
  // An existing database (RMC_TEST_DB) must be up to date already; this only grants the test's app login.
  await migrate(env.vars.DATABASE_URL, env.vars.APP_DATABASE_URL);
  if (!bestaand) await seedDemo(env.vars.APP_DATABASE_URL);
}
