#!/usr/bin/env bash
# Proves the module boundaries are enforced, not only declared: a shared lib importing a server
# lib must fail lint, and so must a context importing a context it may not (eslint.config.mjs).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
probe=libs/shared/domain/src/lib/__boundary_probe__.ts
trap 'rm -f "$probe"' EXIT
printf "import { Db } from '@rmc/server-core';\nexport const probe = Db;\n" > "$probe"
if npx eslint "$probe" >/dev/null 2>&1; then
  echo "module boundaries NOT enforced: shared-domain may import server-core"; exit 1
fi
echo "module boundaries enforced (shared → server import rejected)"

# Context edges (eslint.config.mjs, CONTEXT_EDGES): rapportage may not import the casus context (no cycle
# involved, so only the context rule can refuse it; casus imports nazorg, so nazorg would also hit the
# cycle rule); overleg may (it shows a case on an agenda item).
verboden=libs/server/rapportage/src/lib/__boundary_probe__.ts
toegestaan=libs/server/overleg/src/lib/__boundary_probe__.ts
trap 'rm -f "$probe" "$verboden" "$toegestaan"' EXIT
printf "import { CasusService } from '@rmc/server-casus';\nexport const probe = CasusService;\n" > "$verboden"
printf "import { CasusService } from '@rmc/server-casus';\nexport const probe = CasusService;\n" > "$toegestaan"
uit=$(npx eslint "$verboden" 2>&1)
if ! grep -q 'tagged with "context:rapportage" can only depend on' <<<"$uit"; then
  echo "context boundaries NOT enforced: rapportage may import casus"; exit 1
fi
if ! npx eslint "$toegestaan" >/dev/null 2>&1; then
  echo "context boundaries too strict or broken: overleg may import casus but lint fails"; npx eslint "$toegestaan"; exit 1
fi
rm -f "$verboden" "$toegestaan"
echo "context boundaries enforced (rapportage → casus rejected, overleg → casus allowed)"

# One door to tenant data (issue 10): the tenant context (`set_config('app.…')`) is written only by the
# tenancy service, libs/server/core/src/lib/tenancy/. Exempt, on purpose:
# - migrations (any `migrations/` folder): SQL function bodies such as `sessie_actor` set and clear the
#   context their own reads need, inside the database;
# - `*.int-spec.ts`: tests that probe the RLS policies from a raw connection set a context by hand, to show
#   what the database itself allows, not what the service does;
# - tools/data/check.mjs (the same kind of probe against a loaded data set) and tools/bench/bench.mjs
#   (it only recognises the context statement in the statement log);
# - this script, which names the function.
buiten=$(grep -rlE 'set_config' apps libs tools \
  --include='*.ts' --include='*.mjs' --include='*.cjs' --include='*.js' --exclude-dir=node_modules 2>/dev/null |
  grep -vE '^libs/server/core/src/lib/tenancy/|/migrations/|\.int-spec\.ts$|^tools/data/check\.mjs$|^tools/bench/bench\.mjs$|^tools/scripts/check-boundaries\.sh$' || true)
if [ -n "$buiten" ]; then
  echo "set_config outside the tenancy service (use Db.inContext / alsRegio / alsGebruiker / binnen, or zetContext):"
  echo "$buiten"
  exit 1
fi
echo "tenant context written only by the tenancy service (no set_config outside libs/server/core/src/lib/tenancy/)"
