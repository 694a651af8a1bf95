import * as territory from '../app/territory';
import * as claims from '../app/claims';
import * as items from '../app/items';
import * as activities from '../app/activities';
import type { MutationResolvers } from '../generated/resolvers';

/** The lists', claims' and activities' mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  syncServicesTerritory: (_root, args, ctx) => territory.syncServicesTerritory(ctx, args),
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

  organiseActivity: (_root, args, ctx) => activities.organiseActivity(ctx, args),
  cancelActivity: (_root, args, ctx) => activities.cancelActivity(ctx, args),
  signUpForActivity: (_root, args, ctx) => activities.signUpForActivity(ctx, args),
  withdrawSignUp: (_root, args, ctx) => activities.withdrawSignUp(ctx, args),
  checkInAttendance: (_root, args, ctx) => activities.checkInAttendance(ctx, args),
};
