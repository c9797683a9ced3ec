import type { NextFunction, Request, Response } from 'express';
import { Ongeldig, type FieldError } from './problems';

/** Deeper than this no request of this API goes (the deepest DTO nests 4 levels). */
export const MAX_JSON_DIEPTE = 32;

const GEBROKEN_UNICODE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first hostile part of a parsed request value, named as the validators name fields
 * (`inhoud.normen.0.soort`): nesting deeper than `maxDiepte`, a NUL character (PostgreSQL refuses it in
 * text) or a lone UTF-16 surrogate (not encodable as UTF-8), in a value or in a key. Iterative, so a
 * 5,000-level document cannot exhaust the stack here either.
 */
export function hostileInvoer(waarde: unknown, maxDiepte = MAX_JSON_DIEPTE): FieldError | null {
  const stapel: Array<[unknown, string, number]> = [[waarde, '', 0]];
  while (stapel.length) {
    const [w, pad, diepte] = stapel.pop()!;
    const veld = pad || 'body';
    if (typeof w === 'string') {
      const fout = tekstFout(w);
      if (fout) return { field: veld, message: fout };
      continue;
    }
    if (typeof w !== 'object' || w === null) continue;
    if (diepte >= maxDiepte) return { field: veld, message: `De invoer is te diep genest (hoogstens ${maxDiepte} niveaus).` };
    for (const [sleutel, kind] of Object.entries(w)) {
      const kindPad = pad ? `${pad}.${sleutel}` : sleutel;
      const fout = tekstFout(sleutel);
      if (fout)
        return { field: pad || 'body', message: `Een veldnaam is ongeldig: ${fout.charAt(0).toLowerCase()}${fout.slice(1)}` };
      stapel.push([kind, kindPad, diepte + 1]);
    }
  }
  return null;
}

function tekstFout(s: string): string | null {
  if (s.includes('\u0000')) return 'Tekst mag geen NUL-teken bevatten.';
  if (GEBROKEN_UNICODE.test(s)) return 'De tekst bevat een ongeldig teken (onvolledige Unicode).';
  return null;
}

/**
 * Express middleware before validation: hostile bodies, query strings and path segments are a 400
 * naming the field, never a stack overflow or a PostgreSQL encoding error (a 500).
 */
export function invoerBewaking(maxDiepte = MAX_JSON_DIEPTE) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    let pad: string | null = null;
    try {
      pad = decodeURIComponent(req.path);
    } catch {
      return next(Ongeldig([{ field: 'pad', message: 'Het adres bevat een ongeldige codering.' }]));
    }
    const fout =
      (pad && tekstFout(pad) ? { field: 'pad', message: tekstFout(pad)! } : null) ??
      hostileInvoer(req.query, 4) ??
      hostileInvoer(req.body, maxDiepte);
    next(fout ? Ongeldig([fout]) : undefined);
  };
}
