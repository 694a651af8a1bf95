import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import mongoose from 'mongoose';
import { scanningQueries } from './index-audit';
import { Authenticator } from '../../platform/auth/tokens';
import { parseConfig, SUBGRAPH_NAMES, type SubgraphName } from '../../platform/server/config';
import { CommandCounter, type Database } from '../../platform/data/mongo';
import type { Databases, Stack } from '../../scripts/stack';
import { SUBGRAPHS, type GraphModels } from '../../subgraphs';
import type { TerritoryBuilder } from '../../seed/builder';
import { SHARED_STACK_GLOBAL, TEST_JWT_SECRET, testStackEnv, type AcquireSharedStack, type SharedStack } from './test-config';

export { TEST_JWT_SECRET };

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestStack extends Stack {
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
  /** What names its databases (`<prefix>_<subgraph>`): another stack may be started over them. */
  dbPrefix: string;
}

export async function post<T>(url: string, query: string, variables?: object, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

type Options = {
  production?: boolean;
  env?: Record<string, string>;
  /** A territory to write into the fresh databases before the test runs. */
  territory?: TerritoryBuilder;
  /** A database server of the test's own (one it may kill), instead of the run's shared one. */
  uri?: string;
  /** Receives every log line of every server (JSON), at level info; otherwise they are silent. */
  log?: (line: string) => void;
  /**
   * Servers of the file's own even though nothing else asks for them: for a test that watches the
   * servers start or stop, or changes them (see below).
   */
  private?: boolean;
  /**
   * Another stack's databases, instead of fresh ones: servers of the file's own started anew over the
   * same data, as after a restart, or beside the other's, as replicas. stop() leaves the data.
   */
  over?: TestStack;
};

/**
 * The real thing for a test file: the four subgraphs and the gateway on ephemeral loopback ports, each
 * subgraph on fresh databases of its own in the shared embedded FerretDB (emptied or dropped again by
 * stop()).
 *
 * A file that asks for nothing more than a territory gets its worker's shared stack (shared-stack.ts),
 * started once per worker, its databases made fresh between files: the same servers, configured as a stack of the
 * file's own would be, except that the overdue sweep and claim expiry do not run on a timer. A file that
 * asks for production mode, other settings, another database server or the log lines, or `private`,
 * gets servers of its own — as must any file that stops, kills, patches or times the servers.
 */
export async function startTestStack(options: Options = {}): Promise<TestStack> {
  const acquire = (globalThis as Record<string, unknown>)[SHARED_STACK_GLOBAL] as AcquireSharedStack | undefined;
  const shareable = !options.private && !options.production && !options.env && !options.uri && !options.log && !options.over;
  return shareable && acquire ? sharedTestStack(await acquire(), options.territory) : privateTestStack(options);
}

/** The four subgraphs' models on the given databases (as scripts/stack's graphModels). */
function modelsOn(dbs: Record<SubgraphName, Database>): GraphModels {
  return {
    organizations: SUBGRAPHS.organizations(dbs.organizations).models,
    members: SUBGRAPHS.members(dbs.members).models,
    residentUnits: SUBGRAPHS['resident-units'](dbs['resident-units']).models,
    services: SUBGRAPHS.services(dbs.services).models,
  };
}

function clientFor(stack: Omit<Stack, 'stop'>, databases: Databases) {
  const dbs = Object.entries(databases) as [SubgraphName, Databases[SubgraphName]][];
  return {
    gatewayUrl: stack.gatewayUrl,
    subgraphUrls: stack.subgraphUrls,
    subgraphRequests: stack.subgraphRequests,
    databases,
    auth: new Authenticator(TEST_JWT_SECRET),
    query: ((document, variables, token) =>
      post(stack.gatewayUrl, typeof document === 'string' ? document : print(document), variables as object, token)) as TestStack['query'],
    querySubgraph: ((name, query, variables, token) => post(stack.subgraphUrls[name], query, variables, token)) as TestStack['querySubgraph'],
    commands: () => Object.fromEntries(dbs.map(([name, db]) => [name, db.commands.byName()])) as ReturnType<TestStack['commands']>,
    fetches: () => Object.fromEntries(Object.entries(stack.subgraphRequests).map(([name, r]) => [name, r.count])) as ReturnType<TestStack['fetches']>,
    resetCommands: () => {
      dbs.forEach(([, db]) => db.commands.reset());
      Object.values(stack.subgraphRequests).forEach((r) => (r.count = 0));
    },
  };
}

/**
 * The worker's shared stack, for this file: the servers' databases are fresh when it is handed over;
 * the file reads and writes them through connections and models of its own.
 */
async function sharedTestStack(shared: SharedStack, territory?: TerritoryBuilder): Promise<TestStack> {
  const connections: mongoose.Connection[] = [];
  try {
    const dbs = Object.fromEntries(
      await Promise.all(
        SUBGRAPH_NAMES.map(async (name) => {
          // The servers built the indexes when they started.
          const connection = mongoose.createConnection(shared.uri, { dbName: shared.dbNames[name], autoIndex: false, autoCreate: false });
          connections.push(connection);
          await connection.asPromise();
          const db: Database = { connection, commands: new CommandCounter(), close: () => connection.close() };
          return [name, db] as const;
        }),
      ),
    ) as Record<SubgraphName, Database>;
    const models = modelsOn(dbs);
    await territory?.save(models);
    return {
      ...clientFor(shared, shared.databases),
      models,
      dbPrefix: shared.dbNames.organizations.replace(/_organizations$/, ''),
      stop: async () => {
        let scanning: string[];
        try {
          scanning = await shared.scanningQueries();
        } finally {
          await Promise.all(connections.map((c) => c.close()));
          await shared.release();
        }
        if (scanning.length) throw new Error(`Queries that no index serves (they would scan):\n  ${scanning.join('\n  ')}`);
      },
    };
  } catch (err) {
    await Promise.all(connections.map((c) => c.close().catch(() => undefined)));
    await shared.release();
    throw err;
  }
}

/** Servers and databases of the file's own, stopped and dropped by stop(). */
async function privateTestStack(options: Options): Promise<TestStack> {
  // Loaded here, not at the top: a file on the shared stack has no use for the servers' modules.
  const { connectDatabases, graphModels, startStack } = require('../../scripts/stack') as typeof import('../../scripts/stack');
  const { createLogger } = require('../../platform/server/logger') as typeof import('../../platform/server/logger');
  const uri = options.uri ?? process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests with jest (see jest.config.js)');
  const env = testStackEnv({ ...options, dbPrefix: options.over?.dbPrefix });
  const config = parseConfig(env);
  const databases = await connectDatabases(config, uri);
  const models = graphModels(databases);
  const stack = await startStack({
    config,
    databases,
    logger: options.log ? createLogger('info', 'coop-graph', { write: options.log }) : createLogger('silent'),
    ephemeralPorts: true,
  });
  await options.territory?.save(models);
  const dbs = Object.values(databases);
  // Every query any test sends is kept, and checked against the indexes when the stack stops.
  for (const db of dbs) db.commands.queries = [];
  return {
    ...clientFor(stack, databases),
    models,
    dbPrefix: env.DB_PREFIX,
    stop: async () => {
      await stack.stop();
      // Explained by the database itself, before its collections are dropped.
      const scanning = (await Promise.all(dbs.map((db) => scanningQueries(db.connection, db.commands.queries ?? [])))).flat();
      await Promise.all(dbs.map(async (db) => {
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
