// COPY ... FROM STDIN in PostgreSQL's text format, streamed in chunks with back-pressure.
import { from as copyFrom } from 'pg-copy-streams';

const ESC = /[\\\t\n\r]/g;
const ESC_MAP = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One field in COPY text format: null/undefined → \N; objects → JSON; arrays → PostgreSQL array literal. */
export function field(v) {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') {
    // Fast path: most values (ids, dates, timestamps, short texts) need no escaping.
    if (v.indexOf('\\') < 0 && v.indexOf('\t') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return v;
    return v.replace(ESC, (c) => ESC_MAP[c]);
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return field(pgArray(v));
  return field(JSON.stringify(v));
}

/** PostgreSQL array literal of text/uuid values (each element quoted). */
export function pgArray(list) {
  return `{${list.map((s) => `"${String(s).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

export function line(values) {
  let s = field(values[0]);
  for (let i = 1; i < values.length; i++) s += '\t' + field(values[i]);
  return s + '\n';
}

/**
 * Streams rows (already formatted lines) into `table (columns)`. Lines are sent in ~256 KB chunks; the
 * promise settles when PostgreSQL has accepted the whole COPY.
 */
export async function copyLines(client, table, columns, lines) {
  if (!lines.length) return 0;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let buf = '';
  for (let i = 0; i < lines.length; i++) {
    buf += lines[i];
    if (buf.length > 262_144) {
      if (!stream.write(buf)) await Promise.race([new Promise((r) => stream.once('drain', r)), done]);
      buf = '';
    }
  }
  if (buf) stream.write(buf);
  stream.end();
  await done;
  return lines.length;
}
