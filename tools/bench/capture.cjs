// Preloaded into the API by tools/bench/bench.mjs (node --require). While capture is on (toggled by
// SIGWINCH, which Nest's shutdown hooks leave alone), every statement the API sends to PostgreSQL is appended to BENCH_CAPTURE_FILE as JSON,
// so the benchmark replays exactly the SQL of one request, raw and under RLS. Never used in production.
const fs = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_CAPTURE_FILE;
let aan = false;
process.on('SIGWINCH', () => {
  aan = !aan;
});
const origineel = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, callback) {
  if (aan && file) {
    const text = typeof config === 'string' ? config : config && config.text;
    const params = Array.isArray(values) ? values : config && config.values;
    if (text) fs.appendFileSync(file, `${JSON.stringify({ text, params: params ?? [] })}\n`);
  }
  return origineel.call(this, config, values, callback);
};
