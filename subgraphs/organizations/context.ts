import type { RequestScope } from '../../platform/subgraph';
import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { OrganizationsModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: OrganizationsModels, { principal }: RequestScope) {
  return {
    models,
    principal,
    loaders: {
      organization: byIdLoader(models.Organization),
      children: childPageLoader(models.Organization, 'parentId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
