import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  residentUnit: (_root, { id }, { loaders }) => loaders.residentUnit.load(id),
};
