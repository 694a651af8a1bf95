import { Types } from 'mongoose';
import { badUserInput } from '../../../platform/errors';
import { checkedStatisticsScope, type StatisticsScope } from '../../../platform/statistics';
import { ref } from '../../../platform/subgraph';
import { countBy, medianOf, sumBy } from '../../../platform/totals';
import { claimFigures, coverageFigures, listFigures, rankUnits, requestFigures, type RequestRow } from '../domain/statistics';
import { OPEN_STATUSES } from '../domain/requests/lifecycle';
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

export const OrganizationStatistics = {
  statistics: (org: { id: string }, args: { from: Date; to: Date }, ctx: Context) =>
    checkedStatisticsScope(ctx.principal, { organizationId: org.id, ...args }, ctx.territory),
};

export const Statistics: StatisticsResolvers = {
  __resolveReference: (reference, ctx) => checkedStatisticsScope(ctx.principal, reference as StatisticsScope, ctx.territory),

  lists: async (s, _args, { models }) => {
    const items = inTerritory(s, 'createdAt');
    const [byStatus, claimed, fulfilled] = await Promise.all([
      countBy(models.Item, items, { kind: 'kind', status: 'status' }),
      countBy(models.Item, { ...items, hoursToClaim: { $ne: null } }, { kind: 'kind' }),
      countBy(models.Item, { ...items, hoursToFulfil: { $ne: null } }, { kind: 'kind' }),
    ]);
    const counts = (rows: { kind: unknown; count: number }[]) => new Map(rows.map((r) => [String(r.kind), r.count]));
    const claimedByKind = counts(claimed);
    const fulfilledByKind = counts(fulfilled);
    return Promise.all(
      listFigures(byStatus, claimedByKind).map(async (figures) => ({
        ...figures,
        medianHoursToClaim: await medianOf(models.Item, { ...items, kind: figures.list }, 'hoursToClaim', claimedByKind.get(figures.list) ?? 0),
        medianHoursToFulfil: await medianOf(models.Item, { ...items, kind: figures.list }, 'hoursToFulfil', fulfilledByKind.get(figures.list) ?? 0),
      })),
    );
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
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput('`first` must be 1 to 100', 'first');
    const rows = await countBy(
      models.Claim,
      { ...inTerritory(s, 'createdAt'), 'claimant.type': 'RESIDENT_UNIT', status: { $in: ['DELIVERED', 'EVALUATED'] } },
      { unit: 'claimant.id', status: 'status' },
    );
    return rankUnits(rows, first);
  },

  coverage: async (s, _args, { models }) => {
    const needs = { ...inTerritory(s, 'createdAt'), kind: 'NEED', status: { $nin: ['DRAFT', 'CANCELLED'] } };
    const [count, quantity, accepted, delivered] = await Promise.all([
      countBy(models.Item, needs, { category: 'category' }).then((rows) => new Map(rows.map((r) => [String(r.category), r.count]))),
      sumBy(models.Item, needs, 'category', 'quantity'),
      sumBy(models.Item, needs, 'category', 'state.accepted'),
      sumBy(models.Item, needs, 'category', 'state.delivered'),
    ]);
    return coverageFigures(count, quantity, accepted, delivered);
  },
};

export const UnitContribution: UnitContributionResolvers = {
  unit: (row) => ref(row.unitId),
};
