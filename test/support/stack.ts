import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { scanningQueries } from './index-audit';
import { Authenticator } from '../../platform/auth/tokens';
import { parseConfig, type SubgraphName } from '../../platform/server/config';
import { createLogger } from '../../platform/server/logger';
import { connectDatabases, graphModels, startStack, type Databases, type Stack } from '../../scripts/stack';
import type { GraphModels } from '../../subgraphs';
import type { TerritoryBuilder } from '../../seed/builder';

export const TEST_JWT_SECRET = 'test-secret-of-at-least-32-characters!!';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestStack extends Stack {
  /** What names its databases (`<prefix>_<subgraph>`): another stack may be started over them. */
  dbPrefix: string;
  models: GraphModels;
  databases: Databases;
  /** Signs tokens the servers accept. */
  auth: Authenticator;
  /** POSTs an operation to the gateway, with `token` as the bearer when given. */
  query<T, V>(document: TypedDocumentNode<T, V> | DocumentNode | string, variables?: V, token?: string): Promise<GraphQLResponse<T>>;
  /** POSTs an operation straight to one subgraph. */
  querySubgraph<T = Record<string, unknown>>(name: SubgraphName, query: string, variables?: object, token?: string): Promise<GraphQLResponse<T>>;
  /** Database commands sent by each subgraph since the last reset. */
  commands(): Record<SubgraphName, Record<string, number>>;
  /** Requests each subgraph served since the last reset (the gateway's fetches). */
  fetches(): Record<SubgraphName, number>;
  /** Resets both counters. */
  resetCommands(): void;
}

export async function post<T>(url: string, query: string, variables?: object, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/**
 * The real thing for a test file: the four subgraphs and the gateway on
 * ephemeral loopback ports, each subgraph on its own fresh databases in the
 * shared embedded FerretDB (dropped again by stop()).
 */
export async function startTestStack(
  options: {
    production?: boolean;
    env?: Record<string, string>;
    /** A territory to write into the fresh databases before the test runs. */
    territory?: TerritoryBuilder;
    /** A database server of the test's own (one it may kill), instead of the run's shared one. */
    uri?: string;
    /** Receives every log line of every server (JSON), at level info; otherwise they are silent. */
    log?: (line: string) => void;
    /**
     * Another stack's databases, instead of fresh ones: servers started anew over the same data, as
     * after a restart, or beside the other's, as replicas. Its own connections; stop() leaves the data.
     */
    over?: TestStack;
  } = {},
): Promise<TestStack> {
  const uri = options.uri ?? process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests with jest (see jest.config.js)');
  const dbPrefix = options.over?.dbPrefix ?? `t${randomBytes(5).toString('hex')}`;
  const config = parseConfig({
    // Tests send bursts on purpose; the rate limits have a test of their own (which sets them).
    RATE_LIMIT_PER_PRINCIPAL: '0',
    RATE_LIMIT_PER_ADDRESS: '0',
    // Counted database commands must be the requests' own, not a timer's (territory-move sets its own).
    TERRITORY_MOVES_REFRESH_SECONDS: '0',
    ...options.env,
    NODE_ENV: options.production ? 'production' : 'test',
    LOG_LEVEL: 'silent',
    DB_PREFIX: dbPrefix,
    JWT_SECRET: TEST_JWT_SECRET,
  });
  const databases = await connectDatabases(config, uri);
  const models = graphModels(databases);
  const stack = await startStack({
    config,
    databases,
    logger: options.log ? createLogger('info', 'coop-graph', { write: options.log }) : createLogger('silent'),
    ephemeralPorts: true,
  });
  await options.territory?.save(models);
  const dbs = Object.entries(databases) as [SubgraphName, Databases[SubgraphName]][];
  // Every query any test sends is kept, and checked against the indexes when the stack stops.
  for (const [, db] of dbs) db.commands.queries = [];
  return {
    ...stack,
    dbPrefix,
    models,
    databases,
    auth: new Authenticator(TEST_JWT_SECRET),
    query: (document, variables, token) =>
      post(stack.gatewayUrl, typeof document === 'string' ? document : print(document), variables as object, token),
    querySubgraph: (name, query, variables, token) => post(stack.subgraphUrls[name], query, variables, token),
    commands: () => Object.fromEntries(dbs.map(([name, db]) => [name, db.commands.byName()])) as ReturnType<TestStack['commands']>,
    fetches: () => Object.fromEntries(Object.entries(stack.subgraphRequests).map(([name, r]) => [name, r.count])) as ReturnType<TestStack['fetches']>,
    resetCommands: () => {
      dbs.forEach(([, db]) => db.commands.reset());
      Object.values(stack.subgraphRequests).forEach((r) => (r.count = 0));
    },
    stop: async () => {
      await stack.stop();
      // Explained by the database itself, before its collections are dropped.
      const scanning = (await Promise.all(dbs.map(([, db]) => scanningQueries(db.connection, db.commands.queries ?? [])))).flat();
      await Promise.all(dbs.map(async ([, db]) => {
        if (!options.over) await db.connection.dropDatabase();
        await db.close();
      }));
      if (scanning.length) throw new Error(`Queries that no index serves (they would scan):\n  ${scanning.join('\n  ')}`);
    },
  };
}

/** Fails with the GraphQL errors when there are any; returns the data otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (!response.data) throw new Error('No data in the response');
  return response.data;
}
