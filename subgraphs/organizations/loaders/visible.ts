import { administersUnit, governs, requirePrincipal } from '../../../platform/auth/access';
import type { Principal } from '../../../platform/auth/tokens';
import { isObjectId } from '../../../platform/server/subgraph';
import { pathOf } from '../domain/tree';
import type { Context } from '../context';
import type { JointMeetingDoc, MeetingDecisionDoc, OrganizationDoc, ReviewPartyDoc, ReviewRoundDoc } from '../models';

/*
 * The one place that decides who sees a joint meeting and its decisions at all: the queries, the
 * federation references and the commands load through these. One the caller may not see is null,
 * exactly like one that does not exist. Without a token, every read asks to sign in.
 */

/** The committees over the organisation, and members who hold or held a seat on its committee, read its meetings. */
export async function readsMeetingsOf(ctx: Context, org: OrganizationDoc): Promise<boolean> {
  const p = requirePrincipal(ctx.principal);
  if (governs(p, pathOf(org))) return true;
  if (p.role !== 'MEMBER') return false;
  return (await ctx.loaders.seatsOf.load(String(org._id))).some((s) => String(s.memberId) === p.scopeId);
}

/**
 * A meeting: for whoever reads its committee's meetings (readsMeetingsOf) — the same rule as the list,
 * so that `jointMeeting(id)` and `Organization.jointMeetings` never disagree. Its invitees need no lookup.
 */
export async function visibleMeeting(ctx: Context, id: string): Promise<JointMeetingDoc | null> {
  const p = requirePrincipal(ctx.principal);
  const meeting = isObjectId(id) ? await ctx.loaders.meeting.load(id) : null;
  if (!meeting) return null;
  if (p.role === 'MEMBER' && meeting.invitees.some((i) => i.memberId === p.scopeId)) return meeting;
  const org = await ctx.loaders.organization.load(String(meeting.organizationId));
  return org && (await readsMeetingsOf(ctx, org)) ? meeting : null;
}

/** Whether the caller acts for a decision's owner: the unit's admin, the seat's member, the committees over the organisation. */
export async function ownsDecision(ctx: Context, p: Principal, decision: MeetingDecisionDoc): Promise<boolean> {
  const { type, id } = decision.owner;
  if (type === 'RESIDENT_UNIT') return administersUnit(p, id);
  if (type === 'SEAT') return p.role === 'MEMBER' && String((await ctx.loaders.seat.load(id))?.memberId) === p.scopeId;
  const org = await ctx.loaders.organization.load(id);
  return !!org && governs(p, pathOf(org));
}

/** A decision: for whoever sees its meeting, and for its owner. */
export async function visibleDecision(ctx: Context, id: string): Promise<MeetingDecisionDoc | null> {
  const p = requirePrincipal(ctx.principal);
  const decision = isObjectId(id) ? await ctx.loaders.decision.load(id) : null;
  if (!decision) return null;
  if (await visibleMeeting(ctx, String(decision.meetingId))) return decision;
  return (await ownsDecision(ctx, p, decision)) ? decision : null;
}

/**
 * A review round (述职评议): for the committees over its organisation and for the raters it named.
 * The same rule answers `reviewRound(id)`, the round's references and its commands.
 */
export async function readsRound(ctx: Context, round: ReviewRoundDoc): Promise<boolean> {
  const p = requirePrincipal(ctx.principal);
  if (p.role === 'MEMBER' && round.raters.some((r) => r.memberId === p.scopeId)) return true;
  const org = await ctx.loaders.organization.load(String(round.organizationId));
  return !!org && governs(p, pathOf(org));
}

export async function visibleRound(ctx: Context, id: string): Promise<ReviewRoundDoc | null> {
  requirePrincipal(ctx.principal);
  const round = isObjectId(id) ? await ctx.loaders.reviewRound.load(id) : null;
  return round && (await readsRound(ctx, round)) ? round : null;
}

/** A party under review: for whoever reads its round, and for the unit's own admins (their report and result). */
export async function visibleParty(ctx: Context, id: string): Promise<ReviewPartyDoc | null> {
  const p = requirePrincipal(ctx.principal);
  const party = isObjectId(id) ? await ctx.loaders.reviewParty.load(id) : null;
  if (!party) return null;
  if (party.type === 'RESIDENT_UNIT' && administersUnit(p, party.partyId)) return party;
  const round = await ctx.loaders.reviewRound.load(String(party.roundId));
  return round && (await readsRound(ctx, round)) ? party : null;
}
