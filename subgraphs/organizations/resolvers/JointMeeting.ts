import { ref } from '../../../platform/server/subgraph';
import { attendanceRate, isOverdue, type Invitee } from '../domain/meetings';
import { visibleDecision, visibleMeeting } from '../loaders/visible';
import type { DecisionOwnerResolvers, JointMeetingResolvers, MeetingDecisionResolvers, MeetingInviteeResolvers } from '../generated/resolvers';
import type { Attendance } from '../domain/meetings';

/** An invitee as the graph shows it: the seat as it was invited, with its attendance. */
export type InviteeOut = Invitee & { attendance: Attendance | null };

export const JointMeeting: JointMeetingResolvers = {
  __resolveReference: (reference, ctx) => visibleMeeting(ctx, reference.id),
  id: (m) => String(m._id),
  organization: async (m, _args, { loaders }) => (await loaders.organization.load(String(m.organizationId)))!,
  invitees: (m) => m.invitees.map((i) => ({ ...i, attendance: m.attendance?.[i.seatId] ?? null })),
  attendanceRate: (m) => attendanceRate({ attendance: m.attendance ?? {} }, m.invitees.length),
  decisions: (m, _args, { loaders }) => loaders.decisionsOfMeeting.load(String(m._id)),
  previousDecisions: (m, _args, { loaders }) => loaders.followUpOf.load({ organizationId: String(m.organizationId), scheduledAt: m.scheduledAt }),
  convenedAt: (m) => m.createdAt ?? m._id.getTimestamp(),
};

export const MeetingInvitee: MeetingInviteeResolvers = {
  seat: (i, _args, { loaders }) => loaders.seat.load(i.seatId),
  member: (i) => ref(i.memberId),
  unit: (i) => (i.unitId ? ref(i.unitId) : null),
  attended: (i) => i.attendance?.attended ?? null,
  absenceReason: (i) => i.attendance?.absenceReason ?? null,
};

export const MeetingDecision: MeetingDecisionResolvers = {
  __resolveReference: (reference, ctx) => visibleDecision(ctx, reference.id),
  id: (d) => String(d._id),
  // The decision's owner may not see the meeting itself (a unit's admin): then it is withheld.
  meeting: async (d, _args, ctx) => (await visibleMeeting(ctx, String(d.meetingId)))!,
  owner: async (d, _args, { loaders }) => {
    if (d.owner.type === 'RESIDENT_UNIT') return { __typename: 'ResidentUnit' as const, ...ref(d.owner.id) };
    if (d.owner.type === 'SEAT') return loaders.seat.load(d.owner.id);
    return loaders.organization.load(d.owner.id);
  },
  overdue: (d, _args, { now }) => isOverdue(d, now),
};

export const DecisionOwner: DecisionOwnerResolvers = {
  __resolveType: (owner) => ('__typename' in owner ? 'ResidentUnit' : 'memberId' in owner ? 'CommitteeSeat' : 'Organization'),
};
