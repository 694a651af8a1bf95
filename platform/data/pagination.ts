import DataLoader from 'dataloader';
import { Types, type Model } from 'mongoose';
import { badUserInput } from '../server/errors';
import { isObjectId } from '../rules/validation';

/**
 * Relay-style connections over MongoDB, ordered by `_id` (creation order).
 * Cursors are opaque to clients: base64url of a versioned key.
 */

/** The largest page any connection serves; `first` is required everywhere. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Documents are keyed by ObjectId, or (ledger entries) by a string that sorts in sequence. */
export type DocumentId = Types.ObjectId | string;

export function encodeCursor(id: DocumentId): string {
  return Buffer.from(typeof id === 'string' ? `v1:s:${id}` : `v1:${String(id)}`).toString('base64url');
}

export function decodeCursor(cursor: string): DocumentId {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (raw.startsWith('v1:s:') && /^[\w:#.-]{1,200}$/.test(raw.slice(5))) return raw.slice(5);
  const id = raw.startsWith('v1:') ? raw.slice(3) : '';
  if (!isObjectId(id)) {
    throw badUserInput('`after` is not a cursor this server issued', 'after');
  }
  return new Types.ObjectId(id);
}

/** Validates `first` and decodes `after`; bad values are BAD_USER_INPUT errors. */
export function checkPageArgs(args: PageArgs): { first: number; after?: DocumentId } {
  return { first: checkFirst(args.first), after: args.after ? decodeCursor(args.after) : undefined };
}

/** Validates a `first` (of a connection or a plain list): 1 to `max`, else BAD_USER_INPUT. */
export function checkFirst(first: number, max = MAX_PAGE_SIZE): number {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(`\`first\` must be between 1 and ${max}`, 'first');
  return first;
}

export function toConnection<T extends { _id: DocumentId }>(page: Page<T>): Connection<T> {
  const edges = page.nodes.map((node) => ({ cursor: encodeCursor(node._id), node }));
  return {
    edges,
    nodes: page.nodes,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

type Filter = Record<string, unknown>;

/** One page of a top-level list: one indexed query, `first + 1` documents read. */
export async function findPage<T extends { _id: DocumentId }>(
  model: Model<T>,
  filter: Filter,
  args: PageArgs,
): Promise<Connection<T>> {
  const { first, after } = checkPageArgs(args);
  const query = after ? { ...filter, _id: { $gt: after } } : filter;
  const docs = (await model.find(query).sort({ _id: 1 }).limit(first + 1).lean()) as T[];
  return toConnection({ nodes: docs.slice(0, first), hasNextPage: docs.length > first });
}

export interface ChildPageKey {
  parent: string;
  first: number;
  after?: string | null;
  /** Extra conditions from the field's arguments, already validated. */
  filter?: Filter;
}

/**
 * Pages of children for many parents at once (e.g. `Organization.members` on
 * every organisation of a list): one `$in` query per batch, not one per parent.
 *
 * FerretDB v1 has neither `$push` nor window functions, so "the first N per
 * parent" cannot be asked of the server in one query. Instead the batch reads
 * children sorted by (parent, _id) with a generous limit. If that limit is hit,
 * only the parents at the end of the sort order can be short; just those get
 * a query of their own. The usual case stays one round trip and the worst
 * case reads a bounded number of documents.
 */
export function childPageLoader<T extends { _id: DocumentId }>(
  model: Model<T>,
  parentField: string,
  /**
   * `multi`: the field holds an array of parents (e.g. `territoryPath`): a child may belong to several.
   * `newestFirst`: pages run by `_id` descending (newest created first), `after` reading on to older ones.
   * `textParent`: the field holds text (a principal's subject), never read as an ObjectId however it looks.
   */
  options: { multi?: boolean; newestFirst?: boolean; textParent?: boolean } = {},
): DataLoader<ChildPageKey, Connection<T>, string> {
  return new DataLoader<ChildPageKey, Connection<T>, string>(
    async (keys) => {
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const shape = JSON.stringify([key.first, key.after ?? null, key.filter ?? {}]);
        groups.set(shape, [...(groups.get(shape) ?? []), key]);
      }
      const results = new Map<string, Connection<T>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const pages = await loadGroup(model, parentField, group, options.multi ?? false, options.newestFirst ? -1 : 1, options.textParent ? String : asId);
          group.forEach((key) => results.set(pageKeyId(key), pages.get(key.parent)!));
        }),
      );
      return keys.map((key) => results.get(pageKeyId(key))!);
    },
    { cacheKeyFn: pageKeyId },
  );
}

function pageKeyId(key: ChildPageKey): string {
  return JSON.stringify([key.parent, key.first, key.after ?? null, key.filter ?? {}]);
}

