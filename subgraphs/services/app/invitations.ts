import { administersUnit, requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { forbidden } from '../../../platform/auth/tokens';
import { withLease } from '../../../platform/data/lease';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import type { Context } from '../context';
import type { MutationAcceptInvitationArgs, MutationDeclineInvitationArgs, MutationSendInvitationArgs, MutationSetMatchingWeightsArgs, SendInvitationInput } from '../generated/resolvers';
import type { InvitationDoc, ItemDoc } from '../models';
import { fromFields, toFields, WEIGHT_FIELDS, weightsOf } from './match-data';
import { createClaim, transition } from './claims';
import { invitationEvent } from '../domain/notifications';
import { notify } from './notifications';

/*
 * Matching's commands: a street's weights, and invitations (派单) — a committee sends a need to a
 * unit's offer; accepted, it becomes two claims, both accepted.
 */

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
  await notify(ctx, invitationEvent(invitation, need, offer));
  return { invitation: invitation.toObject() as InvitationDoc, errors: [] as UserError[] };
}

export async function setMatchingWeights(ctx: Context, { streetId, input }: MutationSetMatchingWeightsArgs) {
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
}

export async function sendInvitation(ctx: Context, { input }: MutationSendInvitationArgs) {
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
}

export function acceptInvitation(ctx: Context, { id }: MutationAcceptInvitationArgs) {
  return answer(ctx, id, async (invitation) => {
    const [need, offer] = await Promise.all([ctx.loaders.item.load(String(invitation.needId)), ctx.loaders.item.load(String(invitation.offerId))]);
    if (!need || !offer) return invitationFailure(userError('NOT_FOUND', '需求或资源已不存在 · the need or the offer is gone'));
    const principal = ctx.principal!;
    // Accepted, an invitation is two claims, both accepted at once (the committee sent it, the unit
    // takes it): the need's organisation takes the quantity from the offer's capacity, and the unit
    // takes its share of the need. Each has its key, so a retry after a failure completes the same two.
    // The keys of this attempt: a retry after a failure completes the same claims, and an attempt rolled
    // back (the need could not take it) leaves the next one free to succeed once the need has room.
    const attempt = invitation.attempts ?? 0;
    const key = (part: string) => `invitation:${String(invitation._id)}:${attempt ? `${attempt}:` : ''}${part}`;
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
      await ctx.models.Invitation.updateOne({ _id: invitation._id }, { $inc: { attempts: 1 } }); // answers take turns (answer's lease)
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
  });
}

export function declineInvitation(ctx: Context, { id, reason }: MutationDeclineInvitationArgs) {
  return answer(ctx, id, async (invitation) => {
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
  });
}
