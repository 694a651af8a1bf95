import { Types } from 'mongoose';
import type { Logger } from '../../../platform/server/logger';
import { territoryKeys, type TerritoryDirectory } from '../../../platform/rules/territory';
import type { ItemDoc, ServicesModels } from '../models';

const MIGRATION = 'items-territory-keys';

const migrationsOf = (models: ServicesModels) => models.Item.db.collection<{ _id: string; doneAt: Date }>('migrations');

/**
 * Whether any item still needs stamping, checked at start-up before the subgraph serves: on a
 * database with none (a new one, or one stamped before) this records that it is done, so that
 * nothing of it runs beside the first requests.
 */
export async function itemsNeedStamping(models: ServicesModels): Promise<boolean> {
  const migrations = migrationsOf(models);
  if (await migrations.findOne({ _id: MIGRATION })) return false;
  for (let after: Types.ObjectId | null = null; ; ) {
    const batch = (await models.Item.find(after ? { _id: { $gt: after } } : {}, { streetId: 1 }).sort({ _id: 1 }).limit(BATCH).lean()) as Pick<ItemDoc, '_id' | 'streetId'>[];
    if (!batch.length) break;
    if (batch.some((item) => item.streetId === undefined)) return true;
    after = batch.at(-1)!._id;
  }
  await migrations.updateOne({ _id: MIGRATION }, { $set: { doneAt: new Date() } }, { upsert: true });
  return false;
}
const BATCH = 500;

/**
 * Items published before the street and community keys were kept have none, and a street's or a
 * community's list (read by those keys) would miss them: stamped once per database, in the
 * background at start-up, asking the tree for the kinds on their paths. Walks the items in _id
 * order (the _id index), so that it never scans, and records that it is done.
 */
export async function stampTerritoryKeys(models: ServicesModels, directory: TerritoryDirectory, logger: Logger): Promise<number> {
  const migrations = migrationsOf(models);
  if (await migrations.findOne({ _id: MIGRATION })) return 0;
  let stamped = 0;
  let after: Types.ObjectId | null = null;
  for (;;) {
    const batch = (await models.Item.find(after ? { _id: { $gt: after } } : {}, { territoryPath: 1, streetId: 1 })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean()) as Pick<ItemDoc, '_id' | 'territoryPath' | 'streetId'>[];
    if (!batch.length) break;
    after = batch.at(-1)!._id;
    const missing = batch.filter((item) => item.streetId === undefined);
    if (!missing.length) continue;
    const organizations = directory.loader();
    const writes = await Promise.all(
      missing.map(async (item) => {
        const keys = territoryKeys(await organizations.loadMany(item.territoryPath.map(String)));
        const id = (key: string | null) => (key ? new Types.ObjectId(key) : null);
        return { updateOne: { filter: { _id: item._id }, update: { $set: { streetId: id(keys.streetId), communityId: id(keys.communityId) } } } };
      }),
    );
    await models.Item.bulkWrite(writes, { ordered: false });
    stamped += writes.length;
  }
  await migrations.updateOne({ _id: MIGRATION }, { $set: { doneAt: new Date() } }, { upsert: true });
  if (stamped) logger.info({ stamped }, 'items stamped with their street and community');
  return stamped;
}
