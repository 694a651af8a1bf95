import { byIdLoader, childPageLoader } from '../../platform/pagination';
import type { MembersModels } from './models';

/** Per request: the loaders (fresh each request, so nothing is cached across users). */
export function createContext(models: MembersModels) {
  return {
    models,
    loaders: {
      member: byIdLoader(models.Member),
      membersOfOrganization: childPageLoader(models.Member, 'organizationId'),
    },
  };
}

export type Context = ReturnType<typeof createContext>;
