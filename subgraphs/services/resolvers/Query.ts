import { isObjectId } from '../../../platform/subgraph';
import { seesClaim } from '../domain/parties';
import type { QueryResolvers } from '../generated/resolvers';
import { visibleItem } from './ListItem';

export const Query: QueryResolvers = {
  need: (_root, { id }, ctx) => visibleItem(ctx, id, 'NEED'),
  offer: (_root, { id }, ctx) => visibleItem(ctx, id, 'OFFER'),
  project: (_root, { id }, ctx) => visibleItem(ctx, id, 'PROJECT'),
  claim: async (_root, { id }, { loaders, principal }) => {
    const claim = isObjectId(id) ? await loaders.claim.load(id) : null;
    if (!claim) return null;
    const item = await loaders.item.load(String(claim.itemId));
    return item && seesClaim(principal, claim, item) ? claim : null;
  },
};
