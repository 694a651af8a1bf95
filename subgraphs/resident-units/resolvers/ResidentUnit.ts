import { administersUnit, governs, privateValue } from '../../../platform/auth/access';
import { ref } from '../../../platform/server/subgraph';
import { statusFilter } from '../domain/agreements';
import type { ResidentUnitResolvers } from '../generated/resolvers';

export const ResidentUnit: ResidentUnitResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.residentUnit.load(reference.id),
  id: (unit) => String(unit._id),
  community: (unit) => ref(unit.communityId),
  street: (unit) => ref(unit.streetId),
  partyOrganization: (unit) => (unit.partyOrganizationId ? ref(unit.partyOrganizationId) : null),
  // Personal data: the unit's own admins and the committees of its territory only.
  contact: (unit, _args, { principal }) => privateValue(principal, (p) => administersUnit(p, unit._id) || governs(p, unit.territoryPath), unit.contact ?? null),
  agreements: (unit, { status, first, after }, { loaders, now }) =>
    loaders.agreementsOfUnit.load({ parent: String(unit._id), first, after, filter: status ? statusFilter(status, now) : undefined }),
  evaluations: (unit, _args, { loaders }) => loaders.evaluationsOfUnit.load(String(unit._id)),
};
