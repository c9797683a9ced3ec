#!/usr/bin/env bash
# README Quick start, command 1: install, build and start API + worker + portal with demo data.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_node
ensure_deps
log "building server and portal"
npm run build:server
npx nx run portal:build
exec node tools/demo/launch.mjs
