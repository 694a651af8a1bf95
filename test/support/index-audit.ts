import type { Connection } from 'mongoose';
import type { QueryShape } from '../../platform/data/mongo';

/**
 * Which queries scan a collection, as the database itself plans them: each distinct query shape a
 * connection sent is explained by the server (the embedded FerretDB reports SQLite's plan — `SCAN t`
 * reads the whole table, `SEARCH t USING INDEX …` and `SCAN t USING INDEX …` read an index; MongoDB
 * reports a `COLLSCAN` stage). Updates, deletes, counts and an aggregation's first `$match` are
 * filtered exactly as a find is, so each is explained as the find of its filter.
 */
export async function scanningQueries(connection: Connection, log: QueryShape[]): Promise<string[]> {
  const shapes = new Map<string, QueryShape>();
  for (const q of log) {
    const key = `${q.collection}.${q.command} ${describe(q.filter)}${q.sort ? ` sort ${describe(q.sort)}` : ''}`;
    if (!shapes.has(key)) shapes.set(key, q);
  }
  const out: string[] = [];
  for (const [key, q] of shapes) {
    const sortKeys = q.sort instanceof Map ? [...q.sort.keys()] : Object.keys(q.sort ?? {});
    const sort = q.command === 'find' && sortKeys.length ? { sort: q.sort } : {};
    const explained = await connection.db!.command({ explain: { find: q.collection, filter: q.filter, ...sort } });
    const scan = scanIn(explained);
    if (scan) out.push(`${key} → ${scan}`);
  }
  return out.sort();
}

/** The plan step that reads a whole collection, if any. */
function scanIn(explained: Record<string, unknown>): string | null {
  const planner = explained.queryPlanner as { Plan?: string[]; SQL?: string; Kinds?: unknown } | undefined;
  if (planner?.Plan) {
    const scan = planner.Plan.map((line) => line.replace(/^.*detail=/, '')).find((detail) => /^SCAN \S+$/.test(detail));
    return scan ? `${scan} (${planner.SQL ?? 'no SQL'}; fields hold ${JSON.stringify(planner.Kinds ?? {})})` : null;
  }
  return JSON.stringify(explained).includes('"COLLSCAN"') ? 'COLLSCAN' : null;
}

/** A filter with its values replaced by their kinds: one explain per shape, not per value. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${[...new Set(value.map(describe))].join('|')}]`;
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (typeof value === 'object') {
    const bson = (value as { _bsontype?: string })._bsontype;
    if (bson) return bson;
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    return `{${entries.map(([k, v]) => `${k}:${describe(v)}`).join(',')}}`;
  }
  return typeof value;
}
