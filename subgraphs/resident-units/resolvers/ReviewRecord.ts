import { checkedReviewRecord, type ReviewRecordKey } from '../../../platform/rules/reviews';
import type { Context } from '../context';
import type { ReviewRecordResolvers } from '../generated/resolvers';

/**
 * A unit's agreements for an annual review (述职评议): how far it met its commitments for the year.
 *
 * THE HOOK FOR COMMITMENTS (branch `commitments`): the agreements do not record their fulfilment yet, so
 * `commitmentsMet` is null. Once `Agreement.fulfilment` exists, answer here the share (0–1) of the
 * commitments of the unit's agreements with `communityId` in force in `year` that were met; the
 * organizations subgraph already reads this field into every report (ReviewFigures.commitmentsMet), the
 * export has its column, and test/e2e/annual-review.test.ts asserts it is null until then.
 */
export const ReviewRecord: ReviewRecordResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx: Context) => checkedReviewRecord(ctx.principal, reference as ReviewRecordKey, ctx.territory),
  commitmentsMet: () => null,
};
