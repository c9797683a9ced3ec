# syntax=docker/dockerfile:1
#
# RMC platform — portal image: the built Angular SPA served by unprivileged nginx on port 8080,
# with SPA fallback to index.html and /api/ proxied to the API service (`rmc-api:3000`, the k8s
# Service name; compose gives the api service that alias). Config: docker/nginx.conf.
#
# Build from the repository root:
#   docker build -f docker/portal.Dockerfile -t rmc-portal:local .

ARG NODE_IMAGE=node:24-bookworm-slim
# Pin this to a digest in CI; nginx-unprivileged runs as uid 101 and listens on 8080.
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:stable-alpine

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

# ---- runtime: static files + nginx only (no Node, no node_modules) ------------------------------
FROM ${NGINX_IMAGE} AS runtime
# Full main config (pid and temp files under /tmp) so the container runs with a read-only root
# filesystem; conf.d/default.conf from the base image is not included by it.
COPY docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/dist/apps/portal/browser /usr/share/nginx/html
USER 101:101
EXPOSE 8080
