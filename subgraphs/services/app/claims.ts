import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { appendDecision, asDecision, type LedgerEntry } from '../../../platform/data/ledger';
import { isDuplicateKey } from '../../../platform/data/mongo';
import { isObjectId } from '../../../platform/server/subgraph';
import { failed, userError, type UserError, type Payload } from '../../../platform/rules/user-errors';
import { isPhone, phoneError } from '../../../platform/rules/validation';
import { decideClaim, decideClaimTransition, isActiveClaim, mayClaim, validateReason, type ClaimAction, type ItemEvent } from '../domain/claims';
import { once, type Outcome as IdempotentOutcome } from '../domain/idempotency';
import { actorOf, isClaimantSide, isOwnerSide, isReceivingSide, seesClaim } from '../domain/parties';
import type { Context } from '../context';
import type {
  ClaimItemInput,
  MutationAcceptClaimArgs,
  MutationCancelClaimArgs,
  MutationClaimItemArgs,
  MutationDeliverClaimArgs,
  MutationEvaluateClaimArgs,
  MutationRejectClaimArgs,
  MutationWithdrawClaimArgs,
} from '../generated/resolvers';
import type { ClaimDoc, ClaimLockDoc, ClaimStatus, ItemDoc, ItemState } from '../models';
import { visibleItem } from '../loaders/visible';
import { claimEvent } from '../domain/notifications';
import { notify } from './notifications';
import { freshest, headOf, itemKey, mapHead, project, readState } from './item-ledger';

/*
 * Claiming (双向认领): a claim is made, then accepted or rejected, withdrawn or cancelled, delivered,
 * evaluated, or expires; each step is decided on the item's ledger (app/item-ledger.ts), under an
 * optional idempotency key.
 */

const claimFailure = (...errors: UserError[]): Payload<'claim', ClaimDoc> => ({ claim: null, errors });

/** Frees a claim's lock, if it is still this claim's: one conditional delete. */
async function releaseLock(ctx: Context, claim: Pick<ClaimDoc, '_id' | 'itemId' | 'claimant' | 'lockId'>) {
  await ctx.models.ClaimLock.deleteOne({ _id: claim.lockId ?? lockId(claim.itemId, claim.claimant.id), claimId: claim._id });
}

/** Replies with the claim an idempotent outcome names, as it is now. */
async function claimPayload(ctx: Context, outcome: IdempotentOutcome) {
  if (outcome.errors.length) return claimFailure(...outcome.errors);
  return { claim: (await ctx.loaders.claim.load(outcome.claimId!)) as ClaimDoc, errors: [] };
}

const lockId = (itemId: unknown, claimantId: unknown) => `${String(itemId)}:${String(claimantId)}`;


