import type { QueryResolvers } from '../generated/resolvers';
import { visibleClaim, visibleItem } from '../loaders/visible';

export const Query: QueryResolvers = {
  need: (_root, { id }, ctx) => visibleItem(ctx, id, 'NEED'),
  offer: (_root, { id }, ctx) => visibleItem(ctx, id, 'OFFER'),
  project: (_root, { id }, ctx) => visibleItem(ctx, id, 'PROJECT'),
  claim: (_root, { id }, ctx) => visibleClaim(ctx, id),
};
