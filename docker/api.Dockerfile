# syntax=docker/dockerfile:1
#
# RMC platform — API image (NestJS HTTP API, port 3000).
# Also used for the one-shot migration run (compose service `migrate`, k8s Job `rmc-migrate`):
#   node dist/server/apps/api/src/cli/migrate.js
#
# Build from the repository root:
#   docker build -f docker/api.Dockerfile -t rmc-api:local .
#
# The toolchain/deps/build stages are byte-identical in api/worker/portal.Dockerfile, so BuildKit
# builds the workspace once and reuses the cached layers for the other two images.
#
# Runtime environment (all documented in k8s/base/configmap.yaml and k8s/base/secret.example.yaml):
#   NODE_ENV, PORT (3000), APP_DATABASE_URL (non-owner app role, no BYPASSRLS), REDIS_URL,
#   QUEUE_BACKEND (redis|postgres), SMTP_URL, MAIL_FROM, PUBLIC_URL, PSEUDONYM_KEY (secret, >= 32 chars),
#   LOG_LEVEL, TRUST_PROXY, DEMO_MODE (false in production),
#   PORTAL_DIST (optional: set to /app/dist/apps/portal/browser to let the API serve the portal itself;
#                leave unset when the nginx portal image serves it, as in compose and k8s),
#   DATABASE_URL (owner role) — only for the migration command, never for the API process.

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- toolchain: compilers only in case a native module (argon2) has no prebuilt binary ----------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true npm_config_update_notifier=false

# ---- deps: full install from the committed lock (npm ci is not used: see TOOLCHAIN.md) ----------
FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund

# ---- build: whole workspace (api, worker, migrate tool, portal) ---------------------------------
FROM deps AS build
COPY . .
RUN npm run build

# ---- prod-deps: production node_modules only ----------------------------------------------------
FROM toolchain AS prod-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --omit=dev --no-audit --no-fund

# ---- runtime -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to node (graceful shutdown) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
# V8 sized for the container (k8s: limit 512Mi, the same NODE_OPTIONS), not for the host: by default the
# old space may grow to about 4 GB on a large host and the new space to 2 x 64 MB, and RSS follows
# (docs/operations.md, Memory).
ENV NODE_ENV=production \
    PORT=3000 \
    NODE_OPTIONS="--max-old-space-size=384 --max-semi-space-size=16"
WORKDIR /app
# Everything is owned by root and read-only for the runtime user: the container runs fine with a
# read-only root filesystem (only /tmp needs to be writable; k8s mounts an emptyDir there).
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/server ./dist/server
COPY --from=build /app/dist/apps/portal/browser ./dist/apps/portal/browser
# uid/gid 1000 = the image's `node` user; numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 3000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server/apps/api/src/main.js"]
