# syntax=docker/dockerfile:1
# Factus API. Built and run by reading only: no Docker engine checks this file in CI (see README).
#
#   docker build -t factus-api .
#   docker run --rm -p 3000:3000 --env-file .env factus-api

# --- build: compile TypeScript with the dev dependencies -----------------------------------------
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# No install scripts: nothing the build needs compiles natively, and it keeps the build hermetic.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
RUN npm run build

# --- production dependencies only ----------------------------------------------------------------
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0
WORKDIR /app
# Owned by root and read-only to the user that runs it: the app never writes to its own files.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The image's unprivileged "node" user (uid 1000), matching runAsUser in the Kubernetes manifests.
USER node
EXPOSE 3000
# For plain Docker; Kubernetes uses its own probes on /health/live and /health/ready.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Node itself is PID 1 (no npm, no shell), so SIGTERM reaches the graceful shutdown in main.ts.
CMD ["node", "dist/main.js"]
