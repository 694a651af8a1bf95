import type { RequestScope } from '../../platform/subgraph';
import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { MembersModels } from './models';

/** Per request: the verified principal and the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: MembersModels, { principal, directory }: RequestScope) {
  return {
    models,
    principal,
    territory: directory.loader(),
    loaders: {
      member: byIdLoader(models.Member),
      membersOfOrganization: childPageLoader(models.Member, 'organizationId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
