import DataLoader from 'dataloader';
import { Types, type Model } from 'mongoose';

/**
 * Sums of a numeric field per parent, for many parents in one aggregation
 * (`$match` → `$unwind` for array fields → `$group` with `$sum`: stages
 * FerretDB v1 has). Keys are parent ids; parents with nothing answer 0.
 */
export function sumLoader<T>(
  model: Model<T>,
  opts: { groupField: string; sumField: string; match: Record<string, unknown>; array?: boolean },
): DataLoader<string, number> {
  return new DataLoader<string, number>(async (ids) => {
    const values = ids.map((id) => (/^[0-9a-f]{24}$/.test(id) ? new Types.ObjectId(id) : id));
    const select = { [opts.groupField]: { $in: values } };
    const pipeline = [
      { $match: { ...opts.match, ...select } },
      ...(opts.array ? [{ $unwind: `$${opts.groupField}` }, { $match: select }] : []),
      { $group: { _id: `$${opts.groupField}`, total: { $sum: `$${opts.sumField}` } } },
    ];
    const rows = (await model.aggregate(pipeline)) as { _id: unknown; total: number }[];
    const totals = new Map(rows.map((r) => [String(r._id), r.total]));
    return ids.map((id) => totals.get(id) ?? 0);
  });
}
