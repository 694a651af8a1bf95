import { Types } from 'mongoose';
import { checkedStatisticsScope, type StatisticsScope } from '../../../platform/rules/statistics';
import { countBy, totalsBy } from '../../../platform/data/totals';
import { COMMITTEE_KINDS } from '../domain/committee';
import { meetingFigures } from '../domain/meetings';
import { beijingDayStart } from '../../../platform/rules/beijing-time';
import { reviewFigures, yearsStartingIn } from '../domain/reviews';
import type { Context } from '../context';
import type { StatisticsResolvers } from '../generated/resolvers';

/**
 * Joint meetings for the dashboard whose other figures the services and members subgraphs answer.
 * The territory's committees are read from the tree this subgraph keeps (the organisation and the
 * streets and communities below it: one indexed query), so meetings need no copy of a territory path.
 */
async function committeesIn(s: StatisticsScope, { models }: Context) {
  const root = new Types.ObjectId(s.organizationId);
  const below = await models.Organization.find({ ancestorIds: root, kind: { $in: [...COMMITTEE_KINDS] } }, { _id: 1 }).lean();
  const ids = [root, ...below.map((o) => o._id)];
  return ids.length === 1 ? ids[0] : { $in: ids };
}

export const Statistics: StatisticsResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx) => checkedStatisticsScope(ctx.principal, reference as StatisticsScope, ctx.loaders.territory),
  meetings: async (s, _args, ctx) => {
    const organizationId = await committeesIn(s, ctx);
    const decisionsMade = { organizationId, recordedAt: { $gte: s.from, $lt: s.to } };
    const [meetings, decisions, overdue] = await Promise.all([
      totalsBy(ctx.models.JointMeeting, { organizationId, scheduledAt: { $gte: s.from, $lt: s.to } }, 'status', { present: 'presentCount', invited: 'invitedCount' }),
      countBy(ctx.models.MeetingDecision, decisionsMade, { status: 'status' }),
      ctx.models.MeetingDecision.countDocuments({ ...decisionsMade, status: 'OPEN', dueOn: { $lt: beijingDayStart(ctx.now) } }),
    ]);
    return meetingFigures([...meetings].map(([status, row]) => ({ status, ...row })), decisions, overdue);
  },
  reviews: async (s, _args, ctx) => {
    const years = yearsStartingIn(s.from, s.to);
    if (!years) return reviewFigures([], []);
    const organizationId = await committeesIn(s, ctx);
    const match = { organizationId, year: years.first === years.last ? years.first : { $gte: years.first, $lte: years.last } };
    const [rounds, parties] = await Promise.all([
      countBy(ctx.models.ReviewRound, match, { status: 'status' }),
      countBy(ctx.models.ReviewParty, match, { frozen: 'frozen', grade: 'grade' }),
    ]);
    return reviewFigures(rounds, parties);
  },
};
