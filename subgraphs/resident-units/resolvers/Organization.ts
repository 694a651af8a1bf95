import { statusFilter } from '../domain/agreements';
import type { OrganizationResolvers } from '../generated/resolvers';

/** Organization is owned by the organizations subgraph; this one adds its units and agreements. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => reference,
  residentUnits: (org, { kind, capability, first, after }, { loaders }) => {
    const filter: Record<string, unknown> = {};
    if (kind) filter.kind = kind;
    if (capability) filter.capabilities = capability;
    return loaders.unitsOfCommunity.load({ parent: org.id, first, after, filter });
  },
  agreements: (org, { status, inTerritory, first, after }, { loaders, now }) =>
    (inTerritory ? loaders.agreementsInTerritory : loaders.agreementsOfPartner).load({
      parent: org.id,
      first,
      after,
      filter: status ? statusFilter(status, now) : undefined,
    }),
};
