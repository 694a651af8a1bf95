import { checkedReviewRecord, type ReviewRecordKey } from '../../../platform/rules/reviews';
import type { Context } from '../context';
import type { ReviewRecordResolvers } from '../generated/resolvers';

/**
 * A unit's agreements for an annual review (述职评议): how far it met its commitments for the year.
 *
 * The share is the unit's `commitmentFulfilment(year, partner:)` `metRate`, which the services subgraph counts
 * from the unit's deliveries against the agreements kept here (Agreement.fulfilment): only the agreements with
 * the reviewing committee's organisation, asked with the caller's token. Null when nothing was promised, and
 * for a Party organisation, which signs no agreements.
 */
export const ReviewRecord: ReviewRecordResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx: Context) => checkedReviewRecord(ctx.principal, reference as ReviewRecordKey, ctx.territory),
  commitmentsMet: async (r, _args, ctx) => {
    if (r.partyType !== 'RESIDENT_UNIT') return null;
    return (await ctx.unitCommitmentFulfilment(r.partyId, r.year, r.communityId))?.metRate ?? null;
  },
};
