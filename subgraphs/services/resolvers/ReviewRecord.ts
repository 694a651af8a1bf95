import { Types } from 'mongoose';
import { checkedReviewRecord, reviewYear, type ReviewRecordKey } from '../../../platform/rules/reviews';
import type { Context } from '../context';
import type { ReviewRecordResolvers } from '../generated/resolvers';

/**
 * A unit's year for an annual review (述职评议), from what this subgraph keeps: its claims and its
 * activities. A Party organisation neither claims nor organises here: its figures are null.
 */
const ofUnit = <T>(r: ReviewRecordKey, count: (unitId: Types.ObjectId, year: { start: Date; end: Date }) => Promise<T>) =>
  r.partyType === 'RESIDENT_UNIT' ? count(new Types.ObjectId(r.partyId), reviewYear(r.year)) : null;

export const ReviewRecord: ReviewRecordResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx: Context) => checkedReviewRecord(ctx.principal, reference as ReviewRecordKey, ctx.territory),
  // Claims the unit made in the year that it delivered (履约), evaluated or not.
  claimsDelivered: (r, _args, { models }) =>
    ofUnit(r, (id, y) => models.Claim.countDocuments({ 'claimant.id': id, status: { $in: ['DELIVERED', 'EVALUATED'] }, createdAt: { $gte: y.start, $lt: y.end } }).exec()),
  activitiesOrganised: (r, _args, { models }) =>
    ofUnit(r, (id, y) => models.Activity.countDocuments({ organiserId: id, status: 'HELD', startsAt: { $gte: y.start, $lt: y.end } }).exec()),
  activitiesAttended: (r, _args, { models }) =>
    ofUnit(r, (id, y) => models.SignUp.countDocuments({ 'participant.id': id, status: 'ATTENDED', checkedInAt: { $gte: y.start, $lt: y.end } }).exec()),
};
