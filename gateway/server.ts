import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Authenticator } from '../platform/auth/tokens';
import { REQUEST_ID_HEADER } from '../platform/server/request-log';
import type { Logger } from '../platform/server/logger';
import { postToSubgraph, SubgraphTimeout } from './subgraph-client';

export interface GatewayOptions {
  /** The composed schema/supergraph.graphql, served as it is: no polling, no uplink. */
  supergraphSdl: string;
  /** Where each subgraph is reached, by subgraph name; overrides the routing URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
  logger: Logger;
  /** How long a fetch from one subgraph may take: a frozen subgraph costs its own fields, not the request. */
  timeoutMs?: number;
}

/**
 * The gateway plans each operation over the four subgraphs and fetches from
 * them. It keeps no state of its own, so it runs as any number of replicas;
 * the same supergraph file runs unchanged on Apollo Router or Hive Gateway.
 */
export function createGateway(opts: GatewayOptions): ApolloGateway {
  // Left on, @apollo/gateway sends usage metrics to Apollo and, at construction, probes the cloud
  // metadata addresses (169.254.169.254 …) to describe its host: nothing may leave the machine.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  return new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    logger: opts.logger,
    buildService: ({ name, url }) => {
      const target = opts.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      const timeoutMs = opts.timeoutMs ?? 10_000;
      return new SubgraphDataSource(name, {
        url: target,
        fetcher: async (input, init) => {
          try {
            const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>));
            return (await postToSubgraph(String(input), headers, String(init?.body ?? ''), timeoutMs)) as unknown as Awaited<ReturnType<typeof fetch>>;
          } catch (err) {
            // Timed out, refused, reset: the caller learns which part of the graph, never its address.
            const late = err instanceof SubgraphTimeout;
            throw new GraphQLError(`The ${name} service ${late ? `did not answer within ${timeoutMs} ms` : 'could not be reached'}; retry later`, {
              extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
              originalError: err as Error,
            });
          }
        },
        // Subgraphs verify the token again themselves; only the header is passed on.
        willSendRequest(options) {
          const { request, context } = options;
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
          // One id across the gateway's log line and each subgraph's: a request can be followed through.
          const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
          const id = incoming?.request.http?.headers.get(REQUEST_ID_HEADER);
          if (id) request.http?.headers.set(REQUEST_ID_HEADER, id);
        },
      });
    },
  });
}

/**
 * A subgraph as the gateway fetches from it. A subgraph refuses a request it finds wrong with an HTTP
 * 4xx and coded errors (a malformed DateTime, a limit): the caller is given that code and message, not
 * a "400: Bad Request" internal error. A subgraph that fails is named, with a code the caller may
 * retry on, never with its address.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
  ) {
    super(config);
  }

  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: string; extensions?: { code?: unknown } }[] } | null;
    const first = typeof body === 'object' ? body?.errors?.[0] : undefined;
    if (response.status < 500 && first?.message && typeof first.extensions?.code === 'string') {
      // The gateway validated the operation's shape already: what a subgraph still finds invalid is a
      // value only it can read (a custom scalar's literal), the caller's input.
      const code = first.extensions.code === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : first.extensions.code;
      return new GraphQLError(first.message, { extensions: { code } });
    }
    return new GraphQLError(`The ${this.subgraph} service could not answer (${response.status}); retry later`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    });
  }
}

export interface GatewayContext {
  /** The caller's bearer token, already verified here, forwarded to every subgraph. */
  authorization?: string;
}

/** Verifies the token once at the edge: a bad token is refused before any subgraph is asked. */
export function gatewayContext(auth: Authenticator) {
  return async ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }): Promise<GatewayContext> => {
    const header = req.headers.authorization;
    const authorization = typeof header === 'string' ? header : undefined;
    await auth.principalOf(authorization);
    return { authorization };
  };
}
