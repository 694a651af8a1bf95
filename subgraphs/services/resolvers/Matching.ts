import { administersUnit, governs, requireGoverns, requirePrincipal } from '../../../platform/access';
import { forbidden } from '../../../platform/auth';
import { badUserInput } from '../../../platform/errors';
import { withLease } from '../../../platform/lease';
import { isObjectId } from '../../../platform/subgraph';
import { userError, type UserError } from '../../../platform/user-errors';
import { assign, assignGreedily, OfferIndex, suggestNeeds, suggestOffers } from '../domain/matching/assign';
import type { Suggestion } from '../domain/matching/score';
import { isOwnerSide } from '../domain/parties';
import type { Context } from '../context';
import type { InvitationResolvers, MatchResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers';
import type { InvitationDoc, ItemDoc } from '../models';
import { asNeed, asOffer, fromFields, openItems, scoringContext, streetOf, toFields, WEIGHT_FIELDS, weightsOf } from './match-data';
import { createClaim } from './Mutation';
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

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 50) throw badUserInput('`first` must be between 1 and 50', 'first');
}

export const Match: MatchResolvers = {
  need: async (m, _args, { loaders }) => (await loaders.item.load(m.needId))!,
  offer: async (m, _args, { loaders }) => (await loaders.item.load(m.offerId))!,
};

/** Suggestions on a need: for its owner's side and the committees over it. */
export async function suggestedOffers(need: ItemDoc, first: number, ctx: Context): Promise<MatchOut[]> {
  checkFirst(first);
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
  checkFirst(first);
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
        provider: partyRef({ type: providerType.get(l.providerId) ?? 'RESIDENT_UNIT', id: l.providerId as never }),
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

const invitationFailure = (...errors: UserError[]) => ({ invitation: null, errors });

/** One answer per invitation, across replicas: the answers take turns under a lease. */
async function answer(ctx: Context, id: string, act: (invitation: InvitationDoc) => Promise<{ invitation: InvitationDoc | null; errors: UserError[] }>) {
  const principal = requirePrincipal(ctx.principal);
  if (!isObjectId(id)) return invitationFailure(userError('NOT_FOUND', '派单不存在 · no such invitation', 'id'));
  return withLease(ctx.models.Lease, `invitation:${id}`, async () => {
    const invitation = await ctx.models.Invitation.findById(id).lean();
    if (!invitation) return invitationFailure(userError('NOT_FOUND', '派单不存在 · no such invitation', 'id'));
    if (!administersUnit(principal, invitation.unitId)) throw forbidden('Only the invited unit may answer an invitation');
    if (invitation.status !== 'SENT') return invitationFailure(userError('INVALID_STATE', `派单已${invitation.status} · already answered`));
    return act(invitation);
  });
}

export const MatchingMutation: Pick<MutationResolvers, 'setMatchingWeights' | 'sendInvitation' | 'acceptInvitation' | 'declineInvitation'> = {
  setMatchingWeights: async (_root, { streetId, input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const street = isObjectId(streetId) ? await ctx.territory.load(streetId) : null;
    if (!street || street.kind !== 'STREET') {
      return { weights: null, errors: [userError('INVALID_STREET', '街道不存在 · no such street', 'streetId')] };
    }
    requireGoverns(principal, street.path, "set this street's matching weights");
    const values = WEIGHT_FIELDS.map((f) => input[f]);
    if (values.some((v) => !(Number.isFinite(v) && v >= 0 && v <= 10)) || values.every((v) => v === 0)) {
      return { weights: null, errors: [userError('INVALID_WEIGHTS', '权重须在0至10之间且不能全为0 · each 0 to 10, not all 0', 'input')] };
    }
    await ctx.models.MatchingWeights.updateOne(
      { _id: street.id },
      { $set: { weights: fromFields(input), updatedBy: principal.subject, updatedAt: ctx.now } },
      { upsert: true },
    );
    return { weights: toFields(await weightsOf(ctx, street.id)), errors: [] };
  },

  sendInvitation: async (_root, { input }, ctx) => {
    const principal = requirePrincipal(ctx.principal);
    const [need, offer] = await Promise.all([
      isObjectId(input.needId) ? ctx.loaders.item.load(input.needId) : null,
      isObjectId(input.offerId) ? ctx.loaders.item.load(input.offerId) : null,
    ]);
    if (!need || need.kind !== 'NEED') return invitationFailure(userError('NOT_FOUND', '需求不存在 · no such need', 'input.needId'));
    requireGoverns(principal, need.territoryPath, 'send invitations for this need');
    if (!offer || offer.kind !== 'OFFER' || offer.owners[0].type !== 'RESIDENT_UNIT') {
      return invitationFailure(userError('NOT_FOUND', '资源不存在或不属于驻区单位 · no such offer of a resident unit', 'input.offerId'));
    }
    const left = Math.min(need.quantity - need.state.reserved, offer.quantity - offer.state.reserved);
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > left) {
      return invitationFailure(userError('OVER_CAPACITY', `数量须为1至${left} · 1 to ${left}`, 'input.quantity'));
    }
    if (input.note != null && input.note.length > 500) return invitationFailure(userError('INVALID_NOTE', '附言不得超过500字 · at most 500 characters', 'input.note'));
    const invitation = await ctx.models.Invitation.create({
      needId: need._id,
      offerId: offer._id,
      unitId: offer.owners[0].id,
      quantity: input.quantity,
      status: 'SENT',
      note: input.note?.trim() || null,
      sentBy: principal.subject,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    return { invitation: invitation.toObject(), errors: [] };
  },

  acceptInvitation: (_root, { id }, ctx) =>
    answer(ctx, id, async (invitation) => {
      const need = await ctx.loaders.item.load(String(invitation.needId));
      if (!need) return invitationFailure(userError('NOT_FOUND', '需求已不存在 · the need is gone'));
      // Accepted, the invitation is the unit's claim on the need, under every rule of claiming.
      const outcome = await createClaim(ctx, ctx.principal!, { type: 'RESIDENT_UNIT', id: String(invitation.unitId) }, need, {
        itemId: String(need._id),
        quantity: invitation.quantity,
        note: invitation.note ?? '接受派单',
      });
      if (outcome.errors.length) return invitationFailure(...outcome.errors);
      const updated = await ctx.models.Invitation.findByIdAndUpdate(
        invitation._id,
        { $set: { status: 'ACCEPTED', claimId: outcome.claimId, updatedAt: ctx.now } },
        { returnDocument: 'after' },
      ).lean();
      return { invitation: updated!, errors: [] };
    }),

  declineInvitation: (_root, { id, reason }, ctx) =>
    answer(ctx, id, async (invitation) => {
      const trimmed = reason.trim();
      if (trimmed.length < 2 || trimmed.length > 500) {
        return invitationFailure(userError('INVALID_REASON', '原因须为2至500字 · a reason has 2 to 500 characters', 'reason'));
      }
      const updated = await ctx.models.Invitation.findByIdAndUpdate(
        invitation._id,
        { $set: { status: 'DECLINED', declineReason: trimmed, updatedAt: ctx.now } },
        { returnDocument: 'after' },
      ).lean();
      return { invitation: updated!, errors: [] };
    }),
};
