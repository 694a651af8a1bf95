import type DataLoader from 'dataloader';
import type { RequestScope } from '../../platform/server/subgraph';
import { territoryMoves } from '../../platform/rules/territory-moves';
import { sumLoader } from '../../platform/data/totals';
import { createLoaders } from './loaders';
import type { MembersModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: MembersModels, { principal, directory, authorization }: RequestScope) {
  const hourLoaders = new Map<string, DataLoader<string, number>>();
  /** Confirmed hours of one year, per member / organisation (any level) / employer: one aggregation per batch. */
  const hours = (groupField: 'memberId' | 'territoryPath' | 'employerId', year: number) => {
    const key = `${groupField}:${year}`;
    if (!hourLoaders.has(key)) {
      hourLoaders.set(
        key,
        sumLoader(models.ServiceRecord, { groupField, sumField: 'hours', match: { year, confirmedAt: { $ne: null } }, array: groupField === 'territoryPath' }),
      );
    }
    return hourLoaders.get(key)!;
  };
  return {
    hours,
    models,
    principal,
    /** The moves this subgraph keeps (it records one when it brings its copies in line). */
    moves: territoryMoves(models.Member.db),
    now: new Date(),
    territory: directory.loader(),
    units: directory.unitLoader(),
    /** Whether the caller can see a need or a project in the services subgraph (asked with their own token). */
    needs: directory.visibleItemLoader('Need', authorization),
    projects: directory.visibleItemLoader('Project', authorization),
    /** The members checked in at an activity, read from the services subgraph with the caller's own token. */
    activityAttendance: (activityId: string) => directory.activityAttendance(activityId, authorization),
    loaders: createLoaders(models),
  };
}

export type Context = ReturnType<typeof createContext>;
