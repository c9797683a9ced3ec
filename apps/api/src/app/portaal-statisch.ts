import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/**
 * Serves the built portal (ADR 0019): the files precompressed at build time (`tools/build/precompress.mjs`
 * writes `<file>.br` and `<file>.gz` next to each text file) are sent with `Content-Encoding` when the
 * browser accepts it (brotli first), hashed files (`main-M6OOO3WT.js`, `chunk-…`, `styles-…`, `media/…`)
 * with `Cache-Control: public, max-age=31536000, immutable`, everything else and the SPA fallback
 * `index.html` with `no-cache`. The file list is read once at start-up (the build is immutable), so a
 * request never touches the disk to look for a variant.
 */

/** A name the Angular builder hashed (`outputHashing: all`): its content never changes under this name. */
export const GEHASHT = /(?:^|\/)(?:media\/.+|[^/]+-[A-Z0-9]{8}\.(?:js|css))$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

interface Varianten {
  br: boolean;
  gz: boolean;
}

function bestanden(map: string, basis = map, uit: string[] = []): string[] {
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) bestanden(pad, basis, uit);
    else uit.push(relative(basis, pad).split(sep).join('/'));
  }
  return uit;
}

/** Which encodings the client accepts, by the usual rules (`q=0` refuses one). */
export function aanvaardt(kop: string | undefined, codering: 'br' | 'gzip'): boolean {
  if (!kop) return false;
  return kop.split(',').some((deel) => {
    const [naam, ...params] = deel.trim().split(';');
    if (naam.trim().toLowerCase() !== codering) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

function cacheKop(pad: string): string {
  return GEHASHT.test(pad) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function portaalStatisch(dist: string): RequestHandler[] {
  const varianten = new Map<string, Varianten>();
  const alle = new Set(bestanden(dist));
  for (const pad of alle) {
    if (pad.endsWith('.br') || pad.endsWith('.gz')) continue;
    varianten.set('/' + pad, { br: alle.has(`${pad}.br`), gz: alle.has(`${pad}.gz`) });
  }

  const gecomprimeerd = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const v = varianten.get(req.path);
    if (!v || (!v.br && !v.gz)) return next();
    res.vary('Accept-Encoding');
    const kop = req.headers['accept-encoding'];
    const codering = v.br && aanvaardt(kop, 'br') ? 'br' : v.gz && aanvaardt(kop, 'gzip') ? 'gzip' : null;
    if (!codering) return next();
    res.setHeader('Content-Encoding', codering);
    res.setHeader('Content-Type', TYPES[extname(req.path)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', cacheKop(req.path));
    res.sendFile(join(dist, `${req.path.slice(1)}.${codering === 'br' ? 'br' : 'gz'}`), {
      cacheControl: false,
      lastModified: true,
    });
  };

  const statisch = express.static(dist, {
    index: false,
    cacheControl: false,
    setHeaders: (res, pad) => {
      const rel = relative(dist, pad).split(sep).join('/');
      res.setHeader('Cache-Control', cacheKop(rel));
      if (varianten.get('/' + rel)?.br || varianten.get('/' + rel)?.gz) res.vary('Accept-Encoding');
    },
  });

  const index = join(dist, 'index.html');
  const indexVarianten = varianten.get('/index.html');
  const spa = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    const kop = req.headers['accept-encoding'];
    if (indexVarianten?.br || indexVarianten?.gz) res.vary('Accept-Encoding');
    const codering =
      indexVarianten?.br && aanvaardt(kop, 'br') ? 'br' : indexVarianten?.gz && aanvaardt(kop, 'gzip') ? 'gz' : null;
    if (codering) {
      res.setHeader('Content-Encoding', codering === 'br' ? 'br' : 'gzip');
      res.setHeader('Content-Type', TYPES['.html']);
      return res.sendFile(`${index}.${codering}`, { cacheControl: false });
    }
    res.sendFile(index, { cacheControl: false });
  };
  return [gecomprimeerd, statisch, spa];
}

export function heeftPortaal(dist: string | null | undefined): dist is string {
  return !!dist && existsSync(join(dist, 'index.html'));
}
