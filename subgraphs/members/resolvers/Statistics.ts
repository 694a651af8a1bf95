import { Types } from 'mongoose';
import { checkFirst } from '../../../platform/data/pagination';
import { checkedStatisticsScope, type StatisticsScope } from '../../../platform/rules/statistics';
import { ref } from '../../../platform/server/subgraph';
import { sumBy } from '../../../platform/data/totals';
import type { Context } from '../context';
import type { EmployerHoursResolvers, StatisticsResolvers } from '../generated/resolvers';
import { MEMBER_CATEGORIES } from '../models';

export interface EmployerHoursRow {
  employerId: string;
  hours: number;
}

/** Confirmed service of the territory's members in the period (the statistics count only confirmed hours). */
const confirmedIn = (s: StatisticsScope) => ({
  territoryPath: new Types.ObjectId(s.organizationId),
  servedOn: { $gte: s.from, $lt: s.to },
  confirmedAt: { $ne: null },
});

/** Volunteer hours for the dashboard whose other figures the services subgraph answers. */
export const Statistics: StatisticsResolvers = {
  // Checked here too: an `_entities` request straight to this subgraph gets no figures without the right principal.
  __resolveReference: (reference, ctx: Context) => checkedStatisticsScope(ctx.principal, reference as StatisticsScope, ctx.territory),
  volunteerHoursByCategory: async (s, _args, { models }) => {
    const hours = await sumBy(models.ServiceRecord, confirmedIn(s), 'memberCategory', 'hours');
    return MEMBER_CATEGORIES.map((category) => ({ category, hours: hours.get(category) ?? 0 }));
  },
  volunteerHoursByEmployer: async (s, { first }, { models }) => {
    checkFirst(first);
    const hours = await sumBy(models.ServiceRecord, { ...confirmedIn(s), employerId: { $ne: null } }, 'employerId', 'hours');
    return [...hours.entries()]
      .map(([employerId, total]) => ({ employerId, hours: total }))
      .sort((a, b) => b.hours - a.hours || a.employerId.localeCompare(b.employerId))
      .slice(0, first);
  },
};

export const EmployerHours: EmployerHoursResolvers = { employer: (row) => ref(row.employerId) };
