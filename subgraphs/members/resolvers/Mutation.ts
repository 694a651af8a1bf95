import { pathToSync, rebasePaths } from '../../../platform/territory-sync';
import * as members from '../app/members';
import * as serviceRecords from '../app/service-records';
import * as feedback from '../app/feedback';
import type { MutationResolvers } from '../generated/resolvers';

/** The members subgraph's mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  // After a move in the tree: members, their service records and feedback follow their organisation.
  syncMembersTerritory: async (_root, { organizationId }, ctx) => {
    const prefix = await pathToSync(ctx.principal, ctx.territory, organizationId);
    if (!prefix) return 0;
    const counts = await Promise.all([
      rebasePaths(ctx.models.Member, 'territoryPath', organizationId, prefix),
      rebasePaths(ctx.models.ServiceRecord, 'territoryPath', organizationId, prefix),
      rebasePaths(ctx.models.Feedback, 'territoryPath', organizationId, prefix),
    ]);
    // Once its copies are in line, tokens issued before the move follow it here too (serve.ts).
    await ctx.moves.record(organizationId, prefix);
    return counts.reduce((a, b) => a + b, 0);
  },

  registerMember: (_root, args, ctx) => members.registerMember(ctx, args),
  updateMember: (_root, args, ctx) => members.updateMember(ctx, args),
  reportToCommunity: (_root, args, ctx) => members.reportToCommunity(ctx, args),
  recordService: (_root, args, ctx) => serviceRecords.recordService(ctx, args),
  confirmService: (_root, args, ctx) => serviceRecords.confirmService(ctx, args),
  sendFeedback: (_root, args, ctx) => feedback.sendFeedback(ctx, args),
};
