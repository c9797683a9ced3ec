#!/usr/bin/env bash
# The whole test suite: lint (with module boundaries), typecheck, unit, build, integration against
# real PostgreSQL + Redis + SMTP sink, Kubernetes manifest validation, Playwright e2e in Chromium.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_node
ensure_deps
ensure_services
ensure_chromium

passed=0; failed=0; failures=()
step() {
  local name="$1"; shift
  log "── $name"
  local t0=$SECONDS
  if "$@"; then passed=$((passed + 1)); log "ok: $name ($((SECONDS - t0)) s)"
  else failed=$((failed + 1)); failures+=("$name"); log "FAILED: $name ($((SECONDS - t0)) s)"; fi
}

step "lint (eslint + nx module boundaries + prettier)" bash -c 'npx nx reset >/dev/null 2>&1; npx nx show projects >/dev/null && npx eslint apps libs tools --max-warnings=0 && npm run -s format:check && bash tools/scripts/check-boundaries.sh'
step "typecheck" bash -c 'npx tsc -p tsconfig.server.json --noEmit && npx tsc -p tsconfig.spec.json --noEmit && npx tsc -p apps/portal/tsconfig.spec.json --noEmit'
# Unit: libraries, API, worker and tools (node); then the portal's components and API clients (TestBed in jsdom).
step "unit tests" bash -c 'npx jest -c jest.unit.config.cjs && npx jest -c apps/portal/jest.config.cjs'
step "build (server + portal)" bash -c 'npm run build:server && npx nx run portal:build --skip-nx-cache && node tools/build/precompress.mjs'
# The generated demo-size set on a throwaway database: loads, obeys the domain's rules, and the demo
# accounts see real work through RLS (tools/data/check.mjs).
DATA_CI_DB="postgres://postgres@127.0.0.1:5432/rmc_data_ci"
# Then the benchmark in smoke mode on that set (figures printed, nothing asserted on time; the full
# national run is `npm run bench`, docs/performance.md).
step "data generator (demo size) + domain and RLS checks + benchmark smoke" bash -c "DATABASE_URL=$DATA_CI_DB node tools/data/generate.mjs --size demo --fresh && DATABASE_URL=$DATA_CI_DB node tools/data/check.mjs && DATABASE_URL=$DATA_CI_DB BENCH_SMOKE=1 node tools/bench/bench.mjs; rc=\$?; psql -q -h 127.0.0.1 -U postgres -d postgres -c 'DROP DATABASE IF EXISTS rmc_data_ci WITH (FORCE)' >/dev/null; exit \$rc"
step "integration tests (PostgreSQL, Redis, SMTP)" npx jest -c jest.integration.config.cjs --runInBand
# A backup you have restored: pg_dump -Fc of the demo-size data set, pg_restore into a fresh database,
# migrations up to date, audit chains intact, the isolation sweep on the copy (tools/ops/backup-restore.sh).
step "backup/restore test (dump, restore, migrations, audit chains, isolation sweep)" env RESTORE_PREFIX=rmc_restore_ci bash tools/ops/backup-restore.sh
step "kubernetes manifests" node tools/k8s/validate.mjs
step "end-to-end (Playwright + Chromium)" npx jest -c apps/portal-e2e/jest.config.cjs --runInBand
# Restarts this machine's Redis and PostgreSQL, so it runs last (root only; the full run is `npm run test:faults`).
if [ "$(id -u)" = 0 ]; then step "reminder fault test, short (kill worker, Redis 5 s + 12 s, PostgreSQL restart)" npm run test:faults:short; fi

echo
if [ "$failed" -gt 0 ]; then log "failed steps: ${failures[*]}"; fi
echo "test-all: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
