import { Client } from 'pg';
import { testEnv } from './env';

export default async function globalTeardown(): Promise<void> {
  if (process.env['KEEP_TEST_DB'] === '1' || process.env['RMC_TEST_DB']) return;
  const env = testEnv();
  const admin = new Client({ connectionString: env.ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${env.DB_NAME} WITH (FORCE)`);
  await admin.end();
}
