import type { Authenticator } from '../platform/auth/tokens';
import type { Config, SubgraphName } from '../platform/server/config';
import { serveGraphQL, type RunningServer } from '../platform/server/http';
import { limitsPlugin } from '../platform/server/limits';
import type { Logger } from '../platform/server/logger';
import { readSupergraph } from '../platform/server/supergraph';
import { exportRoutes } from './exports';
import { rateLimit } from './rate-limit';
import { uploadProxy } from './uploads';
import { createGateway, gatewayContext } from './server';

/**
 * The gateway over HTTP, as `npm start`, the tests and `gateway/index.ts` run it: the supergraph
 * file, the request limits, the exports, and a /health that asks each subgraph's own.
 */
export async function serveGateway(opts: {
  config: Config;
  logger: Logger;
  auth: Authenticator;
  subgraphUrls: Record<SubgraphName, string>;
  port?: number;
}): Promise<RunningServer> {
  const { config, logger } = opts;
  const supergraphSdl = readSupergraph();
  return serveGraphQL({
    name: 'gateway',
    host: config.host,
    port: opts.port ?? config.gatewayPort,
    production: config.env === 'production',
    logger,
    gateway: createGateway({ supergraphSdl, subgraphUrls: opts.subgraphUrls, logger, timeoutMs: config.subgraphTimeoutMs }),
    context: gatewayContext(opts.auth),
    plugins: [limitsPlugin(config.limits)],
    maxBodyBytes: config.limits.maxBodyBytes,
    maxTokens: config.limits.maxTokens,
    routes: (app, url) => {
      const limit = rateLimit(config.rateLimits);
      app.post('/graphql', limit);
      // 照片: requests' photos, uploaded and read through the services subgraph.
      uploadProxy(opts.subgraphUrls.services, config.subgraphTimeoutMs, config.photoMaxBytes)(app, limit);
      exportRoutes({ graphqlUrl: url, supergraphSdl, logger, auth: opts.auth })(app);
    },
    health: () => subgraphHealth(opts.subgraphUrls),
  });
}

/** Each subgraph's /health, asked at once with a short timeout; unavailable if any is. */
async function subgraphHealth(urls: Record<SubgraphName, string>): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const ok = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
      return [name, ok ? 'ok' : 'unavailable'] as const;
    }),
  );
  const subgraphs = Object.fromEntries(entries);
  if (entries.some(([, status]) => status !== 'ok')) throw Object.assign(new Error('a subgraph is unavailable'), { details: { subgraphs } });
  return { subgraphs };
}
