import type { OrganizationResolvers } from '../generated/resolvers';

/** Organization is owned by the organizations subgraph; this one adds its needs list. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => reference,
  needs: (org, { status, first, after }, { loaders }) =>
    loaders.needsOfOrganization.load({ parent: org.id, first, after, filter: status ? { status } : undefined }),
};
