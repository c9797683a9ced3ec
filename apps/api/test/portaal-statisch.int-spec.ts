import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startApi, type TestApi } from './support/api';

interface Ruw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Raw bytes as sent (fetch would decompress them). */
function haal(api: TestApi, pad: string, acceptEncoding?: string): Promise<Ruw> {
  return new Promise((resolve, reject) => {
    const req = request(`${api.url}${pad}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(delen) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The portal as a product (ADR 0019): precompressed JS/CSS/HTML with Content-Encoding br or gzip by
 * Accept-Encoding, immutable caching on hashed names, no-cache on index.html and the SPA fallback.
 */
describe('portal files: compression and caching', () => {
  let api: TestApi;
  let dist: string;
  const js = `console.log(${JSON.stringify('RMC-portaal '.repeat(400))});\n`;
  const css = `body { color: #000; }\n`.repeat(200);
  const html = `<!doctype html><html lang="nl"><head><title>RMC</title><script src="main-ABCDEF12.js" type="module"></script></head><body>${'<!-- x -->'.repeat(100)}</body></html>`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'portaal-'));
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(join(dist, 'main-ABCDEF12.js'), js);
    writeFileSync(join(dist, 'styles-QWERTY34.css'), css);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    mkdirSync(join(dist, 'media'));
    writeFileSync(join(dist, 'media', 'logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(200)}</svg>`);
    execFileSync(process.execPath, [join(__dirname, '../../../tools/build/precompress.mjs'), dist]);
    api = await startApi({ PORTAL_DIST: dist });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends brotli when accepted, gzip otherwise, identity without either; hashed files immutable', async () => {
    const br = await haal(api, '/main-ABCDEF12.js', 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(js);
    expect(br.body.length).toBeLessThan(js.length / 5);

    const gz = await haal(api, '/styles-QWERTY34.css', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['content-type']).toMatch(/^text\/css/);
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gz.body).toString()).toBe(css);

    const geen = await haal(api, '/main-ABCDEF12.js');
    expect(geen.headers['content-encoding']).toBeUndefined();
    expect(geen.body.toString()).toBe(js);
    expect(geen.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const geweigerd = await haal(api, '/main-ABCDEF12.js', 'br;q=0, gzip');
    expect(geweigerd.headers['content-encoding']).toBe('gzip');

    const media = await haal(api, '/media/logo.svg', 'br');
    expect(media.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(media.headers['content-encoding']).toBe('br');
  });

  it('index.html and the SPA fallback are no-cache (compressed too); unhashed files are no-cache', async () => {
    for (const pad of ['/', '/casussen/123', '/index.html']) {
      const res = await haal(api, pad, 'br, gzip');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(res.body).toString()).toBe(html);
    }
    const klein = await haal(api, '/favicon.svg', 'br, gzip');
    expect(klein.headers['cache-control']).toBe('no-cache');
    expect(klein.headers['content-encoding']).toBeUndefined();
    // The API itself stays no-store and is never served from the portal's files.
    const api404 = await haal(api, '/api/v1/bestaat-niet', 'br');
    expect(api404.headers['cache-control']).toBe('no-store');
  });
});
