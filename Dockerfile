# syntax=docker/dockerfile:1
# The Kennissen service: `docker build -t kennissen .` (docs/operations.md#deployment).
# Held to its rules by src/architecture/deployment.spec.ts.

# Build on the full image (python3, make and g++, should a native module have no prebuilt
# binary) of the same Debian release as the runtime image, so native modules find the same glibc.
FROM node:20.20-bookworm AS build
WORKDIR /app
# The project's npm: npm 11 runs only the install scripts package.json's allowScripts approves
# (the native modules better-sqlite3 and kuzu).
RUN npm install --global npm@11.19.1
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
# Then only production dependencies. Kuzu's package carries its C++ sources and the binaries of
# every platform (about 500 MB); its install script has already copied the one it loads.
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/kuzu/kuzu-source node_modules/kuzu/prebuilt

FROM node:20.20-bookworm-slim
LABEL org.opencontainers.image.title="Kennissen" \
  org.opencontainers.image.description="Expertise directory and people matching for Dutch municipalities" \
  org.opencontainers.image.licenses="EUPL-1.2"
ENV NODE_ENV=production
WORKDIR /app
# What the service reads at run time, owned by root so that it cannot change its own code:
# package.json marks the project root (src/common/project-root.ts), graph/ holds the Cypher
# migrations and the reference data, dist/ the service with its GraphiQL page.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY graph/kuzu/migrations ./graph/kuzu/migrations
COPY graph/neo4j/migrations ./graph/neo4j/migrations
COPY graph/seed ./graph/seed
# The embedded stores' default place (KUZU_PATH, DATABASE_URL), for one instance without servers.
RUN mkdir data && chown node:node data
# The image's node user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 3000 9464
# Docker's own check; Kubernetes ignores it and uses the Deployment's probes. No curl in slim.
HEALTHCHECK --interval=30s --timeout=5s --start-period=2m --retries=3 \
  CMD ["node", "-e", "require('http').get('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/live', (r) => process.exit(r.statusCode === 200 ? 0 : 1)).on('error', () => process.exit(1))"]
# The service drains on SIGTERM (SHUTDOWN_DELAY_MS, SHUTDOWN_GRACE_MS).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