export async function transition(
  ctx: Context,
  action: Exclude<ClaimAction, 'CLAIM'>,
  id: string,
  idempotencyKey: string | null | undefined,
  allowed: (principal: Principal, item: ItemDoc, claim: ClaimDoc) => boolean,
  details: { reason?: string | null; set?: Record<string, unknown>; delivered?: number | null } = {},
) {
  const principal = requirePrincipal(ctx.principal);
  const claim = isObjectId(id) ? await ctx.loaders.claim.load(id) : null;
  const item = claim ? await ctx.loaders.item.load(String(claim.itemId)) : null;
  // A claim the caller may not even see answers as one that does not exist (as Query.claim does);
  // one they see but may not act on, FORBIDDEN. (The system's expiry is allowed every claim.)
  const allowedHere = claim && item && allowed(principal, item, claim);
  if (!claim || !item || (!allowedHere && !seesClaim(principal, claim, item))) {
    return claimFailure(userError('NOT_FOUND', '认领不存在或不可见 · no such claim visible to you', 'id'));
  }
  if (!allowedHere) throw forbidden(`You may not ${action.toLowerCase()} this claim`);

  type View = { state: ItemState; status: ClaimStatus; claimSeq: number };
  const outcome = await once(ctx.models.Idempotency, principal.subject, `${action}:${id}`, idempotencyKey, async () => {
    // The claim's status is decided on the item's ledger, which orders every change of the item and its
    // claims. First on the projections just loaded (the item's and the claim's, each with the sequence
    // it reflects): the entry is written only if nothing followed either — the item's sequence and the
    // claim's step (`follows`) are both unique in the ledger. Otherwise on the ledger itself.
    const result = await appendDecision<View, ItemEvent['data'], ItemEvent>({
      ledger: ctx.models.ItemLedger,
      key: itemKey(item._id),
      actor: principal.subject,
      by: actorOf(principal),
      read: async () => {
        const [{ lastSeq, view: state }, last] = await Promise.all([readState(ctx, item), lastClaimEntry(ctx, item, id)]);
        const status = await caughtUp(ctx, claim, last);
        return { lastSeq, view: { state, status, claimSeq: last?.seq ?? claim.seq ?? 0 } };
      },
      head: claim.seq === undefined ? undefined : mapHead(headOf(item), (state) => ({ state, status: claim.status, claimSeq: claim.seq! })),
      decide: ({ state, status, claimSeq }) =>
        asDecision(
          decideClaimTransition(action, state, { id, status, quantity: claim.quantity }, details.reason ?? null, { delivered: details.delivered }),
          `${id}@${claimSeq}`,
        ),
      after: async (entry, _result, headHeld) => {
        const delivered = entry.data.delivered as number | undefined;
        const changes = {
          status: entry.data.to as ClaimStatus,
          seq: entry.seq,
          updatedAt: entry.at,
          ...details.set,
          ...(delivered ? { deliveredQuantity: delivered } : {}),
          // When it was delivered, and in what: what it counts towards in the claimant's agreements (domain/commitments.ts).
          ...(action === 'DELIVER' ? { deliveredAt: entry.at, unitOfMeasure: item.unitOfMeasure } : {}),
        };
        // A claim that ends leaves its lock where it is: a lock whose claim is no longer active holds
        // nothing (settleLock frees it when the claimant claims the item again, sweepEndedLocks in
        // the background), which keeps every transition at five round trips.
        await Promise.all([
          // Replicas may finish in another order than their entries: a newer change is never overwritten.
          ctx.models.Claim.updateOne({ _id: claim._id, seq: { $not: { $gte: entry.seq } } }, { $set: changes }),
          project(ctx, item, entry, {}, headHeld),
          // Beside the projections, not after them: the notification adds a command, not a step.
          notify(ctx, claimEvent(entry, item, claim)),
        ]);
        // The answer is what was just written: no read back.
        ctx.loaders.claim.clear(id).prime(id, { ...claim, ...changes } as ClaimDoc);
      },
    });
    return result.ok ? { claimId: id, errors: [] } : { claimId: null, errors: result.errors };
  });
  return claimPayload(ctx, outcome);
}

/** The last entry of a claim on its item's ledger. */
function lastClaimEntry(ctx: Context, item: Pick<ItemDoc, '_id'>, claimId: string) {
  return ctx.models.ItemLedger.findOne({ key: itemKey(item._id), 'data.claimId': claimId }).sort({ seq: -1 }).lean() as Promise<LedgerEntry<ItemEvent['data']> | null>;
}

/**
 * A claim's status as its ledger last recorded it. A claim document behind its ledger (its request
 * failed after the entry) is caught up on the way.
 */
async function caughtUp(ctx: Context, claim: Pick<ClaimDoc, '_id' | 'status' | 'seq'>, last: LedgerEntry<ItemEvent['data']> | null): Promise<ClaimStatus> {
  const status = (last?.data.to as ClaimStatus | null | undefined) ?? claim.status;
  if (last && last.seq > (claim.seq ?? 0)) {
    await ctx.models.Claim.updateOne({ _id: claim._id, seq: { $not: { $gte: last.seq } } }, { $set: { status, seq: last.seq, updatedAt: last.at } });
  }
  return status;
}

function checkScore(score: number, comment: string | null | undefined): UserError[] {
  const errors: UserError[] = [];
  if (!Number.isInteger(score) || score < 1 || score > 5) errors.push(userError('INVALID_SCORE', '满意度须为1至5分 · the score is 1 to 5', 'score'));
  if (comment != null && comment.length > 500) errors.push(userError('INVALID_COMMENT', '评语不得超过500字 · at most 500 characters', 'comment'));
  return errors;
}

