import 'reflect-metadata';
import { loadConfig } from '@rmc/server-core';
import { createApi } from './app/create-api';

async function main() {
  process.env['RMC_SERVICE'] = 'api';
  const config = loadConfig();
  const { app } = await createApi(config);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  console.log(JSON.stringify({ level: 30, service: 'api', msg: 'listening', url: await app.getUrl() }));
}

main().catch((err) => {
  console.error(
    JSON.stringify({ level: 60, service: 'api', msg: 'failed to start', err: err instanceof Error ? err.message : String(err) }),
  );
  process.exit(1);
});
