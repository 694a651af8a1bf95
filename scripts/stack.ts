import { serveGateway } from '../gateway/serve';
import { Authenticator } from '../platform/auth/tokens';
import { TerritoryDirectory } from '../platform/rules/territory';
import { jwtSecret, SUBGRAPH_NAMES, type Config, type SubgraphName } from '../platform/server/config';
import type { RunningServer } from '../platform/server/http';
import type { Logger } from '../platform/server/logger';
import { connectDatabase, type Database } from '../platform/data/mongo';
import { SUBGRAPHS, type GraphModels } from '../subgraphs';
import { serveSubgraph } from '../subgraphs/serve';

export type Databases = Record<SubgraphName, Database>;

/** Opens one database per subgraph (`<prefix>_<subgraph>`), on `uri` or each subgraph's own URI. */
export async function connectDatabases(config: Config, uri?: string): Promise<Databases> {
  const entries = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const s = config.subgraphs[name];
      const target = s.mongoUri ?? uri;
      if (!target) throw new Error(`No MongoDB URI for subgraph ${name}`);
      return [name, await connectDatabase(target, s.dbName)] as const;
    }),
  );
  return Object.fromEntries(entries) as Databases;
}

/** The models of all four databases, for seeding and for tests. */
export function graphModels(dbs: Databases): GraphModels {
  return {
    organizations: SUBGRAPHS.organizations(dbs.organizations).models,
    members: SUBGRAPHS.members(dbs.members).models,
    residentUnits: SUBGRAPHS['resident-units'](dbs['resident-units']).models,
    services: SUBGRAPHS.services(dbs.services).models,
  };
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Requests each subgraph served: the gateway's fetches. */
  subgraphRequests: Record<SubgraphName, { count: number }>;
  stop(): Promise<void>;
}

/**
 * Serves the four subgraphs and the gateway in this process, each on its own
 * HTTP port. `ephemeralPorts` lets the OS pick ports (tests run several
 * stacks side by side); otherwise the configured ports are used.
 */
export async function startStack(opts: {
  config: Config;
  databases: Databases;
  logger: Logger;
  ephemeralPorts?: boolean;
}): Promise<Stack> {
  const { config, databases, logger } = opts;
  const port = (p: number) => (opts.ephemeralPorts ? 0 : p);
  const servers: RunningServer[] = [];
  const auth = new Authenticator(jwtSecret(config));
  const serve = (name: SubgraphName, directory: TerritoryDirectory) =>
    serveSubgraph(name, databases[name], { config, logger, auth, directory, port: port(config.subgraphs[name].port) });
  try {
    // Subgraphs ask each other for territory paths and references through the directory; it reads
    // `urls` at call time, filled in as soon as every server listens (before any request can come).
    const urls: Partial<Record<SubgraphName, string>> = {};
    const directory = new TerritoryDirectory(urls);
    const started = await Promise.allSettled(SUBGRAPH_NAMES.map((name) => serve(name, directory)));
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const subgraphServers = servers.slice();
    SUBGRAPH_NAMES.forEach((name, i) => (urls[name] = subgraphServers[i].url));
    const subgraphUrls = urls as Record<SubgraphName, string>;
    const gateway = await serveGateway({ config, logger: logger.child({ service: 'gateway' }), auth, subgraphUrls, port: port(config.gatewayPort) });
    servers.push(gateway);
    return {
      gatewayUrl: gateway.url,
      subgraphUrls,
      subgraphRequests: Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, subgraphServers[i].requests])) as Stack['subgraphRequests'],
      // The gateway first, so that nothing is in flight to a subgraph that is stopping.
      stop: async () => {
        await gateway.stop();
        await Promise.all(subgraphServers.map((s) => s.stop()));
      },
    };
  } catch (err) {
    await Promise.all(servers.map((s) => s.stop().catch(() => undefined)));
    throw err;
  }
}
