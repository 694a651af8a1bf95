import type { RequestScope } from '../../platform/subgraph';
import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { ServicesModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: ServicesModels, { principal, directory }: RequestScope) {
  return {
    models,
    principal,
    territory: directory.loader(),
    loaders: {
      need: byIdLoader(models.Need),
      offer: byIdLoader(models.Offer),
      needsOfOrganization: childPageLoader(models.Need, 'postedById'),
      offersOfUnit: childPageLoader(models.Offer, 'providerId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
