import type { RequestScope } from '../../platform/subgraph';
import { territoryMoves } from '../../platform/territory-moves';
import { byIdLoader, childPageLoader, childrenLoader } from '../../platform/pagination';
import type { ResidentUnitsModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ResidentUnitsModels, { principal, directory }: RequestScope) {
  return {
    models,
    principal,
    /** One clock reading per request: every rule in it sees the same "today". */
    now: new Date(),
    /** The moves this subgraph keeps (it records one when it brings its copies in line). */
    moves: territoryMoves(models.ResidentUnit.db),
    territory: directory.loader(),
    loaders: {
      residentUnit: byIdLoader(models.ResidentUnit),
      agreement: byIdLoader(models.Agreement),
      unitsOfCommunity: childPageLoader(models.ResidentUnit, 'communityId'),
      agreementsOfUnit: childPageLoader(models.Agreement, 'unitId'),
      agreementsOfPartner: childPageLoader(models.Agreement, 'partnerId'),
      evaluationsOfUnit: childrenLoader(models.Evaluation, 'unitId', { year: -1, _id: 1 }),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
