import type { OrganizationResolvers } from '../generated/resolvers';

/** Organization is owned by the organizations subgraph; this one adds the units located in it. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => reference,
  residentUnits: (org, { kind, first, after }, { loaders }) =>
    loaders.unitsOfCommunity.load({ parent: org.id, first, after, filter: kind ? { kind } : undefined }),
};
