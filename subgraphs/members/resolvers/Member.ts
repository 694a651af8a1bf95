import { ref } from '../../../platform/subgraph';
import type { MemberResolvers } from '../generated/resolvers';

export const Member: MemberResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.member.load(reference.id),
  id: (member) => String(member._id),
  organization: (member) => ref(member.organizationId),
  reportsTo: (member) => (member.reportsToId ? ref(member.reportsToId) : null),
  employer: (member) => (member.employerId ? ref(member.employerId) : null),
};
