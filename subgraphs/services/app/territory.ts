import { Types } from 'mongoose';
import { territoryKeys } from '../../../platform/rules/territory';
import { pathToSync, rebasedPath, rebasePaths } from '../../../platform/rules/territory-sync';
import { visibleWithin } from '../domain/items';
import type { ActivityDoc, ItemDoc } from '../models';
import type { Context } from '../context';
import type { MutationSyncServicesTerritoryArgs } from '../generated/resolvers';

/**
 * After a move in the tree: items (their owners' paths, street, community and who may see them),
 * claims, requests, activities (as items) and their sign-ups (the activity's path, and the
 * participant's) follow the organisation. A request's ledger keeps the paths it had then.
 * Once its copies are in line, tokens issued before the move follow it here too (subgraphs/serve.ts).
 */
export async function syncServicesTerritory(ctx: Context, { organizationId }: MutationSyncServicesTerritoryArgs) {
  const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
  if (!prefix) return 0;
  const itemFields = async (item: ItemDoc, path: Types.ObjectId[]) => {
    const keys = territoryKeys(await ctx.territory.loadMany(path.map(String)));
    const owners = item.owners.map((o) => ({ ...o, path: rebasedPath(o.path, organizationId, prefix) }));
    return {
      owners,
      visibleWithin: visibleWithin(owners[0].path, item.visibility),
      streetId: keys.streetId ? new Types.ObjectId(keys.streetId) : null,
      communityId: keys.communityId ? new Types.ObjectId(keys.communityId) : null,
    };
  };
  const activityFields = async (activity: ActivityDoc, path: Types.ObjectId[]) => {
    const keys = territoryKeys(await ctx.territory.loadMany(path.map(String)));
    return {
      organiser: { ...activity.organiser, path: rebasedPath(activity.organiser.path, organizationId, prefix) },
      visibleWithin: path.at(-1),
      streetId: keys.streetId ? new Types.ObjectId(keys.streetId) : null,
      communityId: keys.communityId ? new Types.ObjectId(keys.communityId) : null,
    };
  };
  const counts = await Promise.all([
    rebasePaths(ctx.models.Item, 'territoryPath', organizationId, prefix, itemFields),
    rebasePaths(ctx.models.Claim, 'territoryPath', organizationId, prefix),
    rebasePaths(ctx.models.Request, 'territoryPath', organizationId, prefix),
    rebasePaths(ctx.models.Activity, 'territoryPath', organizationId, prefix, activityFields),
    // A sign-up's two paths one after the other, never at once: FerretDB v1 writes an updated document
    // whole, so two concurrent `$set`s of different fields of one document can lose one of them (seen:
    // a sign-up left with its old participant path, now and then, under load).
    (async () =>
      (await rebasePaths(ctx.models.SignUp, 'territoryPath', organizationId, prefix)) +
      (await rebasePaths(ctx.models.SignUp, 'participantPath', organizationId, prefix)))(),
  ]);
  await ctx.moves.record(organizationId, prefix);
  return counts.reduce((a, b) => a + b, 0);
}