/**
 * Makes a claim on an item for `actor`, under every rule of claiming: one
 * active claim per claimant and item (a lock with a unique _id), the
 * quantity decided on the item's ledger, an optional idempotency key.
 * Used by claimItem and by an accepted invitation (派单).
 *
 * It converges: with an idempotency key the claim's id comes from the key, so a retry after a failure
 * at any step (the database gone, the process killed) finds what was done — its own lock, its ledger
 * entry, its claim document — and does only the rest. Without a key, the next claim that meets a lock
 * left behind settles it (settleLock).
 */
export async function createClaim(
  ctx: Context,
  principal: Principal,
  actor: { type: ClaimDoc['claimant']['type']; id: string },
  item: ItemDoc,
  input: ClaimItemInput,
  /** A lock of the claim's own instead of the claimant's one per item (an invitation's claims). */
  ownLock?: string,
): Promise<IdempotentOutcome> {
  const act = async (): Promise<IdempotentOutcome> => {
    const key = input.idempotencyKey;
    const claimId = key ? idFromKey(`${principal.subject}|${key}`) : new Types.ObjectId();
    const lock: ClaimLockDoc = {
      _id: ownLock ?? lockId(item._id, actor.id),
      claimId,
      claimant: { type: actor.type, id: new Types.ObjectId(actor.id) },
      quantity: input.quantity,
      note: input.note?.trim() || null,
      contact: input.contact ?? null,
      ...(input.partners?.length ? { partnerIds: input.partners.map((id) => new Types.ObjectId(id)) } : {}),
      createdAt: new Date(),
    };
    // One active claim per claimant and item: the lock's unique _id decides, atomically.
    let resuming = false;
    for (let tries = 0; ; tries++) {
      try {
        await ctx.models.ClaimLock.create(lock);
        break;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const held = await ctx.models.ClaimLock.findById(lock._id).lean();
      if (held && held.claimId.equals(claimId)) {
        resuming = true; // this request's own lock, from an attempt that did not finish
        break;
      }
      if (tries > 0 || (held && (await settleLock(ctx, item, held)) === 'active')) {
        return { claimId: null, errors: [userError('ALREADY_CLAIMED', '已认领过该条目 · you already have an active claim on this item', 'input.itemId')] };
      }
    }
    let base = item;
    const result = await appendDecision<{ state: ItemState; recorded: boolean }, ItemEvent['data'], ItemEvent>({
      ledger: ctx.models.ItemLedger,
      key: itemKey(item._id),
      actor: principal.subject,
      by: actorOf(principal),
      // A claim with a key may be on the ledger already, put there by another attempt with the same key
      // (this one is resuming it, or a retry resumed this one): looked for after the head is read, so
      // that an entry appended since is either seen here or makes this append fail and read again. The
      // first attempt's head needs no look: it was read before this key was first recorded.
      read: async () => {
        const { lastSeq, view } = await readState(ctx, item);
        return { lastSeq, view: { state: view, recorded: Boolean(key) && (await claimEntry(ctx, item, claimId)) !== null } };
      },
      // Asked at the start of the turn: the item as the claim queued before this one left it, if newer.
      head: () => {
        base = freshest(item);
        return resuming ? undefined : mapHead(headOf(base), (state) => ({ state, recorded: false }));
      },
      decide: ({ state, recorded }) =>
        recorded ? failed(ALREADY_RECORDED) : asDecision(decideClaim(item, state, String(claimId), input.quantity, ctx.now), `${String(claimId)}@0`),
      after: async (entry, _result, headHeld) => {
        await completeClaim(ctx, base, lock, entry);
        // The notification beside the projection: a command more, not a step more.
        await Promise.all([project(ctx, base, entry, {}, headHeld), notify(ctx, claimEvent(entry, base, { _id: claimId, claimant: lock.claimant!, quantity: lock.quantity! }))]);
      },
    });
    if (!result.ok && result.errors[0] === ALREADY_RECORDED) {
      const entry = (await claimEntry(ctx, item, claimId))!;
      await completeClaim(ctx, item, lock, entry);
      await project(ctx, item, entry);
      await notify(ctx, claimEvent(entry, item, { _id: claimId, claimant: lock.claimant!, quantity: lock.quantity! }));
      return { claimId: String(claimId), errors: [] };
    }
    if (!result.ok) {
      await releaseLock(ctx, { _id: claimId, itemId: item._id, claimant: lock.claimant!, lockId: lock._id });
      return { claimId: null, errors: result.errors };
    }
    return { claimId: String(claimId), errors: [] };
  };
  return once(ctx.models.Idempotency, principal.subject, `CLAIM:${input.itemId}`, input.idempotencyKey, act, 'resume');
}

/** Decides the already-recorded case apart from user errors (never shown to a user). */
const ALREADY_RECORDED = userError('ALREADY_RECORDED', 'the claim is already on the ledger');

/** A claim's id from its idempotency key: the same key, the same claim, whichever attempt gets through. */
function idFromKey(scopedKey: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(`claim|${scopedKey}`).digest('hex').slice(0, 24));
}

