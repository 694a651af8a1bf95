import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  member: (_root, { id }, { loaders }) => loaders.member.load(id),
};
