import DataLoader from 'dataloader';
import { Types, type Model } from 'mongoose';

/**
 * Sums of a numeric field per parent, for many parents in one aggregation
 * (`$match` → `$group` with `$sum`). Keys are parent ids; parents with
 * nothing answer 0.
 *
 * For an array field (a territory path) the natural pipeline unwinds it, but
 * FerretDB v1's `$unwind` drops every other field of the document (the sum
 * comes out 0), so each parent gets its own `$match` → `$group` instead: one
 * aggregation per parent in the batch, run in parallel.
 */
export function sumLoader<T>(
  model: Model<T>,
  opts: { groupField: string; sumField: string; match: Record<string, unknown>; array?: boolean },
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (ids) => {
    const values = ids.map((id) => (/^[0-9a-f]{24}$/.test(id) ? new Types.ObjectId(id) : id));
    const sum = { $sum: `$${opts.sumField}` };
    if (opts.array) {
      return Promise.all(
        values.map(async (value) => {
          const [row] = (await model.aggregate([{ $match: { ...opts.match, [opts.groupField]: value } }, { $group: { _id: null, total: sum } }])) as { total: number }[];
          return row?.total ?? 0;
        }),
      );
    }
    const rows = (await model.aggregate([
      { $match: { ...opts.match, [opts.groupField]: values.length === 1 ? values[0] : { $in: values } } },
      { $group: { _id: `$${opts.groupField}`, total: sum } },
    ])) as { _id: unknown; total: number }[];
    const totals = new Map(rows.map((r) => [String(r._id), r.total]));
    return ids.map((id) => totals.get(id) ?? 0);
  });
}

/**
 * Counts of documents per combination of field values (`$match` → `$group`
 * with one `$sum: 1`). The keys come back as the group's fields.
 *
 * One accumulator per `$group`, on purpose: FerretDB v1 computes only the
 * first accumulator of a `$group` and answers 0 for the others (checked on
 * 1.24.2), so a figure that needs several sums asks one pipeline per sum.
 */
export async function countBy<T, K extends string>(
  model: Model<T>,
  match: Record<string, unknown>,
  keys: Record<K, string>,
): Promise<({ [P in K]: unknown } & { count: number })[]> {
  const rows = (await model.aggregate([
    { $match: match },
    { $group: { _id: Object.fromEntries(Object.entries(keys).map(([k, path]) => [k, `$${path as string}`])), count: { $sum: 1 } } },
  ])) as { _id: Record<K, unknown>; count: number }[];
  return rows.map((row) => ({ ...row._id, count: row.count }));
}

/** The sum of a numeric field per value of another (one accumulator: see countBy). */
export async function sumBy<T>(model: Model<T>, match: Record<string, unknown>, key: string, field: string): Promise<Map<string, number>> {
  const rows = (await model.aggregate([{ $match: match }, { $group: { _id: `$${key}`, total: { $sum: `$${field}` } } }])) as {
    _id: unknown;
    total: number;
  }[];
  return new Map(rows.map((row) => [String(row._id), row.total]));
}

/**
 * The median of a numeric field over the documents that have it, by sorting
 * in the database (FerretDB v1 has no `$median`): skip to the middle, read one
 * or two values. `count` is how many documents have the field.
 */
export async function medianOf<T>(model: Model<T>, match: Record<string, unknown>, field: string, count: number): Promise<number | null> {
  if (count <= 0) return null;
  const middle = (await model
    .find({ ...match, [field]: { $ne: null } }, { [field]: 1 })
    .sort({ [field]: 1, _id: 1 })
    .skip(Math.floor((count - 1) / 2))
    .limit(count % 2 === 0 ? 2 : 1)
    .lean()) as Record<string, number>[];
  if (!middle.length) return null;
  return middle.reduce((sum, doc) => sum + doc[field], 0) / middle.length;
}
