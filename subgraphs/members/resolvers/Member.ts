import { administersUnit, governs, privateValue } from '../../../platform/auth/access';
import { ref } from '../../../platform/server/subgraph';
import { seesPersonalData } from '../domain/access';
import { maskIdNumber } from '../domain/id-number';
import type { FeedbackResolvers, MemberResolvers, ServiceRecordResolvers } from '../generated/resolvers';

export const Member: MemberResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.member.load(reference.id),
  id: (member) => String(member._id),
  organization: (member) => ref(member.organizationId),
  reportsTo: (member) => (member.reportsToId ? ref(member.reportsToId) : null),
  employer: (member) => (member.employerId ? ref(member.employerId) : null),
  // Out of territory these read as null: a list of members stays readable without leaking anyone's number.
  phone: (member, _args, { principal }) => privateValue(principal, (p) => seesPersonalData(p, member), member.phone ?? null),
  idNumber: (member, _args, { principal }) => privateValue(principal, (p) => seesPersonalData(p, member), member.idNumber ? maskIdNumber(member.idNumber) : null),
  posts: (member) => member.posts ?? [],
  centralHousehold: (member) => member.centralHousehold ?? false,
  serviceRecords: (member, { year, first, after }, { loaders }) =>
    loaders.recordsOfMember.load({ parent: String(member._id), first, after, filter: year ? { year } : undefined }),
  volunteerHours: (member, { year }, { hours }) => hours('memberId', year).load(String(member._id)),
  feedback: async (member, _args, { principal, loaders }) => {
    const list = await loaders.feedbackOfMember.load(String(member._id));
    if (seesPersonalData(principal, member)) return list;
    return list.filter((f) => administersUnit(principal, f.employerId) || governs(principal, f.territoryPath));
  },
};

export const ServiceRecord: ServiceRecordResolvers = {
  __resolveReference: (reference, { models }) => models.ServiceRecord.findById(reference.id).lean(),
  id: (record) => String(record._id),
  member: async (record, _args, { loaders }) => (await loaders.member.load(String(record.memberId)))!,
  need: (record) => (record.needId ? ref(record.needId) : null),
  project: (record) => (record.projectId ? ref(record.projectId) : null),
  activity: (record) => (record.activityId ? ref(record.activityId) : null),
};

export const Feedback: FeedbackResolvers = {
  id: (f) => String(f._id),
  member: async (f, _args, { loaders }) => (await loaders.member.load(String(f.memberId)))!,
  community: (f) => ref(f.communityId),
  employer: (f) => ref(f.employerId),
};
