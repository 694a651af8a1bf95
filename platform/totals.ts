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
