import { governs, requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { badUserInput } from '../../../platform/server/errors';
import { checkFirst } from '../../../platform/data/pagination';
import { isObjectId } from '../../../platform/server/subgraph';
import { assign, assignGreedily, OfferIndex, suggestNeeds, suggestOffers } from '../domain/matching/assign';
import type { Suggestion } from '../domain/matching/score';
import { isOwnerSide } from '../domain/parties';
import type { Context } from '../context';
import type { InvitationResolvers, MatchResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import type { ItemDoc } from '../models';
import { asNeed, asOffer, openItems, scoringContext, streetOf, toFields, weightsOf } from '../app/match-data';
import * as invitations from '../app/invitations';
import { partyRef } from './refs';

/** What a Match resolves from: the domain's suggestion (its need and offer are loaded by id). */
export type MatchOut = Pick<Suggestion, 'score' | 'quantity' | 'factors'> & { needId: string; offerId: string };

const out = (s: Pick<Suggestion, 'need' | 'offer' | 'score' | 'quantity' | 'factors'>): MatchOut => ({
  needId: s.need.id,
  offerId: s.offer.id,
  score: s.score,
  quantity: s.quantity,
  factors: s.factors,
});

/** Items already read are handed to the request's loader: resolving a match's need and offer costs no query. */
function prime(ctx: Context, items: ItemDoc[]) {
  for (const item of items) ctx.loaders.item.prime(String(item._id), item);
}

/** Suggestions per item, at most. */
const MAX_SUGGESTIONS = 50;

export const Match: MatchResolvers = {
  need: async (m, _args, { loaders }) => (await loaders.item.load(m.needId))!,
  offer: async (m, _args, { loaders }) => (await loaders.item.load(m.offerId))!,
};

/** Suggestions on a need: for its owner's side and the committees over it. */
export async function suggestedOffers(need: ItemDoc, first: number, ctx: Context): Promise<MatchOut[]> {
  checkFirst(first, MAX_SUGGESTIONS);
  if (!isOwnerSide(ctx.principal, need) && !governs(ctx.principal, need.territoryPath)) {
    throw forbidden("Suggestions are for the need's owner side and the committees over it");
  }
  const street = streetOf(need.territoryPath);
  const [offers, scoring] = await Promise.all([openItems(ctx, 'OFFER', street), scoringContext(ctx, street)]);
  prime(ctx, offers);
  return suggestOffers(asNeed(need), new OfferIndex(offers.map(asOffer)), scoring, first).map(out);
}

/** Suggestions on an offer: for its provider and the committees over it. */
export async function suggestedNeeds(offer: ItemDoc, first: number, ctx: Context): Promise<MatchOut[]> {
  checkFirst(first, MAX_SUGGESTIONS);
  if (!isOwnerSide(ctx.principal, offer) && !governs(ctx.principal, offer.territoryPath)) {
    throw forbidden("Suggestions are for the offer's provider and the committees over it");
  }
  const street = streetOf(offer.territoryPath);
  const [needs, scoring] = await Promise.all([openItems(ctx, 'NEED', street), scoringContext(ctx, street)]);
  prime(ctx, needs);
  return suggestNeeds(asOffer(offer), needs.map(asNeed), scoring, first).map(out);
}

export const MatchingQuery: Pick<QueryResolvers, 'matchingWeights' | 'territoryAssignment'> = {
  matchingWeights: async (_root, { streetId }, ctx) => toFields(await weightsOf(ctx, streetId)),
  territoryAssignment: async (_root, { within }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const node = isObjectId(within) ? await ctx.territory.load(within) : null;
    if (!node) throw badUserInput('`within` is not an organisation', 'within');
    requireGoverns(principal, node.path, 'plan the matching of its territory');
    const [needs, offers, scoring] = await Promise.all([
      openItems(ctx, 'NEED', within),
      openItems(ctx, 'OFFER', within),
      scoringContext(ctx, streetOf(node.path)),
    ]);
    prime(ctx, [...needs, ...offers]);
    const [matchNeeds, matchOffers] = [needs.map(asNeed), offers.map(asOffer)];
    const optimal = assign(matchNeeds, matchOffers, scoring);
    const greedy = assignGreedily(matchNeeds, matchOffers, scoring);
    const providerType = new Map(offers.map((o) => [String(o.owners[0].id), o.owners[0].type]));
    return {
      matches: optimal.matches.map(out),
      coverage: optimal.coverage,
      greedyCoverage: greedy.coverage,
      openNeeds: needs.length,
      availableOffers: matchOffers.filter((o) => o.remaining > 0).length,
      unmetByCategory: optimal.unmetByCategory,
      loadByProvider: optimal.loadByProvider.map((l) => ({
        provider: partyRef({ type: providerType.get(l.providerId) ?? 'RESIDENT_UNIT', id: l.providerId }),
        quantity: l.quantity,
        matches: l.matches,
      })),
    };
  },
};

export const Invitation: InvitationResolvers = {
  __resolveReference: (ref, { models }) => models.Invitation.findById(ref.id).lean(),
  id: (i) => String(i._id),
  need: async (i, _args, { loaders }) => (await loaders.item.load(String(i.needId)))!,
  offer: async (i, _args, { loaders }) => (await loaders.item.load(String(i.offerId)))!,
  claim: (i, _args, { loaders }) => (i.claimId ? loaders.claim.load(String(i.claimId)) : null),
};

export const MatchingMutation: Pick<MutationResolvers, 'setMatchingWeights' | 'sendInvitation' | 'acceptInvitation' | 'declineInvitation'> = {
  setMatchingWeights: (_root, args, ctx) => invitations.setMatchingWeights(ctx, args),
  sendInvitation: (_root, args, ctx) => invitations.sendInvitation(ctx, args),
  acceptInvitation: (_root, args, ctx) => invitations.acceptInvitation(ctx, args),
  declineInvitation: (_root, args, ctx) => invitations.declineInvitation(ctx, args),
};
