import { Types } from 'mongoose';
import { checkedReviewRecord, type ReviewRecordKey } from '../../../platform/rules/reviews';
import type { Context } from '../context';
import type { ReviewRecordResolvers } from '../generated/resolvers';

/**
 * A party's members for an annual review (述职评议 · 双述双评): those who reported to the reviewing
 * committee's territory (双报到) — a unit's employees, or a Party organisation's own members — and the
 * volunteer hours they served in the year, confirmed.
 */
const reported = (r: ReviewRecordKey) => {
  const party = new Types.ObjectId(r.partyId);
  const community = new Types.ObjectId(r.communityId);
  return r.partyType === 'RESIDENT_UNIT' ? { employerId: party, reportsToPath: community } : { organizationId: party, reportsToPath: community };
};

export const ReviewRecord: ReviewRecordResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx: Context) => checkedReviewRecord(ctx.principal, reference as ReviewRecordKey, ctx.territory),
  membersReported: (r, _args, { models }) => models.Member.countDocuments(reported(r)).exec(),
  // Their confirmed hours in the year, wherever they served: a record carries the member's home path, not
  // the community a member in service reported to, so the members are what ties the hours to the review.
  volunteerHours: async (r, _args, { models }) => {
    const members = (await models.Member.find(reported(r), { _id: 1 }).lean()).map((m) => m._id);
    if (!members.length) return 0;
    const [row] = (await models.ServiceRecord.aggregate([
      { $match: { year: r.year, memberId: members.length === 1 ? members[0] : { $in: members }, confirmedAt: { $ne: null } } },
      { $group: { _id: null, hours: { $sum: '$hours' } } },
    ])) as { hours: number }[];
    return row?.hours ?? 0;
  },
};
