import { join } from 'node:path';
import { pdfSjabloon } from '@rmc/server-pdf';
import type { AppConfig } from '../config/config';
import { Overbelast } from '../http/problems';
import { PdfRenderer } from './pdf-renderer';

const PROEF = join(__dirname, 'testdata/proef-pdf.cjs');

describe('PdfRenderer: a render that never ends', () => {
  const config = {
    exports: {
      pdfThreads: 1,
      pdfQueue: 1,
      pdfTimeoutSeconden: 1,
      pdfHeapMb: 32,
      perGebruiker: 2,
      perRegio: 4,
      retryAfterSeconden: 5,
    },
  } as AppConfig;
  const renderer = new PdfRenderer(config);
  afterAll(() => renderer.onModuleDestroy());

  it('is stopped at PDF_RENDER_TIMEOUT_S with 503 export-te-traag and Retry-After; the next render gets a fresh thread', async () => {
    const begin = Date.now();
    const fout = await renderer.render(pdfSjabloon(PROEF, 'blijftHangen'), {}).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Overbelast);
    expect((fout as Overbelast).getStatus()).toBe(503);
    expect((fout as Overbelast).retryAfterSeconden).toBe(5);
    expect((fout as Overbelast).getResponse()).toMatchObject({ code: 'export-te-traag' });
    expect(Date.now() - begin).toBeLessThan(10_000);

    // Starting a thread from TypeScript sources takes a while on a busy machine: no deadline for that.
    config.exports.pdfTimeoutSeconden = 60;
    const pdf = await renderer.render(pdfSjabloon(PROEF, 'snel'), {});
    expect(pdf.toString()).toBe('%PDF-1.4 proef');
  }, 30_000);

  it('a render past the thread heap limit (PDF_THREAD_HEAP_MB) is 503 export-te-traag with Retry-After, and the process keeps rendering', async () => {
    config.exports.pdfTimeoutSeconden = 60;
    const voor = process.memoryUsage().rss;
    const fout = await renderer.render(pdfSjabloon(PROEF, 'eetGeheugen'), {}).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(Overbelast);
    expect((fout as Overbelast).getStatus()).toBe(503);
    expect((fout as Overbelast).retryAfterSeconden).toBe(5);
    expect((fout as Overbelast).getResponse()).toMatchObject({ code: 'export-te-traag' });
    // The thread died at about 32 MB of old space, far below what the loop would otherwise take.
    expect(process.memoryUsage().rss - voor).toBeLessThan(300 * 1024 * 1024);
    const pdf = await renderer.render(pdfSjabloon(PROEF, 'snel'), {});
    expect(pdf.toString()).toBe('%PDF-1.4 proef');
  }, 60_000);
});
