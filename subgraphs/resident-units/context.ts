import type { RequestScope } from '../../platform/subgraph';
import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { ResidentUnitsModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ResidentUnitsModels, { principal, directory }: RequestScope) {
  return {
    models,
    principal,
    territory: directory.loader(),
    loaders: {
      residentUnit: byIdLoader(models.ResidentUnit),
      unitsOfCommunity: childPageLoader(models.ResidentUnit, 'communityId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
