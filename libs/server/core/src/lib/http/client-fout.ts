import { PROBLEEM_TYPE_BASIS, PROBLEMEN, type ProblemDetails } from '@rmc/shared-api-types';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** Status, title and code from the problem registry (`http-431`, `http-408`, `http-400`). */
const ANTWOORDEN: Record<string, { code: 'http-431' | 'http-408' | 'http-400'; reden: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    code: 'http-431',
    reden: 'Request Header Fields Too Large',
    detail: 'Het adres of de headers van het verzoek zijn te lang.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    code: 'http-408',
    reden: 'Request Timeout',
    detail: 'Het verzoek kwam niet op tijd binnen.',
  },
};
const STANDAARD = {
  code: 'http-400' as const,
  reden: 'Bad Request',
  detail: 'Het verzoek is geen geldig HTTP-verzoek.',
};

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over the size limit,
 * a malformed request line) get a problem+json answer like every other 4xx, instead of Node's bare
 * `431` / `400` without a body.
 */
export function problemBijClientFout(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const a = (err.code && ANTWOORDEN[err.code]) || STANDAARD;
    const { status, title } = PROBLEMEN[a.code];
    const body = JSON.stringify({
      type: `${PROBLEEM_TYPE_BASIS}${a.code}`,
      title,
      status,
      detail: a.detail,
      code: a.code,
    } satisfies ProblemDetails);
    socket.end(
      `HTTP/1.1 ${status} ${a.reden}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
