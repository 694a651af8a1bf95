import * as organizations from '../app/organizations';
import * as committees from '../app/committees';
import * as meetings from '../app/meetings';
import * as reviews from '../app/reviews';
import type { MutationResolvers } from '../generated/resolvers';

/** The organizations subgraph's mutations: each is a command of app/. */
export const Mutation: MutationResolvers = {
  createOrganization: (_root, args, ctx) => organizations.createOrganization(ctx, args),
  updateOrganization: (_root, args, ctx) => organizations.updateOrganization(ctx, args),
  moveOrganization: (_root, args, ctx) => organizations.moveOrganization(ctx, args),
  gradeOrganization: (_root, args, ctx) => organizations.gradeOrganization(ctx, args),
  addCommitteeSeat: (_root, args, ctx) => committees.addCommitteeSeat(ctx, args),
  endCommitteeSeat: (_root, args, ctx) => committees.endCommitteeSeat(ctx, args),
  conveneJointMeeting: (_root, args, ctx) => meetings.conveneJointMeeting(ctx, args),
  cancelJointMeeting: (_root, args, ctx) => meetings.cancelJointMeeting(ctx, args),
  recordMeetingAttendance: (_root, args, ctx) => meetings.recordMeetingAttendance(ctx, args),
  recordMeetingMinutes: (_root, args, ctx) => meetings.recordMeetingMinutes(ctx, args),
  recordMeetingDecision: (_root, args, ctx) => meetings.recordMeetingDecision(ctx, args),
  updateDecision: (_root, args, ctx) => meetings.updateDecision(ctx, args),
  openReviewRound: (_root, args, ctx) => reviews.openReviewRound(ctx, args),
  submitReviewReport: (_root, args, ctx) => reviews.submitReviewReport(ctx, args),
  scoreReviewParty: (_root, args, ctx) => reviews.scoreReviewParty(ctx, args),
  giveReviewOpinion: (_root, args, ctx) => reviews.giveReviewOpinion(ctx, args),
  inviteReviewRaters: (_root, args, ctx) => reviews.inviteReviewRaters(ctx, args),
  closeReviewRound: (_root, args, ctx) => reviews.closeReviewRound(ctx, args),
};
