import { loadExisting } from '../../../platform/pagination';
import type { OrganizationResolvers } from '../generated/resolvers';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.organization.load(ref.id),
  id: (org) => String(org._id),
  parent: (org, _args, { loaders }) => (org.parentId ? loaders.organization.load(String(org.parentId)) : null),
  // Each ancestor is loaded through the same batch: one query for the whole path.
  ancestors: (org, _args, { loaders }) => loadExisting(loaders.organization, org.ancestorIds),
  children: (org, args, { loaders }) => loaders.children.load({ parent: String(org._id), ...args }),
};