async function loadGroup<T extends { _id: DocumentId }>(
  model: Model<T>,
  parentField: string,
  group: ChildPageKey[],
  multi: boolean,
  order: 1 | -1,
  parentValue: (parent: string) => unknown,
): Promise<Map<string, Connection<T>>> {
  const { first, after } = checkPageArgs(group[0]);
  const parents = [...new Set(group.map((k) => k.parent))].sort();
  const base: Filter = { ...(group[0].filter ?? {}), ...(after ? { _id: { [order === 1 ? '$gt' : '$lt']: after } } : {}) };
  const perParent = first + 1;
  // One parent: exactly its page. Several: a generous share each (see above), topped up where short.
  const limit = parents.length === 1 ? perParent : Math.min(perParent * parents.length * 4, 5_000);
  // Several parents on a single-valued field: children by parent, then _id. One parent (every value of
  // the field the same), or an array field, which cannot sort by parent: by _id — the same order, and
  // the form SQLite reads from an index (field, …, _id) in order; it would sort `field, _id` itself.
  const sort = multi || parents.length === 1 ? { _id: order } : { [parentField]: 1 as const, _id: order };
  const docs = (await model
    .find({ ...base, [parentField]: parents.length === 1 ? parentValue(parents[0]) : { $in: parents.map(parentValue) } })
    .sort(sort)
    .limit(limit)
    // All in the first reply: one round trip, not a find and a train of getMores.
    .batchSize(limit)
    .lean()) as T[];

  const byParent = new Map<string, T[]>(parents.map((p) => [p, []]));
  for (const doc of docs) {
    const value = getPath(doc, parentField);
    for (const parent of Array.isArray(value) ? value.map(String) : [String(value)]) {
      const list = byParent.get(parent);
      if (list && list.length < perParent) list.push(doc);
    }
  }
  if (docs.length === limit) {
    // Sorted by parent, only the parents from the last one read on can be short; sorted by _id, any can.
    const lastParent = multi ? '' : String(getPath(docs.at(-1)!, parentField));
    const short = parents.filter((p) => p >= lastParent && byParent.get(p)!.length < perParent);
    await Promise.all(
      short.map(async (p) => {
        const more = (await model
          .find({ ...base, [parentField]: parentValue(p) })
          .sort({ _id: order })
          .limit(perParent)
          .lean()) as T[];
        byParent.set(p, more);
      }),
    );
  }
  return new Map(
    parents.map((p) => {
      const list = byParent.get(p)!;
      return [p, toConnection({ nodes: list.slice(0, first), hasNextPage: list.length > first })];
    }),
  );
}

/** Reads a dotted path such as `claimant.id` from a plain document. */
function getPath(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc);
}

/**
 * The condition for "any of these parents": plain equality when there is one
 * (as good on MongoDB, and the form FerretDB's PostgreSQL backend answers in
 * the database rather than by reading every document), `$in` otherwise.
 */
export function oneOrAny(values: string[]): unknown {
  return values.length === 1 ? asId(values[0]) : { $in: values.map(asId) };
}

function asId(value: string): Types.ObjectId | string {
  return isObjectId(value) ? new Types.ObjectId(value) : value;
}

/**
 * Loads documents by id in one `$in` query per batch and answers in key
 * order; an unknown id answers null (a federation reference to a deleted
 * entity resolves to null rather than failing the whole request).
 */
export function byIdLoader<T extends { _id: Types.ObjectId }>(model: Model<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isObjectId);
    const docs = (valid.length ? await model.find({ _id: oneOrAny(valid) }).lean() : []) as T[];
    const byId = new Map(docs.map((d) => [String(d._id), d]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads many ids through one batch; ids that no longer resolve are left out. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, ids: unknown[]): Promise<T[]> {
  const docs = await Promise.all(ids.map((id) => loader.load(String(id))));
  return docs.filter((doc): doc is Awaited<T> & T => doc != null);
}

/**
 * Every child of many parents in one `$in` query (for short lists that are
 * not paged, such as a unit's yearly evaluations), in `sort` order.
 */
export function childrenLoader<T>(
  model: Model<T>,
  parentField: string,
  sort: Record<string, 1 | -1>,
  filter: Filter = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parents) => {
    const docs = (await model
      .find({ ...filter, [parentField]: oneOrAny([...parents]) })
      .sort(sort)
      .lean()) as T[];
    const byParent = new Map<string, T[]>(parents.map((p) => [p, []]));
    for (const doc of docs) byParent.get(String(getPath(doc, parentField)))?.push(doc);
    return parents.map((p) => byParent.get(p)!);
  });
}
