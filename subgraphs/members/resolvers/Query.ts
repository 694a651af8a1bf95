import { requireParticipant } from '../../../platform/auth/access';
import type { QueryResolvers } from '../generated/resolvers';

export const Query: QueryResolvers = {
  member: (_root, { id }, { loaders, principal }) => (requireParticipant(principal), loaders.member.load(id)),
};
