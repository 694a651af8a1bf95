import { requireParticipant } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { beijingDayStart } from '../../../platform/rules/beijing-time';
import { readsMeetingsOf } from '../loaders/visible';
import { governs, requirePrincipal } from '../../../platform/auth/access';
import { pathOf } from '../domain/tree';
import { annualReviewsOf } from './Reviews';
import { loadExisting } from '../../../platform/data/pagination';
import { ref } from '../../../platform/server/subgraph';
import type { CommitteeSeatResolvers, OrganizationResolvers, ResidentUnitResolvers } from '../generated/resolvers';
import type { CommitteeSeatDoc } from '../models';

const ROLE_ORDER = { SECRETARY: 0, DEPUTY_SECRETARY: 1, MEMBER: 2 } as const;

/** A seat is held on a day from its first day to its last (an open term has none). */
export const heldOn = (seat: CommitteeSeatDoc, day: Date) =>
  seat.termStart.getTime() <= day.getTime() && (!seat.termEnd || seat.termEnd.getTime() >= day.getTime());

export const Organization: OrganizationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.organization.load(reference.id),
  id: (org) => String(org._id),
  parent: (org, _args, { loaders }) => (org.parentId ? loaders.organization.load(String(org.parentId)) : null),
  // Each ancestor is loaded through the same batch: one query for the whole path.
  ancestors: (org, _args, { loaders }) => loadExisting(loaders.organization, org.ancestorIds),
  children: (org, args, { loaders }) => loaders.children.load({ parent: String(org._id), ...args }),
  // The yearly grading (软弱涣散 among them) and the committee's seats are not the public face of an
  // organisation: they are for the signed-in.
  grading: (org, _args, { principal }) => (requireParticipant(principal), org.grading ?? null),
  gradings: (org, _args, { principal }) => (requireParticipant(principal), org.gradings ?? []),
  bigPartyCommittee: async (org, { asOf }, { loaders, now, principal }) => {
    requireParticipant(principal);
    const day = asOf ?? now;
    const seats = await loaders.seatsOf.load(String(org._id));
    return seats.filter((s) => heldOn(s, day)).sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  },
  jointMeetings: async (org, { status, first, after }, ctx) => {
    if (!(await readsMeetingsOf(ctx, org))) throw forbidden("Only the committees over an organisation and its committee's members may read its joint meetings");
    return ctx.loaders.meetingsOf.load({ parent: String(org._id), first, after, filter: status ? { status } : undefined });
  },
  openDecisions: async (org, { overdue, first, after }, ctx) => {
    if (!(await readsMeetingsOf(ctx, org))) throw forbidden("Only the committees over an organisation and its committee's members may read its decisions");
    // Overdue: open past the end of the due day, in Beijing (see domain/meetings.ts isOverdue).
    const today = beijingDayStart(ctx.now);
    const due = overdue == null ? {} : { dueOn: overdue ? { $lt: today } : { $gte: today } };
    return ctx.loaders.openDecisionsOf.load({ parent: String(org._id), first, after, filter: { status: 'OPEN', ...due } });
  },
  reviewRounds: (org, { year, first, after }, ctx) => {
    if (!governs(requirePrincipal(ctx.principal), pathOf(org))) throw forbidden('Only the committees over an organisation may read its annual reviews');
    return ctx.loaders.reviewRoundsOf.load({ parent: String(org._id), first, after, filter: year != null ? { year } : undefined });
  },
};

export const CommitteeSeat: CommitteeSeatResolvers = {
  __resolveReference: async (reference, { models }) => models.CommitteeSeat.findById(reference.id).lean(),
  id: (seat) => String(seat._id),
  organization: async (seat, _args, { loaders }) => (await loaders.organization.load(String(seat.organizationId)))!,
  member: (seat) => ref(seat.memberId),
  unit: (seat) => (seat.unitId ? ref(seat.unitId) : null),
};

/** A resident unit, as this subgraph adds its annual reviews to it. */
export const ResidentUnit: ResidentUnitResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  annualReviews: (unit, { first, after }, ctx) => annualReviewsOf(ctx, unit.id, first, after),
};
