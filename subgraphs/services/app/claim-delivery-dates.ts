import type { Logger } from '../../../platform/server/logger';
import type { ClaimDoc, ItemDoc, ServicesModels } from '../models';
import { itemKey } from './item-ledger';

const MIGRATION = 'claims-delivered-at';
const BATCH = 500;

/**
 * Claims delivered before `deliveredAt` (and the item's unit of measure) were recorded on them have
 * neither, and would count towards no agreement's commitments: given them once per database, at
 * start-up, from the claim's DELIVER entry on its item's ledger (the claim's last change when none is
 * found) and the item. Read by status (an index), a batch at a time until none is left; records that
 * it is done.
 */
export async function stampDeliveryDates(models: ServicesModels, logger: Logger): Promise<number> {
  const migrations = models.Item.db.collection<{ _id: string; doneAt: Date }>('migrations');
  if (await migrations.findOne({ _id: MIGRATION })) return 0;
  let stamped = 0;
  for (;;) {
    const batch = (await models.Claim.find({ status: { $in: ['DELIVERED', 'EVALUATED'] }, deliveredAt: null }, { itemId: 1, updatedAt: 1 })
      .limit(BATCH)
      .lean()) as Pick<ClaimDoc, '_id' | 'itemId' | 'updatedAt'>[];
    if (!batch.length) break;
    const items = (await models.Item.find({ _id: { $in: [...new Set(batch.map((c) => String(c.itemId)))] } }, { unitOfMeasure: 1 }).lean()) as Pick<ItemDoc, '_id' | 'unitOfMeasure'>[];
    // The batch's items' DELIVER entries in one query, not one per claim.
    const deliveries = (await models.ItemLedger.find({ key: { $in: [...new Set(batch.map((c) => itemKey(c.itemId)))] }, action: 'DELIVER' }, { at: 1, 'data.claimId': 1 }).lean()) as unknown as {
      at: Date;
      data: { claimId?: string };
    }[];
    const deliveredAt = new Map(deliveries.map((d) => [d.data.claimId, d.at]));
    const writes = batch.map((claim) => {
      const unitOfMeasure = items.find((i) => i._id.equals(claim.itemId))?.unitOfMeasure ?? null;
      return { updateOne: { filter: { _id: claim._id }, update: { $set: { deliveredAt: deliveredAt.get(String(claim._id)) ?? claim.updatedAt, unitOfMeasure } } } };
    });
    await models.Claim.bulkWrite(writes, { ordered: false });
    stamped += writes.length;
  }
  await migrations.updateOne({ _id: MIGRATION }, { $set: { doneAt: new Date() } }, { upsert: true });
  if (stamped) logger.info({ stamped }, 'delivered claims given their delivery date');
  return stamped;
}
