import { administersUnit, governs, requireGoverns, requirePrincipal } from '../../../platform/access';
import { forbidden } from '../../../platform/auth';
import { badUserInput } from '../../../platform/errors';
import { withLease } from '../../../platform/lease';
import { checkFirst } from '../../../platform/pagination';
import { isObjectId } from '../../../platform/subgraph';
import { userError, type UserError } from '../../../platform/user-errors';
import { assign, assignGreedily, OfferIndex, suggestNeeds, suggestOffers } from '../domain/matching/assign';
import type { Suggestion } from '../domain/matching/score';
import { isOwnerSide } from '../domain/parties';
import type { Context } from '../context';
import type { InvitationResolvers, MatchResolvers, MutationResolvers, QueryResolvers, SendInvitationInput } from '../generated/resolvers';
import type { InvitationDoc, ItemDoc } from '../models';
import { asNeed, asOffer, fromFields, openItems, scoringContext, streetOf, toFields, WEIGHT_FIELDS, weightsOf } from './match-data';
import { createClaim, transition } from './Mutation';
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

const invitationFailure = (...errors: UserError[]) => ({ invitation: null, errors });

/** One answer per invitation, across replicas: the answers take turns under a lease. */
async function answer(ctx: Context, id: string, act: (invitation: InvitationDoc) => Promise<{ invitation: InvitationDoc | null; errors: UserError[] }>) {
  const principal = requirePrincipal(ctx.principal);
  if (!isObjectId(id)) return invitationFailure(userError('NOT_FOUND', '派单不存在 · no such invitation', 'id'));
  return withLease(ctx.models.Lease, `invitation:${id}`, async () => {
    const invitation = await ctx.models.Invitation.findById(id).lean();
    if (!invitation) return invitationFailure(userError('NOT_FOUND', '派单不存在 · no such invitation', 'id'));
    if (!administersUnit(principal, invitation.unitId)) throw forbidden('Only the invited unit may answer an invitation');
    if (invitation.status !== 'SENT') return invitationFailure(userError('INVALID_STATE', `派单${INVITATION_STATUS_LABEL[invitation.status]} · already answered`));
    return act(invitation);
  });
}

const INVITATION_STATUS_LABEL: Record<InvitationDoc['status'], string> = { SENT: '待答复', ACCEPTED: '已接受', DECLINED: '已谢绝' };

async function send(ctx: Context, sentBy: string, need: ItemDoc, offer: ItemDoc, input: Pick<SendInvitationInput, 'quantity' | 'note'>) {
  const invitation = await ctx.models.Invitation.create({
    needId: need._id,
    offerId: offer._id,
    unitId: offer.owners[0].id,
    quantity: input.quantity,
    status: 'SENT',
    note: input.note?.trim() || null,
    sentBy,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return { invitation: invitation.toObject() as InvitationDoc, errors: [] as UserError[] };
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
    if (input.note != null && input.note.length > 500) return invitationFailure(userError('INVALID_NOTE', '附言不得超过500字 · at most 500 characters', 'input.note'));
    // One open or accepted invitation per need and offer: sends of the same pair wait for each other.
    return withLease(ctx.models.Lease, `invite:${input.needId}:${input.offerId}`, async () => {
      const standing = await ctx.models.Invitation.findOne({ needId: need._id, offerId: offer._id, status: { $in: ['SENT', 'ACCEPTED'] } }, { status: 1 }).lean();
      if (standing) {
        return invitationFailure(
          userError('DUPLICATE_INVITATION', `该需求已向该资源派单(${INVITATION_STATUS_LABEL[standing.status]}) · this need was already sent to this offer`, 'input.offerId'),
        );
      }
      const left = Math.min(need.quantity - need.state.reserved, offer.quantity - offer.state.reserved);
      if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > left) {
        const message = left > 0 ? `派单数量须为1至${left} · 1 to ${left}` : '需求或资源已无余量 · nothing is left of the need or the offer';
        return invitationFailure(userError('OVER_CAPACITY', message, 'input.quantity'));
      }
      return send(ctx, principal.subject, need, offer, input);
    });
  },

  acceptInvitation: (_root, { id }, ctx) =>
    answer(ctx, id, async (invitation) => {
      const [need, offer] = await Promise.all([ctx.loaders.item.load(String(invitation.needId)), ctx.loaders.item.load(String(invitation.offerId))]);
      if (!need || !offer) return invitationFailure(userError('NOT_FOUND', '需求或资源已不存在 · the need or the offer is gone'));
      const principal = ctx.principal!;
      // Accepted, an invitation is two claims, both accepted at once (the committee sent it, the unit
      // takes it): the need's organisation takes the quantity from the offer's capacity, and the unit
      // takes its share of the need. Each has its key, so a retry after a failure completes the same two.
      const key = (part: string) => `invitation:${String(invitation._id)}:${part}`;
      const note = invitation.note ?? '接受派单';
      const receiver = String(need.territoryPath.at(-1));
      const onOffer = await createClaim(
        ctx,
        principal,
        { type: 'ORGANIZATION', id: receiver },
        offer,
        { itemId: String(offer._id), quantity: invitation.quantity, note, idempotencyKey: key('offer') },
        key('lock'),
      );
      if (onOffer.errors.length) return invitationFailure(...onOffer.errors);
      const onNeed = await createClaim(ctx, principal, { type: 'RESIDENT_UNIT', id: String(invitation.unitId) }, need, {
        itemId: String(need._id),
        quantity: invitation.quantity,
        note,
        idempotencyKey: key('need'),
      });
      if (onNeed.errors.length) {
        // The need cannot take it (full, closed, already claimed by the unit): the offer's share is given back.
        await transition(ctx, 'WITHDRAW', onOffer.claimId!, key('offer-back'), () => true);
        return invitationFailure(...onNeed.errors);
      }
      for (const [claimId, part] of [[onOffer.claimId!, 'offer-accept'], [onNeed.claimId!, 'need-accept']] as const) {
        const accepted = await transition(ctx, 'ACCEPT', claimId, key(part), () => true);
        // Accepted already (by an earlier attempt of this very request): that is the outcome wanted.
        if (accepted.errors.length && (await ctx.loaders.claim.clear(claimId).load(claimId))?.status !== 'ACCEPTED') {
          return invitationFailure(...accepted.errors);
        }
      }
      const updated = await ctx.models.Invitation.findByIdAndUpdate(
        invitation._id,
        { $set: { status: 'ACCEPTED', claimId: onNeed.claimId, offerClaimId: onOffer.claimId, updatedAt: ctx.now } },
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
