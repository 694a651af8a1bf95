import { ref } from '../../../platform/subgraph';
import type { NeedResolvers } from '../generated/resolvers';

export const Need: NeedResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.need.load(reference.id),
  id: (need) => String(need._id),
  postedBy: (need) => ref(need.postedById),
};
