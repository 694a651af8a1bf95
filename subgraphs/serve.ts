import { repeatEvery } from '../platform/server/repeat';
import type { Config, SubgraphName } from '../platform/server/config';
import { jwtSecret, loadConfigOrExit } from '../platform/server/config';
import { Authenticator } from '../platform/auth/tokens';
import type { RequestScope } from '../platform/server/subgraph';
import { TerritoryDirectory } from '../platform/rules/territory';
import { territoryMoves, type TerritoryMoves } from '../platform/rules/territory-moves';
import { serveGraphQL, type RunningServer } from '../platform/server/http';
import { createLogger, type Logger } from '../platform/server/logger';
import { connectDatabase, type Database } from '../platform/data/mongo';
import { limitsPlugin } from '../platform/server/limits';
import { SUBGRAPHS } from './index';

/** Builds one subgraph on its database, creates its indexes and serves it over HTTP. */
export async function serveSubgraph(
  name: SubgraphName,
  db: Database,
  opts: { config: Config; logger: Logger; auth: Authenticator; directory: TerritoryDirectory; port?: number },
): Promise<RunningServer> {
  const subgraph = SUBGRAPHS[name](db);
  await subgraph.init();
  // The moves this subgraph was told of, read before serving: tokens issued before a move follow it.
  const moves = territoryMoves(db.connection);
  await moves.refresh();
  const limits = opts.config.limits;
  const server = await serveGraphQL({
    name,
    host: opts.config.subgraphs[name].host,
    port: opts.port ?? opts.config.subgraphs[name].port,
    production: opts.config.env === 'production',
    logger: opts.logger.child({ subgraph: name }),
    schema: subgraph.schema,
    // The gateway's limits hold here too, for a caller that comes straight to the subgraph. The
    // gateway's own fetches inline fragments and carry entity batches: more tokens and bytes.
    plugins: [limitsPlugin(limits)],
    maxTokens: limits.maxTokens * 4,
    maxBodyBytes: Math.max(limits.maxBodyBytes, limits.maxRepresentations * 200),
    // Verified again here, whatever the gateway did: a subgraph reached directly trusts only its own check.
    // Read through the moves after the Authenticator's cache, which keeps the token's own meaning.
    context: async ({ req }) =>
      (subgraph.context as (scope: RequestScope) => object)({
        principal: moves.rebase(await opts.auth.principalOf(req.headers.authorization)),
        directory: opts.directory,
        authorization: req.headers.authorization,
      }),
    health: async () => {
      await db.connection.db!.admin().ping();
    },
    routes: (app) =>
      subgraph.routes?.(app, {
        config: opts.config,
        directory: opts.directory,
        principalOf: async (authorization) => moves.rebase(await opts.auth.principalOf(authorization)),
      }),
  });
  const stopBackground = subgraph.background?.({ config: opts.config, logger: opts.logger.child({ subgraph: name }), directory: opts.directory });
  const stopRefresh = refreshMoves(moves, opts.config.territoryMovesRefreshSeconds, opts.logger.child({ subgraph: name }));
  return {
    ...server,
    stop: async () => {
      await stopRefresh();
      await stopBackground?.();
      await server.stop();
    },
  };
}

/**
 * A move reaches one process of each subgraph (the one its sync mutation lands on). Where a subgraph
 * runs as several replicas, the others learn it by reading the record again on a timer: one small read
 * per process and period, nothing per request.
 */
function refreshMoves(moves: TerritoryMoves, seconds: number, logger: Logger): () => Promise<void> {
  return repeatEvery(seconds, () => moves.refresh().catch((err: Error) => logger.error({ err }, 'reading the territory moves failed; tried again on the next tick')));
}

/** Entry point of `subgraphs/<name>/index.ts`: one subgraph in its own process. */
export async function runSubgraph(name: SubgraphName): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel, name);
  const { mongoUri, dbName } = config.subgraphs[name];
  if (!mongoUri) {
    logger.fatal('Set MONGODB_URI (or the subgraph’s own <NAME>_MONGODB_URI); `npm start` runs the embedded database for you.');
    process.exit(2);
  }
  const db = await connectDatabase(mongoUri, dbName);
  const server = await serveSubgraph(name, db, {
    config,
    logger,
    auth: new Authenticator(jwtSecret(config)),
    directory: new TerritoryDirectory(Object.fromEntries(Object.values(config.subgraphs).map((s) => [s.name, s.url]))),
  });
  const stop = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
