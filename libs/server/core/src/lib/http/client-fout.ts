import { PROBLEEM_TYPE_BASIS } from '@rmc/shared-api-types';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const ANTWOORDEN: Record<string, { status: number; reden: string; title: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reden: 'Request Header Fields Too Large',
    title: 'Verzoek te groot',
    detail: 'Het adres of de headers van het verzoek zijn te lang.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reden: 'Request Timeout',
    title: 'Verzoek te traag',
    detail: 'Het verzoek kwam niet op tijd binnen.',
  },
};
const STANDAARD = {
  status: 400,
  reden: 'Bad Request',
  title: 'Ongeldige invoer',
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
    const body = JSON.stringify({
      type: `${PROBLEEM_TYPE_BASIS}http-${a.status}`,
      title: a.title,
      status: a.status,
      detail: a.detail,
      code: `http-${a.status}`,
    });
    socket.end(
      `HTTP/1.1 ${a.status} ${a.reden}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
