import { ref } from '../../../platform/subgraph';
import type { ResidentUnitResolvers } from '../generated/resolvers';

export const ResidentUnit: ResidentUnitResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.residentUnit.load(reference.id),
  id: (unit) => String(unit._id),
  community: (unit) => ref(unit.communityId),
};