/** The ledger entry that made a claim, if it was made. */
async function claimEntry(ctx: Context, item: ItemDoc, claimId: Types.ObjectId) {
  return (await ctx.models.ItemLedger.findOne({ key: itemKey(item._id), 'data.claimId': String(claimId), action: 'CLAIM' }).lean()) as LedgerEntry<ItemEvent['data']> | null;
}

/** Writes the claim document of a claim on the ledger (again, harmlessly, if it is there already). */
async function completeClaim(ctx: Context, item: ItemDoc, lock: ClaimLockDoc, entry: LedgerEntry<ItemEvent['data']>) {
  const doc = {
    _id: lock.claimId,
    itemId: item._id,
    itemKind: item.kind,
    territoryPath: item.territoryPath,
    claimant: lock.claimant!,
    quantity: lock.quantity!,
    status: 'PENDING' as const,
    note: lock.note ?? null,
    contact: lock.contact ?? null,
    ...(lock._id !== lockId(item._id, lock.claimant!.id) ? { lockId: lock._id } : {}),
    ...(lock.partnerIds?.length ? { partnerIds: lock.partnerIds } : {}),
    seq: entry.seq,
    createdAt: entry.at,
    updatedAt: entry.at,
  };
  try {
    const claim = await ctx.models.Claim.create(doc);
    ctx.loaders.claim.prime(String(lock.claimId), claim.toObject() as ClaimDoc);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

const STALE_LOCK_MS = 30_000;

/**
 * Another claim's lock stands in the way: is its claim active? A lock outlives its claim when the
 * claim ended (ending a claim leaves its lock) or when the request that made it failed part-way. If
 * its claim reached the ledger, the claim is completed (its document written, the item projected)
 * and it is active until its ledger says it ended; if it ended, or never reached the ledger within
 * STALE_LOCK_MS (no request takes that long), the lock is freed.
 */
async function settleLock(ctx: Context, item: ItemDoc, held: ClaimLockDoc): Promise<'active' | 'freed'> {
  const claim = (await ctx.models.Claim.findById(held.claimId, { status: 1, seq: 1 }).lean()) as Pick<ClaimDoc, '_id' | 'status' | 'seq'> | null;
  if (claim) {
    // The document may be behind its ledger (a request that ended the claim failed after its entry).
    if (isActiveClaim(claim.status) && isActiveClaim(await caughtUp(ctx, claim, await lastClaimEntry(ctx, item, String(held.claimId))))) return 'active';
  } else {
    const entry = await claimEntry(ctx, item, held.claimId);
    if (entry && held.claimant && held.quantity) {
      await completeClaim(ctx, item, held, entry);
      await project(ctx, item, entry);
      return 'active';
    }
    if (entry || Date.now() - (held.createdAt?.getTime() ?? 0) < STALE_LOCK_MS) return 'active';
  }
  await ctx.models.ClaimLock.deleteOne({ _id: held._id, claimId: held.claimId });
  return 'freed';
}

/**
 * 联合认领: the units a unit names as taking a claim on with it — up to five, each a unit that exists,
 * none of them the claimant; only a unit's claim has partners.
 */
async function checkPartners(ctx: Context, actor: { type: string; id: string }, partners: readonly string[] | null | undefined): Promise<UserError[]> {
  if (!partners?.length) return [];
  if (actor.type !== 'RESIDENT_UNIT') return [userError('INVALID_PARTNER', "只有驻区单位的认领可以联合认领 · only a unit's claim has partners", 'input.partners')];
  if (partners.length > 5) return [userError('INVALID_PARTNER', '联合认领单位最多5个 · at most 5 partners', 'input.partners')];
  const found = await Promise.all(partners.map((id) => (isObjectId(id) ? ctx.units.load(id) : null)));
  return partners.flatMap((id, i) =>
    !found[i] || id === actor.id || partners.indexOf(id) !== i
      ? [userError('INVALID_PARTNER', '联合认领单位不存在、重复或就是认领方 · no such unit, named twice, or the claimant itself', `input.partners.${i}`)]
      : [],
  );
}

export async function claimItem(ctx: Context, { input }: MutationClaimItemArgs) {
  const principal = requirePrincipal(ctx.principal);
  const actor = ctx.actor;
  if (!actor) throw forbidden('Viewers cannot claim');
  const item = await visibleItem(ctx, input.itemId);
  if (!item) {
    return claimFailure(userError('NOT_VISIBLE', '条目不存在或不可见 · no such item visible to you', 'input.itemId'));
  }
  if (isOwnerSide(principal, item)) return claimFailure(userError('OWN_ITEM', '不能认领本方发布的条目 · you cannot claim your own item', 'input.itemId'));
  if (!mayClaim(item.kind, actor.type, item.smallWish)) {
    return claimFailure(userError('CLAIMANT_NOT_ALLOWED', '该类认领方不能认领此条目 · your side cannot claim this kind of item', 'input.itemId'));
  }
  const inputErrors: UserError[] = [];
  if (input.note != null && input.note.length > 500) inputErrors.push(userError('INVALID_NOTE', '附言不得超过500字 · at most 500 characters', 'input.note'));
  if (input.contact && !isPhone(input.contact.phone)) {
    inputErrors.push(phoneError('input.contact.phone'));
  }
  inputErrors.push(...(await checkPartners(ctx, actor, input.partners)));
  if (inputErrors.length) return claimFailure(...inputErrors);

  return claimPayload(ctx, await createClaim(ctx, principal, actor, item, input));
}

export function acceptClaim(ctx: Context, { id, idempotencyKey }: MutationAcceptClaimArgs) {
  return transition(ctx, 'ACCEPT', id, idempotencyKey, (p, item) => isOwnerSide(p, item));
}

export async function rejectClaim(ctx: Context, { id, reason, idempotencyKey }: MutationRejectClaimArgs) {
  const bad = validateReason(reason);
  if (bad) return claimFailure(bad);
  return transition(ctx, 'REJECT', id, idempotencyKey, (p, item) => isOwnerSide(p, item), {
    reason: reason.trim(),
    set: { rejectionReason: reason.trim() },
  });
}

export async function withdrawClaim(ctx: Context, { id, reason, idempotencyKey }: MutationWithdrawClaimArgs) {
  // A reason is needed once the claim was accepted (decided on the ledger); any given is checked.
  const bad = reason != null ? validateReason(reason) : null;
  if (bad) return claimFailure(bad);
  return transition(ctx, 'WITHDRAW', id, idempotencyKey, (p, _item, claim) => isClaimantSide(p, claim), {
    reason: reason?.trim() || null,
    set: { cancellationReason: reason?.trim() || null },
  });
}

export async function cancelClaim(ctx: Context, { id, reason, defaulted, idempotencyKey }: MutationCancelClaimArgs) {
  const bad = validateReason(reason);
  if (bad) return claimFailure(bad);
  return transition(ctx, 'CANCEL', id, idempotencyKey, (p, item) => isOwnerSide(p, item), {
    reason: reason.trim(),
    set: { cancellationReason: reason.trim(), defaulted: defaulted ?? false },
  });
}

export async function deliverClaim(ctx: Context, { id, note, quantity, idempotencyKey }: MutationDeliverClaimArgs) {
  if (note != null && note.length > 500) return claimFailure(userError('INVALID_NOTE', '履约说明不得超过500字 · at most 500 characters', 'note'));
  return transition(ctx, 'DELIVER', id, idempotencyKey, (p, item, claim) => isReceivingSide(p, item, claim), {
    set: { deliveryNote: note?.trim() || null },
    delivered: quantity ?? null,
  });
}

export async function evaluateClaim(ctx: Context, { id, score, comment, idempotencyKey }: MutationEvaluateClaimArgs) {
  const errors = checkScore(score, comment);
  if (errors.length) return claimFailure(...errors);
  return transition(ctx, 'EVALUATE', id, idempotencyKey, (p, item, claim) => isReceivingSide(p, item, claim), {
    set: { score, evaluation: comment?.trim() || null },
  });
}
