import 'reflect-metadata';
import { loadConfig, migrate } from '@rmc/server-core';
import { seedDemo } from '../demo/seed-demo';

/** Runs migrations as the owner (DATABASE_URL); with --demo also loads the demo set. */
async function main() {
  const config = loadConfig();
  const done = await migrate(config.databaseUrl, config.appDatabaseUrl);
  console.log(JSON.stringify({ level: 30, service: 'migrate', msg: 'migrations done', applied: done }));
  if (process.argv.includes('--demo')) {
    const { aangemaakt } = await seedDemo(config.appDatabaseUrl);
    console.log(JSON.stringify({ level: 30, service: 'migrate', msg: aangemaakt ? 'demo data loaded' : 'demo data already present' }));
  }
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 60, service: 'migrate', msg: 'failed', err: err instanceof Error ? err.message : String(err) }));
  process.exit(1);
});
