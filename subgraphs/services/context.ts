import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { ServicesModels } from './models';

/** Per request: the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ServicesModels) {
  return {
    models,
    loaders: {
      need: byIdLoader(models.Need),
      offer: byIdLoader(models.Offer),
      needsOfOrganization: childPageLoader(models.Need, 'postedById'),
      offersOfUnit: childPageLoader(models.Offer, 'providerId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
