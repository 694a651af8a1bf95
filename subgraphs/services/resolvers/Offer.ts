import { ref } from '../../../platform/subgraph';
import type { OfferResolvers } from '../generated/resolvers';

export const Offer: OfferResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.offer.load(reference.id),
  id: (offer) => String(offer._id),
  provider: (offer) => ref(offer.providerId),
};
