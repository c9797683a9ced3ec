#!/usr/bin/env bash
# npm run ops:restore-test — a backup you have restored: pg_dump (custom format) of a database, pg_restore
# into a fresh database, migrations up to date (nothing applied), the audit chains verified (and equal to
# the source's heads), and the tenant isolation sweep run against the restored copy. Prints the measured
# times. docs/operations.md ("Backup and restore") describes the procedure.
#
#   npm run ops:restore-test                                # a fresh demo-size data set (tools/data) as the source
#   npm run ops:restore-test -- --bron postgres://…/rmc     # dump an existing database instead (read only)
#
# Environment: RESTORE_ADMIN_URL (superuser on the cluster, default postgres://postgres@127.0.0.1:5432/postgres),
# RESTORE_PREFIX (database names, default rmc_restore: <prefix>_bron and <prefix>_doel), RESTORE_JOBS (pg_restore
# --jobs, default 2), RESTORE_SWEEP=0 skips the isolation sweep, KEEP=1 keeps the databases and the dump.
# Needs pg_dump/pg_restore of the server's major version, Redis for the sweep, and dist/server (built if missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[ -x "$ROOT/.tools/node_modules/node/bin/node" ] && export PATH="$ROOT/.tools/node_modules/node/bin:$PATH"

ADMIN_URL="${RESTORE_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PREFIX="${RESTORE_PREFIX:-rmc_restore}"
JOBS="${RESTORE_JOBS:-2}"
BRON_URL=""
if [ "${1:-}" = "--bron" ]; then BRON_URL="${2:?--bron needs a database URL}"; fi

db_url() { node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$ADMIN_URL" "$1"; }
app_url() { node -e 'const u = new URL(process.argv[1]); u.username = "rmc_app_demo"; u.password = "rmc-app-demo-wachtwoord"; console.log(u.toString())' "$1"; }
psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -d "$ADMIN_URL" "$@"; }
now_ms() { date +%s%3N; }
declare -A T
exec 3>&1
meet() { # meet <name> <command…>: runs it and records the time in ms
  local naam="$1"; shift
  local t0; t0=$(now_ms)
  "$@"
  T[$naam]=$(( $(now_ms) - t0 ))
  echo "[restore-test] $naam: $(secs "${T[$naam]}") s" >&3
}
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

DOEL_DB="${PREFIX}_doel"
DOEL_URL="$(db_url "$DOEL_DB")"
WERK="$(mktemp -d "${TMPDIR:-/tmp}/rmc-restore.XXXXXX")"
DUMP="$WERK/rmc.dump"
opruimen() {
  if [ "${KEEP:-0}" = 1 ]; then echo "[restore-test] kept: $DUMP, databases ${BRON_URL:+(source untouched) }${PREFIX}_bron / $DOEL_DB"; return; fi
  psql_admin -c "DROP DATABASE IF EXISTS $DOEL_DB WITH (FORCE)" >/dev/null 2>&1 || true
  [ -z "$BRON_URL" ] && { psql_admin -c "DROP DATABASE IF EXISTS ${PREFIX}_bron WITH (FORCE)" >/dev/null 2>&1 || true; }
  rm -rf "$WERK"
}
trap opruimen EXIT

[ -f dist/server/apps/api/src/cli/migrate.js ] || npm run build:server

# 1. The source: a fresh demo-size data set (demo seed + generated regions), its audit log sealed.
EIGEN_BRON=0
if [ -z "$BRON_URL" ]; then
  EIGEN_BRON=1
  BRON_URL="$(db_url "${PREFIX}_bron")"
  meet "source: generate demo-size data" env DATABASE_URL="$BRON_URL" APP_DATABASE_URL="$(app_url "$BRON_URL")" LOG_LEVEL=warn \
    node tools/data/generate.mjs --size demo --fresh >"$WERK/generate.log"
  meet "source: seal the audit log" env DATABASE_URL="$BRON_URL" node tools/ops/audit-seal.mjs >"$WERK/seal.log"
  tail -n 1 "$WERK/seal.log" | sed 's/^/[restore-test]   /'
