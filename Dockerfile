# escalation-graph API. Build and run elsewhere (it needs the npm registry to build):
#   docker build -t escalation-graph .
#   docker run --rm -p 4000:4000 escalation-graph
# Then: http://127.0.0.1:4000/graphql (explorer), /health, /ready, /metrics, /schema.graphql.

# 1. Production dependencies only, from the lock file. tsx is one: the server runs TypeScript as is.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 2. The web client, built with the full toolchain (Vite, codegen) into static assets.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY schema ./schema
COPY web ./web
RUN npm run web:build

# 3. The runtime: sources, data, examples and the built client, owned by root and only readable by the user that runs them.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY data ./data
COPY examples ./examples
COPY --from=web /app/dist/web ./dist/web
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Node itself is PID 1 (not npm), so SIGTERM reaches main.ts's graceful shutdown.
CMD ["node", "--import", "tsx", "src/main.ts"]
