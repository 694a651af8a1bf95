import { requirePrincipal } from '../../../platform/auth/access';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  member: (_root, { id }, { loaders, principal }) => (requirePrincipal(principal), loaders.member.load(id)),
};
