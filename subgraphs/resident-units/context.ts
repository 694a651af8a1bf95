import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { ResidentUnitsModels } from './models';

/** Per request: the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ResidentUnitsModels) {
  return {
    models,
    loaders: {
      residentUnit: byIdLoader(models.ResidentUnit),
      unitsOfCommunity: childPageLoader(models.ResidentUnit, 'communityId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
