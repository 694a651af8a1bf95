import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, GraphQLScalarType, Kind, parse, type GraphQLSchema } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Model, Types } from 'mongoose';
import type { Express } from 'express';
import type { Principal } from '../auth/tokens';
import type { Config, SubgraphName } from './config';
import type { Logger } from './logger';
import type { TerritoryDirectory } from '../rules/territory';
import { subgraphSdl } from './supergraph';

/** A reference to an entity owned by another subgraph: only its key. */
export interface EntityRef {
  id: string;
}

export const ref = (id: Types.ObjectId | string): EntityRef => ({ id: String(id) });

/** The DateTime scalar: ISO 8601 strings on the wire, Date in resolvers. */
export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue(value) {
    return parseDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return parseDate(ast.value);
  },
});

function parseDate(value: unknown): Date {
  const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  // The calendar day as written must exist: JavaScript would read 2026-02-30 as 2 March.
  const [year, month, date_] = (day ?? []).slice(1).map(Number);
  const exists = !!day && month >= 1 && month <= 12 && date_ >= 1 && date_ <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = exists ? new Date(value as string) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 string such as 2026-11-23T08:00:00Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** The schema of one subgraph: its SDL file from schema/ with its resolvers. */
export function buildSchema(name: string, resolvers: object): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: parse(subgraphSdl(name)), resolvers: resolvers as GraphQLResolverMap<unknown> });
}

/** What every request brings to a subgraph's context, besides its models. */
export interface RequestScope {
  /** The verified caller; null for an anonymous one. */
  principal: Principal | null;
  /** The organisation tree, for territory paths at write time. */
  directory: TerritoryDirectory;
  /**
   * The caller's `Authorization` header as it came, for a subgraph that asks another on the caller's
   * behalf (whether a need exists is what the caller may see of it). Never logged, never stored.
   */
  authorization?: string;
}

/** What a subgraph gives the server that runs it. */
export interface Subgraph<M, C> {
  name: SubgraphName;
  schema: GraphQLSchema;
  models: M;
  /** A fresh context (principal, loaders) for each request. */
  context: (scope: RequestScope) => C;
  /** Builds the indexes of every model; run once at start-up. */
  init: () => Promise<void>;
  /**
   * HTTP routes beside /graphql (the services subgraph's photo uploads). `principalOf` verifies a
   * request's Authorization header as /graphql does (null without one, UNAUTHENTICATED if bad).
   */
  routes?: (app: Express, deps: { config: Config; principalOf: (authorization: string | undefined) => Promise<Principal | null>; directory: TerritoryDirectory }) => void;
  /** Work on a timer beside the server (e.g. the overdue sweep); returns how to stop it. */
  background?: (deps: { config: Config; logger: Logger; directory: TerritoryDirectory }) => () => Promise<void>;
}

export function defineSubgraph<M extends object, C>(
  name: SubgraphName,
  models: M,
  createContext: (models: M, scope: RequestScope) => C,
  resolvers: object,
): Subgraph<M, C> {
  return {
    name,
    schema: buildSchema(name, resolvers),
    models,
    context: (scope) => createContext(models, scope),
    init: async () => {
      await Promise.all((Object.values(models) as Model<unknown>[]).map((m) => m.init()));
    },
  };
}

/** True for a 24-hex-digit id, the only kind the databases hold (defined in validation.ts). */
export { isObjectId } from '../rules/validation';
