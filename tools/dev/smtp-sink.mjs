// Local SMTP sink for dev and tests: SMTP on SMTP_SINK_PORT (1025), mails as JSON on
// HTTP_SINK_PORT (1080): GET /api/emails, DELETE /api/emails; GET / shows them as a page.
// A message counts as delivered only once the sink has answered "250" (like a real MTA).
// SINK_ACCEPT_DELAY_MS delays that answer, so tests can kill a sender in the middle of a send.
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 1025);
const httpPort = Number(process.env.HTTP_SINK_PORT ?? 1080);
const delay = Number(process.env.SINK_ACCEPT_DELAY_MS ?? 0);
let messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, cb) {
    simpleParser(stream).then(
      (m) =>
        setTimeout(() => {
          if (session.closed) return cb(new Error('client gone'));
          messages.push({
            id: messages.length + 1,
            messageId: m.messageId,
            outboxId: m.headers.get('x-rmc-outbox-id') ?? null,
            from: m.from?.text,
            to: m.to?.text,
            subject: m.subject,
            text: m.text,
            receivedAt: new Date().toISOString(),
          });
          cb();
        }, delay),
      cb,
    );
  },
  onClose(session) {
    session.closed = true;
  },
});

// A sender killed mid-send resets its socket; smtp-server reports that as an 'error' event, which
// without a listener would crash the sink and lose every mail it holds.
smtp.on('error', (err) =>
  console.error(JSON.stringify({ service: 'smtp-sink', msg: 'connection error', code: err.code ?? 'unknown' })),
);

const http = createServer((req, res) => {
  if (req.url?.startsWith('/api/emails')) {
    if (req.method === 'DELETE') messages = [];
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(JSON.stringify(messages));
  }
  const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mail-sink (ontwikkeling)</title></head><body><main><h1>Ontvangen e-mail (${messages.length})</h1>` +
      messages
        .slice()
        .reverse()
        .map(
          (m) =>
            `<article><h2>${esc(m.subject)}</h2><p>Aan: ${esc(m.to)} — ${esc(m.receivedAt)}</p><pre>${esc(m.text)}</pre></article>`,
        )
        .join('') +
      '</main></body></html>',
  );
});

smtp.listen(smtpPort, '127.0.0.1', () => {
  http.listen(httpPort, '127.0.0.1', () =>
    console.log(JSON.stringify({ service: 'smtp-sink', smtp: smtpPort, http: `http://127.0.0.1:${httpPort}` })),
  );
});
const stop = () => smtp.close(() => http.close(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
