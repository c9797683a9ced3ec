// Shared by the load and benchmark scripts (tools/bench/bench.mjs, tools/load/exports.mjs,
// tools/load/soak.mjs): the small pieces each of them needs to run the built API on this machine.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * The V8 flags the API runs with in production (`NODE_OPTIONS` in k8s/base/api.yaml and
 * docker/api.Dockerfile). Without them V8 sizes its heap for this machine's memory (a 4 GB limit and
 * 64 MB semi-spaces on 24 GB), not for the pod's 512 MiB, and RSS under load measures that instead.
 */
export const API_NODE_ARGS = ['--max-old-space-size=384', '--max-semi-space-size=16'];

/** A free TCP port on the loopback interface. */
export const vrijePoort = () =>
  new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** APP_DATABASE_URL when set, else the owner URL with the script's own app login role. */
export function appUrl(ownerUrl, gebruiker, wachtwoord) {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  const u = new URL(ownerUrl);
  u.username = gebruiker;
  u.password = wachtwoord;
  return u.toString();
}

/** Resident set size of a process in MB (0 once it is gone). */
export function rssMb(pid) {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** The p-th percentile (nearest rank) of a list of numbers; NaN for none. */
export function percentiel(waarden, p) {
  const s = [...waarden].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
