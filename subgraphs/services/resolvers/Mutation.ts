import { Types } from 'mongoose';
import { territoryKeys } from '../../../platform/territory';
import { pathToSync, rebasedPath, rebasePaths } from '../../../platform/territory-sync';
import * as claims from '../app/claims';
import * as items from '../app/items';
import { visibleWithin } from '../domain/items';
import type { MutationResolvers } from '../generated/resolvers';
import type { ItemDoc } from '../models';

/** The lists' and claims' mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  // After a move in the tree: items (their owners' paths, street, community and who may see them),
  // claims and requests follow the organisation. A request's ledger keeps the paths it had then.
  syncServicesTerritory: async (_root, { organizationId }, ctx) => {
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
    const counts = await Promise.all([
      rebasePaths(ctx.models.Item, 'territoryPath', organizationId, prefix, itemFields),
      rebasePaths(ctx.models.Claim, 'territoryPath', organizationId, prefix),
      rebasePaths(ctx.models.Request, 'territoryPath', organizationId, prefix),
    ]);
    // Once its copies are in line, tokens issued before the move follow it here too (serve.ts).
    await ctx.moves.record(organizationId, prefix);
    return counts.reduce((a, b) => a + b, 0);
  },


  publishNeed: (_root, args, ctx) => items.publishNeed(ctx, args),
  publishOffer: (_root, args, ctx) => items.publishOffer(ctx, args),
  publishProject: (_root, args, ctx) => items.publishProject(ctx, args),
  openItem: (_root, args, ctx) => items.openItem(ctx, args),
  cancelItem: (_root, args, ctx) => items.cancelItem(ctx, args),
  closeItem: (_root, args, ctx) => items.closeItem(ctx, args),
  completeMilestone: (_root, args, ctx) => items.completeMilestone(ctx, args),

  claimItem: (_root, args, ctx) => claims.claimItem(ctx, args),
  acceptClaim: (_root, args, ctx) => claims.acceptClaim(ctx, args),
  rejectClaim: (_root, args, ctx) => claims.rejectClaim(ctx, args),
  withdrawClaim: (_root, args, ctx) => claims.withdrawClaim(ctx, args),
  cancelClaim: (_root, args, ctx) => claims.cancelClaim(ctx, args),
  deliverClaim: (_root, args, ctx) => claims.deliverClaim(ctx, args),
  evaluateClaim: (_root, args, ctx) => claims.evaluateClaim(ctx, args),
};
