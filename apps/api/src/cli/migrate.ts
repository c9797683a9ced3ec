import 'reflect-metadata';
import { loadConfig } from '@rmc/server-core';
import { migrate } from '@rmc/server-migrations';
import { seedDemo } from '../demo/seed-demo';

/** Runs migrations as the owner (DATABASE_URL); with --demo also loads the demo set. */
async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL (owner role) is required for migrations');
  const done = await migrate(config.databaseUrl, config.appDatabaseUrl);
  console.log(JSON.stringify({ level: 30, service: 'migrate', msg: 'migrations done', applied: done }));
  if (process.argv.includes('--demo')) {
    // Demo accounts have a published password: never outside an explicit demo.
    if (!config.demoMode) throw new Error('--demo requires DEMO_MODE=true');
    const { aangemaakt } = await seedDemo(config.appDatabaseUrl);
    console.log(
      JSON.stringify({ level: 30, service: 'migrate', msg: aangemaakt ? 'demo data loaded' : 'demo data already present' }),
    );
  }
}

main().catch((err) => {
  console.error(
    JSON.stringify({ level: 60, service: 'migrate', msg: 'failed', err: err instanceof Error ? err.message : String(err) }),
  );
  process.exit(1);
});
