import DataLoader from 'dataloader';
import { Types, type Model } from 'mongoose';
import { isObjectId } from '../rules/validation';

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
    const values = ids.map((id) => (isObjectId(id) ? new Types.ObjectId(id) : id));
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
 * with `$sum: 1`). The keys come back as the group's fields.
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

/** The sum of a numeric field per value of another. */
export async function sumBy<T>(model: Model<T>, match: Record<string, unknown>, key: string, field: string): Promise<Map<string, number>> {
  const totals = await totalsBy(model, match, key, { total: field });
  return new Map([...totals].map(([k, row]) => [k, row.total]));
}

/**
 * Per value of `key`: how many documents, and the sums of several numeric fields, in one
 * `$match` → `$group`. (Stock FerretDB v1 computed only a group's first accumulator; the project's
 * build computes each — tools/ferretdb/_patch — and answers this shape in SQL.)
 */
export async function totalsBy<T, F extends string>(
  model: Model<T>,
  match: Record<string, unknown>,
  key: string,
  fields: Record<F, string>,
): Promise<Map<string, { count: number } & Record<F, number>>> {
  const sums = Object.fromEntries(Object.entries(fields).map(([name, path]) => [name, { $sum: `$${path as string}` }]));
  const rows = (await model.aggregate([{ $match: match }, { $group: { _id: `$${key}`, count: { $sum: 1 }, ...sums } }])) as ({
    _id: unknown;
    count: number;
  } & Record<F, number>)[];
  return new Map(rows.map(({ _id, ...row }) => [String(_id), row as { count: number } & Record<F, number>]));
}

/**
 * The distribution of a duration (a non-negative number; documents without one are left out) per
 * value of `key`: each distinct value with how many documents have it, in one `$match` → `$group`,
 * so that medians and counts come from small rows rather than from reading each document.
 */
export async function distributionBy<T>(
  model: Model<T>,
  match: Record<string, unknown>,
  key: string,
  field: string,
): Promise<Map<string, { value: number; count: number }[]>> {
  const rows = (await model.aggregate([
    { $match: { ...match, [field]: { $gte: 0 } } },
    { $group: { _id: { key: `$${key}`, value: `$${field}` }, count: { $sum: 1 } } },
  ])) as { _id: { key: unknown; value: number }; count: number }[];
  const out = new Map<string, { value: number; count: number }[]>();
  for (const row of rows) {
    const k = String(row._id.key);
    out.set(k, [...(out.get(k) ?? []), { value: row._id.value, count: row.count }]);
  }
  return out;
}

/** The median of a distribution (see distributionBy); null when it is empty. */
export function medianOfDistribution(rows: readonly { value: number; count: number }[] = []): number | null {
  const sorted = [...rows].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, r) => n + r.count, 0);
  if (!total) return null;
  // The values at positions ⌊(n-1)/2⌋ and ⌊n/2⌋ (the same one when n is odd), averaged.
  const at = (position: number) => {
    let seen = 0;
    for (const r of sorted) if ((seen += r.count) > position) return r.value;
    return sorted.at(-1)!.value;
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2;
}
