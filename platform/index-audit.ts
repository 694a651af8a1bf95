import type { Model } from 'mongoose';
import type { QueryShape } from './mongo';

/**
 * Which queries would scan a collection: those whose filter no index can
 * narrow. A filter is served when it constrains the first key of one of the
 * collection's indexes (by equality, `$in`, a range or an anchored prefix);
 * `$or` needs every branch served, `$and` any conjunct; an empty filter is
 * served when it reads in `_id` order (a bounded page). The rule is the
 * planner's first question, kept simple so that a failure reads plainly.
 */
export type IndexCatalog = Map<string, string[][]>;

export function catalogOf(models: Model<unknown>[]): IndexCatalog {
  const catalog: IndexCatalog = new Map();
  for (const model of models) {
    const keys = [['_id'], ...model.schema.indexes().map(([fields]) => Object.keys(fields))];
    catalog.set(model.collection.collectionName, [...(catalog.get(model.collection.collectionName) ?? []), ...keys]);
  }
  return catalog;
}

const NARROWING = ['$eq', '$in', '$gt', '$gte', '$lt', '$lte'];

function narrows(condition: unknown): boolean {
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return true;
  if (condition instanceof Date || (condition as { _bsontype?: string })._bsontype) return true;
  const ops = Object.keys(condition as object);
  if (!ops.some((op) => op.startsWith('$'))) return true; // an embedded document, by equality
  if (ops.some((op) => NARROWING.includes(op))) return true;
  const regex = (condition as { $regex?: unknown }).$regex;
  return typeof regex === 'string' && regex.startsWith('^');
}

function served(filter: Record<string, unknown>, indexes: string[][]): boolean {
  if (indexes.some(([first]) => first in filter && narrows(filter[first]))) return true;
  if (Array.isArray(filter.$and) && filter.$and.some((c: Record<string, unknown>) => served(c, indexes))) return true;
  return Array.isArray(filter.$or) && filter.$or.every((b: Record<string, unknown>) => served(b, indexes));
}

/** The queries of a log that would scan, described for a reader. */
export function scanningQueries(log: QueryShape[], catalog: IndexCatalog): string[] {
  const out = new Set<string>();
  for (const q of log) {
    const indexes = catalog.get(q.collection);
    if (!indexes) continue; // a collection of the test itself
    const empty = Object.keys(q.filter).length === 0;
    const sortKeys = q.sort instanceof Map ? [...q.sort.keys()] : Object.keys(q.sort ?? {});
    if (empty ? sortKeys.join() === '_id' : served(q.filter, indexes)) continue;
    out.add(`${q.collection}.${q.command} ${JSON.stringify(Object.keys(q.filter))}${sortKeys.length ? ` sort ${JSON.stringify(sortKeys)}` : ''}`);
  }
  return [...out].sort();
}
