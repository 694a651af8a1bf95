import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '../platform/logger';

export interface GatewayOptions {
  /** The composed schema/supergraph.graphql, served as it is: no polling, no uplink. */
  supergraphSdl: string;
  /** Where each subgraph is reached, by subgraph name; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
}

/**
 * The gateway plans each operation over the four subgraphs and fetches from
 * them. It keeps no state of its own, so it runs as any number of replicas;
 * the same supergraph file runs unchanged on Apollo Router or Hive Gateway.
 */
export function createGateway(opts: GatewayOptions): ApolloGateway {
  return new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    logger: opts.logger,
    buildService: ({ name, url }) => {
      const target = opts.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      return new RemoteGraphQLDataSource({ url: target });
    },
  });
}
