import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  need: (_root, { id }, { loaders }) => loaders.need.load(id),
  offer: (_root, { id }, { loaders }) => loaders.offer.load(id),
};