fi
# The source's chain heads: the restored copy must reach the same positions with the same hashes.
DATABASE_URL="$BRON_URL" node tools/ops/audit-verify.mjs --koppen-uit "$WERK/koppen.json" >"$WERK/verify-bron.log" || {
  cat "$WERK/verify-bron.log"; echo "[restore-test] the SOURCE's audit chains are not intact"; exit 1; }

# 2. Backup: custom format (compressed, restorable table by table and in parallel).
meet "pg_dump -Fc" pg_dump -Fc -d "$BRON_URL" -f "$DUMP"
DUMP_MB=$(awk -v b="$(stat -c %s "$DUMP")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "[restore-test]   dump: $DUMP_MB MB"

# 3. Restore into a fresh database (roles are cluster-wide: rmc_app_rol exists already).
psql_admin -c "DROP DATABASE IF EXISTS $DOEL_DB WITH (FORCE)" -c "CREATE DATABASE $DOEL_DB"
meet "pg_restore (--jobs $JOBS)" pg_restore --exit-on-error --jobs "$JOBS" -d "$DOEL_URL" "$DUMP"

# 4. Migrations: up to date, so nothing is applied (it grants rmc_app_rol to the app login again).
MIGRATE_OUT="$WERK/migrate.log"
# The migrate command loads the full configuration; values it does not use here get placeholders.
meet "migrate (must apply nothing)" env DATABASE_URL="$DOEL_URL" APP_DATABASE_URL="$(app_url "$DOEL_URL")" LOG_LEVEL=info \
  SMTP_URL="${SMTP_URL:-smtp://127.0.0.1:1025}" PUBLIC_URL="${PUBLIC_URL:-http://localhost:4200}" PSEUDONYM_KEY="${PSEUDONYM_KEY:-restore-test-not-used-0123456789abcdef}" \
  node dist/server/apps/api/src/cli/migrate.js >"$MIGRATE_OUT"
if ! grep -q '"applied":\[\]' "$MIGRATE_OUT"; then
  cat "$MIGRATE_OUT"; echo "[restore-test] FAILED: migrations were pending on the restored copy"; exit 1
fi

# 5. Checks on the restored copy: row counts equal, audit chains intact and equal to the source's heads,
#    then the isolation sweep (every id-route, other region gets 404 and nothing changes).
tellen() { psql -X -At -d "$1" -c "SELECT string_agg(relname || '=' || n, ' ' ORDER BY relname) FROM (SELECT c.relname, (xpath('/row/n/text()', query_to_xml('SELECT count(*) AS n FROM public.' || quote_ident(c.relname), false, true, '')))[1]::text AS n FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r') t"; }
# (Only for a source of our own: a live source may have changed since the dump.)
if [ "$EIGEN_BRON" = 1 ]; then
  if [ "$(tellen "$BRON_URL")" != "$(tellen "$DOEL_URL")" ]; then echo "[restore-test] FAILED: row counts differ between source and restored copy"; exit 1; fi
  echo "[restore-test] row counts: equal in every table"
fi
meet "audit:verify (against the source's heads)" env DATABASE_URL="$DOEL_URL" node tools/ops/audit-verify.mjs --anker "$WERK/koppen.json" >"$WERK/verify.log" || {
  cat "$WERK/verify.log"; echo "[restore-test] FAILED: audit chains of the restored copy"; exit 1; }
tail -n 1 "$WERK/verify.log" | sed 's/^/[restore-test]   /'
if [ "${RESTORE_SWEEP:-1}" != 0 ]; then
  meet "isolation sweep on the restored copy" env RMC_TEST_DB="$DOEL_DB" TEST_PG_URL="$ADMIN_URL" \
    npx jest -c jest.integration.config.cjs --runInBand apps/api/test/isolation-sweep.int-spec.ts --silent
fi

echo
echo "restore test passed (dump $DUMP_MB MB):"
for k in "source: generate demo-size data" "source: seal the audit log" "pg_dump -Fc" "pg_restore (--jobs $JOBS)" "migrate (must apply nothing)" "audit:verify (against the source's heads)" "isolation sweep on the restored copy"; do
  [ -n "${T[$k]:-}" ] && printf '  %-45s %8s s\n' "$k" "$(secs "${T[$k]}")"
done
