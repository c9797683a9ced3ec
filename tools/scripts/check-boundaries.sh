#!/usr/bin/env bash
# Proves the module boundaries are enforced, not only declared: a shared lib importing a server
# lib must fail lint.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
probe=libs/shared/domain/src/lib/__boundary_probe__.ts
trap 'rm -f "$probe"' EXIT
printf "import { Db } from '@rmc/server-core';\nexport const probe = Db;\n" > "$probe"
if npx eslint "$probe" >/dev/null 2>&1; then
  echo "module boundaries NOT enforced: shared-domain may import server-core"; exit 1
fi
echo "module boundaries enforced (shared → server import rejected)"
