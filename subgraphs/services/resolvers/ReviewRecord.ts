import { checkedReviewRecord, type ReviewRecordKey } from '../../../platform/rules/reviews';
import { beijingYear } from '../../../platform/rules/beijing-time';
import { unitRecordsKey } from '../loaders';
import type { UnitRecords } from '../domain/commitments';
import type { Context } from '../context';
import type { ReviewRecordResolvers } from '../generated/resolvers';

/**
 * A unit's year for an annual review (述职评议), from what this subgraph keeps — the same records its
 * agreements' commitments count (loaders.unitRecords: one batched step for every record asked): the
 * claims it gave that were delivered in the year, the activities it held, its people checked in.
 * A Party organisation neither claims nor organises here: its figures are null.
 */
const ofUnit = async (r: ReviewRecordKey, ctx: Context, count: (records: UnitRecords) => number) =>
  r.partyType === 'RESIDENT_UNIT' ? count(await ctx.loaders.unitRecords.load(unitRecordsKey(r.partyId, beijingYear(r.year)))) : null;

export const ReviewRecord: ReviewRecordResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx: Context) => checkedReviewRecord(ctx.principal, reference as ReviewRecordKey, ctx.territory),
  claimsDelivered: (r, _args, ctx) => ofUnit(r, ctx, (records) => records.claims.length),
  activitiesOrganised: (r, _args, ctx) => ofUnit(r, ctx, (records) => records.activities.length),
  activitiesAttended: (r, _args, ctx) => ofUnit(r, ctx, (records) => records.attendances.length),
};
