import * as territory from '../app/territory';
import * as members from '../app/members';
import * as serviceRecords from '../app/service-records';
import * as feedback from '../app/feedback';
import * as activityHours from '../app/activity-hours';
import type { MutationResolvers } from '../generated/resolvers';

/** The members subgraph's mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  syncMembersTerritory: (_root, args, ctx) => territory.syncMembersTerritory(ctx, args),
  registerMember: (_root, args, ctx) => members.registerMember(ctx, args),
  updateMember: (_root, args, ctx) => members.updateMember(ctx, args),
  reportToCommunity: (_root, args, ctx) => members.reportToCommunity(ctx, args),
  recordService: (_root, args, ctx) => serviceRecords.recordService(ctx, args),
  confirmService: (_root, args, ctx) => serviceRecords.confirmService(ctx, args),
  recordActivityHours: (_root, args, ctx) => activityHours.recordActivityHours(ctx, args),
  sendFeedback: (_root, args, ctx) => feedback.sendFeedback(ctx, args),
};
