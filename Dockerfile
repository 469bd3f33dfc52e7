# CPK support bot container for hosts other than App Service (issue #7, item 4).
# Build: docker build -t cpk-support-bot .    Run: docker run -p 3978:3978 --env-file .env cpk-support-bot
# Multi-stage: the build needs dev dependencies (tsc); the runtime image holds production dependencies only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY dialogs ./dialogs
COPY scripts ./scripts
COPY knowledge ./knowledge
# The model artifact: the matcher trained once here and restored at start-up (src/core/matching/modelArtifact.ts).
RUN npx tsc -p tsconfig.json \
 && node dist/scripts/buildModel.js \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
# HOST=0.0.0.0 requires auth: without MicrosoftAppId the bot refuses to start off loopback (issue #15).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978
WORKDIR /app
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist/src ./dist/src
COPY --from=build --chown=root:root /app/dist/dialogs ./dist/dialogs
COPY --from=build --chown=root:root /app/dist/model ./dist/model
COPY --chown=root:root knowledge ./knowledge
# The image's files stay root-owned and read-only to the process; it runs as the unprivileged "node" user.
USER node
EXPOSE 3978
# Liveness only; load balancers should also probe /readyz (knowledge loaded, storage reachable).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--heap-growing-percent=100", "--initial-old-space-size=64", "--no-regexp-peephole-optimization", "dist/src/index.js"]
