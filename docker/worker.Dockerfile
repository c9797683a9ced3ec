# syntax=docker/dockerfile:1
#
# RMC platform — worker image (NestJS application context: BullMQ processors and schedulers).
# The worker exposes NO port. Its liveness is checked by running
#   node dist/server/apps/worker/src/cli/health.js
# inside the container (exit code 0 = healthy); compose and the k8s Deployment use exactly that.
#
# Build from the repository root:
#   docker build -f docker/worker.Dockerfile -t rmc-worker:local .
#
# Runtime environment: NODE_ENV, APP_DATABASE_URL (non-owner app role), REDIS_URL,
#   QUEUE_BACKEND (redis|postgres), SMTP_URL, MAIL_FROM, PUBLIC_URL (links in e-mails),
#   PSEUDONYM_KEY (secret, >= 32 chars), LOG_LEVEL, DEMO_MODE (false in production).
#   The worker never receives DATABASE_URL (owner role).

ARG NODE_IMAGE=node:24-bookworm-slim

# ---- toolchain / deps / build: identical to api.Dockerfile (shared BuildKit cache) --------------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true npm_config_update_notifier=false

FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM toolchain AS prod-deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm install --omit=dev --no-audit --no-fund

# ---- runtime -------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
# The worker and tools/worker-health.js are compiled into the api dist tree.
COPY --from=build /app/dist/server ./dist/server
USER 1000:1000
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/server/apps/worker/src/main.js"]
