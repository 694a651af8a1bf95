import type { ResidentUnitResolvers } from '../generated/resolvers';

/** ResidentUnit is owned by the resident-units subgraph; this one adds its resource list. */
export const ResidentUnit: ResidentUnitResolvers = {
  __resolveReference: (reference) => reference,
  offers: (unit, { status, first, after }, { loaders }) =>
    loaders.offersOfUnit.load({ parent: unit.id, first, after, filter: status ? { status } : undefined }),
};
