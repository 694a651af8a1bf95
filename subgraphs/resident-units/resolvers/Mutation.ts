import { Types } from 'mongoose';
import { territoryKeys } from '../../../platform/territory';
import { pathToSync, rebasePaths } from '../../../platform/territory-sync';
import * as units from '../app/units';
import * as agreements from '../app/agreements';
import type { MutationResolvers } from '../generated/resolvers';

/** The resident-units subgraph's mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  // After a move in the tree: units (and their street) and agreements follow their community.
  syncUnitsTerritory: async (_root, { organizationId }, ctx) => {
    const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
    if (!prefix) return 0;
    const streetOf = async (path: Types.ObjectId[]) => {
      const { streetId } = territoryKeys(await ctx.territory.loadMany(path.map(String)));
      return streetId ? { streetId: new Types.ObjectId(streetId) } : {};
    };
    const counts = await Promise.all([
      rebasePaths(ctx.models.ResidentUnit, 'territoryPath', organizationId, prefix, (_unit, path) => streetOf(path)),
      rebasePaths(ctx.models.Agreement, 'territoryPath', organizationId, prefix),
    ]);
    // Once its copies are in line, tokens issued before the move follow it here too (serve.ts).
    await ctx.moves.record(organizationId, prefix);
    return counts.reduce((a, b) => a + b, 0);
  },

  registerResidentUnit: (_root, args, ctx) => units.registerResidentUnit(ctx, args),
  updateResidentUnit: (_root, args, ctx) => units.updateResidentUnit(ctx, args),
  evaluateResidentUnit: (_root, args, ctx) => units.evaluateResidentUnit(ctx, args),
  draftAgreement: (_root, args, ctx) => agreements.draftAgreement(ctx, args),
  signAgreement: (_root, args, ctx) => agreements.signAgreement(ctx, args),
  terminateAgreement: (_root, args, ctx) => agreements.terminateAgreement(ctx, args),
  withdrawAgreement: (_root, args, ctx) => agreements.withdrawAgreement(ctx, args),
  renewAgreement: (_root, args, ctx) => agreements.renewAgreement(ctx, args),
};
