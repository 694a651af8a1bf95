import { Types } from 'mongoose';
import { checkFirst } from '../../../platform/data/pagination';
import { checkedStatisticsScope, type StatisticsScope } from '../../../platform/rules/statistics';
import { ref } from '../../../platform/server/subgraph';
import { countBy, distributionBy, medianOfDistribution, totalsBy } from '../../../platform/data/totals';
import { claimFigures, coverageFigures, listFigures, rankUnits, requestFigures, roundHours, type RequestRow } from '../domain/statistics';
import { activityStatistics } from '../domain/activities';
import { STORED_ITEM_STATUSES } from '../models';
import { OPEN_STATUSES } from '../domain/requests/lifecycle';
import { statisticsCommitments } from '../app/commitments';
import type { Context } from '../context';
import type { StatisticsResolvers, UnitContributionResolvers } from '../generated/resolvers';

/**
 * The dashboard (统计): each field is its own set of aggregations over the
 * territory (every document carries its territory path) and the period, so
 * a client pays only for the figures it asks for.
 */
const inTerritory = (s: StatisticsScope, dateField: string) => ({
  territoryPath: new Types.ObjectId(s.organizationId),
  [dateField]: { $gte: s.from, $lt: s.to },
});

/** Items of the territory and period: a street's or a community's by its scalar key (see territoryKeys). */
const itemsIn = (s: StatisticsScope) => {
  const key = s.kind === 'STREET' ? 'streetId' : s.kind === 'COMMUNITY' ? 'communityId' : 'territoryPath';
  return { [key]: new Types.ObjectId(s.organizationId), createdAt: { $gte: s.from, $lt: s.to } };
};

/** Activities of the territory that start in the period, by the same keys as items. */
const activitiesIn = (s: StatisticsScope) => {
  const key = s.kind === 'STREET' ? 'streetId' : s.kind === 'COMMUNITY' ? 'communityId' : 'territoryPath';
  return { [key]: new Types.ObjectId(s.organizationId), startsAt: { $gte: s.from, $lt: s.to } };
};

export const OrganizationStatistics = {
  statistics: (org: { id: string }, args: { from: Date; to: Date }, ctx: Context) =>
    checkedStatisticsScope(ctx.principal, { organizationId: org.id, ...args }, ctx.territory),
};

export const Statistics: StatisticsResolvers = {
  __resolveReference: (reference, ctx) => checkedStatisticsScope(ctx.principal, reference as StatisticsScope, ctx.territory),

  lists: async (s, _args, { models }) => {
    // Three aggregations, whatever the territory's size: the counts by list and status, and the
    // distributions of the two durations by list (their counts and medians come from those).
    const items = itemsIn(s);
    const [byStatus, toClaim, toFulfil] = await Promise.all([
      countBy(models.Item, items, { kind: 'kind', status: 'status' }),
      distributionBy(models.Item, items, 'kind', 'hoursToClaim'),
      distributionBy(models.Item, items, 'kind', 'hoursToFulfil'),
    ]);
    const claimedByKind = new Map([...toClaim].map(([kind, rows]) => [kind, rows.reduce((n, r) => n + r.count, 0)]));
    return listFigures(byStatus, claimedByKind).map((figures) => ({
      ...figures,
      medianHoursToClaim: roundHours(medianOfDistribution(toClaim.get(figures.list))),
      medianHoursToFulfil: roundHours(medianOfDistribution(toFulfil.get(figures.list))),
    }));
  },

  claims: async (s, _args, { models }) => claimFigures(await countBy(models.Claim, inTerritory(s, 'createdAt'), { status: 'status' })),

  requests: async (s, _args, { models, now }) => {
    const match = inTerritory(s, 'receivedAt');
    const [rows, overdueNow] = await Promise.all([
      countBy(models.Request, match, {
        status: 'status',
        category: 'category',
        whistled: 'whistled',
        escalated: 'escalated',
        resolvedOnTime: 'resolvedOnTime',
        satisfied: 'satisfied',
      }),
      models.Request.countDocuments({ ...match, status: { $in: OPEN_STATUSES }, deadline: { $lt: now } }),
    ]);
    return requestFigures(rows as RequestRow[], overdueNow);
  },

  unitRanking: async (s, { first }, { models }) => {
    checkFirst(first);
    const rows = await countBy(
      models.Claim,
      { ...inTerritory(s, 'createdAt'), 'claimant.type': 'RESIDENT_UNIT', status: { $in: ['DELIVERED', 'EVALUATED'] } },
      { unit: 'claimant.id', status: 'status' },
    );
    return rankUnits(rows, first);
  },

  coverage: async (s, _args, { models }) => {
    // Needs published in the period, neither drafts nor cancelled: one aggregation by category.
    const needs = { ...itemsIn(s), kind: 'NEED', status: { $in: STORED_ITEM_STATUSES.filter((x) => x !== 'DRAFT' && x !== 'CANCELLED') } };
    const totals = await totalsBy(models.Item, needs, 'category', { quantity: 'quantity', accepted: 'state.accepted', delivered: 'state.delivered' });
    const column = (f: (row: { count: number; quantity: number; accepted: number; delivered: number }) => number) =>
      new Map([...totals].map(([category, row]) => [category, f(row)]));
    return coverageFigures(column((r) => r.count), column((r) => r.quantity), column((r) => r.accepted), column((r) => r.delivered));
  },

  activities: async (s, _args, { models, now }) => {
    // Two aggregations: the activities' counts summed by status, and the sign-ups and check-ins of
    // those held that have ended (the no-shows are counted on those only).
    const match = activitiesIn(s);
    const [byStatus, over] = await Promise.all([
      totalsBy(models.Activity, match, 'status', { signUps: 'state.signUps', withdrawals: 'state.withdrawals', people: 'state.people', memberHours: 'state.memberHours' }),
      totalsBy(models.Activity, { ...match, status: 'HELD', endsAt: { $lte: now } }, 'status', { signUps: 'state.signUps', attended: 'state.attended' }),
    ]);
    return activityStatistics(byStatus, over.get('HELD') ?? { signUps: 0, attended: 0 });
  },

  // The territory's agreements (read from resident-units with the caller's token) and their units' deliveries: app/commitments.ts.
  commitments: (s, _args, ctx) => statisticsCommitments(ctx, s),
};

export const UnitContribution: UnitContributionResolvers = {
  unit: (row) => ref(row.unitId),
};
