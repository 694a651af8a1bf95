import type { OrganizationResolvers } from '../generated/resolvers';

/** Organization is owned by the organizations subgraph; this one adds its members. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => reference,
  members: (org, { category, first, after }, { loaders }) =>
    loaders.membersOfOrganization.load({ parent: org.id, first, after, filter: category ? { category } : undefined }),
};
