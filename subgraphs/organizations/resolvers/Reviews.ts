import { governs, administersUnit, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { ref } from '../../../platform/server/subgraph';
import { partyKey, resultOf, type RaterScores as RaterScoresState } from '../domain/reviews';
import { pathOf } from '../domain/tree';
import { readsRound, visibleParty, visibleRound } from '../loaders/visible';
import type { Context } from '../context';
import type { ReviewPartyDoc, ReviewRoundDoc } from '../models';
import type { RaterScoresResolvers, ReviewPartyResolvers, ReviewRaterResolvers, ReviewRoundResolvers } from '../generated/resolvers';

/** One rater's scores as the graph shows them. */
export type RaterScoresOut = RaterScoresState & { memberId: string };

const roundOf = async (party: ReviewPartyDoc, ctx: Context) => (await ctx.loaders.reviewRound.load(String(party.roundId)))!;

/** The committees over the round's organisation. */
async function governsRound(ctx: Context, round: ReviewRoundDoc): Promise<boolean> {
  const org = await ctx.loaders.organization.load(String(round.organizationId));
  return !!org && governs(requirePrincipal(ctx.principal), pathOf(org));
}

/**
 * A party's result, score and opinion: for the committees over the round at any time (they decide the
 * opinion and follow the scoring), for everyone else who reads the party once the round is closed.
 */
async function seesResult(ctx: Context, party: ReviewPartyDoc): Promise<ReviewRoundDoc | null> {
  const round = await roundOf(party, ctx);
  return round.status === 'CLOSED' || (await governsRound(ctx, round)) ? round : null;
}

export const ReviewRound: ReviewRoundResolvers = {
  __resolveReference: (reference, ctx) => visibleRound(ctx, reference.id),
  id: (r) => String(r._id),
  organization: async (r, _args, { loaders }) => (await loaders.organization.load(String(r.organizationId)))!,
  parties: (r, { first, after }, { loaders }) => loaders.partiesOfRound.load({ parent: String(r._id), first, after }),
};

export const ReviewRater: ReviewRaterResolvers = {
  member: (r) => ref(r.memberId),
};

export const ReviewParty: ReviewPartyResolvers = {
  __resolveReference: (reference, ctx) => visibleParty(ctx, reference.id),
  id: (p) => String(p._id),
  round: async (p, _args, ctx) => {
    const round = await roundOf(p, ctx);
    return (await readsRound(ctx, round)) ? round : null;
  },
  organization: async (p, _args, { loaders }) => (await loaders.organization.load(String(p.organizationId)))!,
  unit: (p) => (p.type === 'RESIDENT_UNIT' ? ref(p.partyId) : null),
  branch: (p, _args, { loaders }) => (p.type === 'PARTY_BRANCH' ? loaders.organization.load(String(p.partyId)) : null),
  status: async (p, _args, ctx) => (await roundOf(p, ctx)).status,
  report: (p) => p.state.report,
  myScores: (p, _args, { principal }) => {
    const mine = principal?.role === 'MEMBER' ? p.state.scores[principal.scopeId] : undefined;
    return mine ? Object.entries(mine.scores).map(([criterion, score]) => ({ criterion, score })) : [];
  },
  scores: async (p, _args, ctx) => {
    if (!(await governsRound(ctx, await roundOf(p, ctx)))) throw forbidden("Only the committee over the round may read each rater's scores");
    return Object.entries(p.state.scores).map(([memberId, s]) => ({ memberId, ...s }));
  },
  ratersScored: (p) => Object.keys(p.state.scores).length,
  results: async (p, _args, ctx) => {
    const round = await seesResult(ctx, p);
    return round ? resultOf(round.criteria, p.state.scores).criteria : null;
  },
  weightedScore: async (p, _args, ctx) => {
    const round = await seesResult(ctx, p);
    return round ? resultOf(round.criteria, p.state.scores).weightedScore : null;
  },
  grade: async (p, _args, ctx) => {
    const round = await seesResult(ctx, p);
    return round ? resultOf(round.criteria, p.state.scores).grade : null;
  },
  opinion: async (p, _args, ctx) => ((await seesResult(ctx, p)) ? (p.state.opinion?.opinion ?? null) : null),
  opinionReason: async (p, _args, ctx) => ((await seesResult(ctx, p)) ? (p.state.opinion?.reason ?? null) : null),
  history: async (p, _args, ctx) => {
    if (!(await governsRound(ctx, await roundOf(p, ctx)))) throw forbidden('Only the committee over the round may read its history');
    return ctx.loaders.reviewHistory.load(partyKey(p._id));
  },
};

export const RaterScores: RaterScoresResolvers = {
  rater: (s) => ref(s.memberId),
  scores: (s) => Object.entries(s.scores).map(([criterion, score]) => ({ criterion, score })),
};

/** A unit's annual reviews: for its own admins and the committees over its community. */
export async function annualReviewsOf(ctx: Context, unitId: string, first: number, after: string | null | undefined) {
  const p = requirePrincipal(ctx.principal);
  if (!administersUnit(p, unitId)) {
    const unit = await ctx.units.load(unitId);
    if (!unit || !governs(p, unit.path)) throw forbidden("Only the unit's own admins and the committees of its territory may read its annual reviews");
  }
  return ctx.loaders.reviewsOfUnit.load({ parent: unitId, first, after });
}
