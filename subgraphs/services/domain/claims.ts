import { failed, ok, userError, type Outcome } from '../../../platform/rules/user-errors';
import type { ClaimantType, ClaimStatus, ItemDoc, ItemKind, ItemState } from '../models';
import { closedReason, deriveStatus } from './items';

/**
 * Two-way claiming (双向认领) as decisions on an item's ledger state. Each
 * function takes the state as the ledger last recorded it and returns the
 * event to append with the state after it, or the user error that stops it.
 * The invariant they keep: `reserved` (pending + accepted + delivered
 * quantity) never exceeds the item's quantity.
 */

export type ClaimAction = 'CLAIM' | 'ACCEPT' | 'REJECT' | 'WITHDRAW' | 'CANCEL' | 'DELIVER' | 'EVALUATE' | 'EXPIRE';
export type ItemAction = 'PUBLISH' | 'OPEN' | 'CANCEL' | 'CLOSE' | 'MILESTONE';

export interface ItemEvent {
  action: ClaimAction | ItemAction;
  data: {
    claimId?: string;
    from: string | null;
    to: string;
    quantity?: number;
    reason?: string | null;
    /** The item's state after this event. */
    state: ItemState;
  } & Record<string, unknown>;
}

/** Who may claim what: units take needs and projects; communities take offers and projects; members take small wishes. */
export function mayClaim(kind: ItemKind, claimant: ClaimantType, smallWish: boolean): boolean {
  switch (kind) {
    case 'NEED':
      return claimant === 'RESIDENT_UNIT' || (claimant === 'MEMBER' && smallWish);
    case 'OFFER':
      return claimant === 'ORGANIZATION';
    case 'PROJECT':
      return claimant === 'RESIDENT_UNIT' || claimant === 'ORGANIZATION';
  }
}

export function decideClaim(
  item: Pick<ItemDoc, 'quantity' | 'deadline'>,
  state: ItemState,
  claimId: string,
  quantity: number,
  now: Date,
): Outcome<ItemEvent> {
  const closed = closedReason(item, state, now);
  if (closed) return failed(closed);
  if (!Number.isInteger(quantity) || quantity < 1) {
    return failed(userError('INVALID_QUANTITY', '认领数量须为正整数 · claim a whole number of at least 1', 'input.quantity'));
  }
  const remaining = item.quantity - state.reserved;
  if (quantity > remaining) {
    return failed(userError('OVER_CAPACITY', `剩余数量不足,仅剩${remaining} · only ${remaining} remain`, 'input.quantity'));
  }
  const next = { ...state, reserved: state.reserved + quantity };
  return ok({ action: 'CLAIM', data: { claimId, from: null, to: 'PENDING', quantity, state: next } });
}

/** A claim the claimant still holds: while it is, they may not claim the same item again. */
export const isActiveClaim = (status: ClaimStatus) => status === 'PENDING' || status === 'ACCEPTED';

/** Which statuses each act moves a claim from, and to. */
const TRANSITIONS: Record<Exclude<ClaimAction, 'CLAIM'>, { from: readonly ClaimStatus[]; to: ClaimStatus }> = {
  ACCEPT: { from: ['PENDING'], to: 'ACCEPTED' },
  REJECT: { from: ['PENDING'], to: 'REJECTED' },
  // The claimant withdraws: before acceptance freely, after it with a reason (the owner side is told).
  WITHDRAW: { from: ['PENDING', 'ACCEPTED'], to: 'WITHDRAWN' },
  // The owner side cancels an accepted claim (the claimant cannot deliver, or defaulted), with a reason.
  CANCEL: { from: ['ACCEPTED'], to: 'CANCELLED' },
  DELIVER: { from: ['ACCEPTED'], to: 'DELIVERED' },
  EVALUATE: { from: ['DELIVERED'], to: 'EVALUATED' },
  // Left pending too long (the owner side never answered): the quantity goes back to the item.
  EXPIRE: { from: ['PENDING'], to: 'EXPIRED' },
};

/** How a committee clerk names a claim's status and the act that changes it. */
export const CLAIM_STATUS_LABEL: Record<ClaimStatus, string> = {
  PENDING: '待确认',
  ACCEPTED: '已接受',
  REJECTED: '已拒绝',
  WITHDRAWN: '已撤回',
  CANCELLED: '已取消',
  DELIVERED: '已履约',
  EVALUATED: '已评价',
  EXPIRED: '已过期',
};
const ACTION_LABEL: Record<Exclude<ClaimAction, 'CLAIM'>, string> = {
  ACCEPT: '接受',
  REJECT: '拒绝',
  WITHDRAW: '撤回',
  CANCEL: '取消',
  DELIVER: '确认履约',
  EVALUATE: '评价',
  EXPIRE: '过期',
};

/**
 * A claim's next step, decided on the item's state. `delivered`: how much of the claim was actually
 * delivered (DELIVER; all of it when not said) — what was not goes back to the item.
 */
export function decideClaimTransition(
  action: Exclude<ClaimAction, 'CLAIM'>,
  state: ItemState,
  claim: { id: string; status: ClaimStatus; quantity: number },
  reason: string | null,
  options: { delivered?: number | null } = {},
): Outcome<ItemEvent> {
  const { from, to } = TRANSITIONS[action];
  if (!from.includes(claim.status)) {
    return failed(
      userError(
        'INVALID_STATE',
        `该认领${CLAIM_STATUS_LABEL[claim.status]},不能${ACTION_LABEL[action]}(只有${from.map((f) => CLAIM_STATUS_LABEL[f]).join('或')}的认领可以) · the claim is ${claim.status.toLowerCase()}, not ${from.map((f) => f.toLowerCase()).join(' or ')}`,
      ),
    );
  }
  if (action === 'ACCEPT' && state.lifecycle !== 'OPEN') {
    return failed(userError('ITEM_CLOSED', '该条目已关闭 · the item is closed'));
  }
  const wasAccepted = claim.status === 'ACCEPTED';
  if ((action === 'CANCEL' || (action === 'WITHDRAW' && wasAccepted)) && !reason?.trim()) {
    return failed(userError('INVALID_REASON', '已接受的认领须说明原因 · say why an accepted claim ends', 'reason'));
  }
  const q = claim.quantity;
  const delivered = options.delivered ?? q;
  if (action === 'DELIVER' && (!Number.isInteger(delivered) || delivered < 1 || delivered > q)) {
    return failed(userError('INVALID_QUANTITY', `实际履约数量须为1至${q} · deliver 1 to ${q}`, 'quantity'));
  }
  const next: ItemState = { ...state };
  switch (action) {
    case 'ACCEPT':
      next.accepted += q;
      break;
    case 'REJECT':
    case 'EXPIRE':
      next.reserved -= q;
      break;
    case 'WITHDRAW':
    case 'CANCEL':
      next.reserved -= q;
      if (wasAccepted) next.accepted -= q;
      break;
    case 'DELIVER':
      // What was not delivered is free again.
      next.reserved -= q - delivered;
      next.accepted -= q - delivered;
      next.delivered += delivered;
      next.claimsDelivered += 1;
      break;
    case 'EVALUATE':
      next.claimsEvaluated += 1;
      break;
  }
  return ok({
    action,
    data: { claimId: claim.id, from: claim.status, to, quantity: q, reason, ...(action === 'DELIVER' ? { delivered } : {}), state: next },
  });
}

export function decideItemAction(
  action: 'OPEN' | 'CANCEL' | 'CLOSE',
  item: Pick<ItemDoc, 'quantity'>,
  state: ItemState,
  reason: string | null,
): Outcome<ItemEvent> {
  const from = deriveStatus(state, item.quantity);
  const next = { ...state };
  switch (action) {
    case 'OPEN':
      if (state.lifecycle !== 'DRAFT') return failed(userError('INVALID_STATE', '只能开放草稿 · only a draft can be opened'));
      next.lifecycle = 'OPEN';
      break;
    case 'CANCEL':
      if (state.lifecycle !== 'OPEN' && state.lifecycle !== 'DRAFT') return failed(userError('INVALID_STATE', '条目已关闭 · the item is already closed'));
      if (state.reserved > 0) return failed(userError('HAS_CLAIMS', '已有认领,不能取消;请先处理认领或结项 · it has claims: settle them or close it instead'));
      next.lifecycle = 'CANCELLED';
      break;
    case 'CLOSE':
      if (state.lifecycle !== 'OPEN') return failed(userError('INVALID_STATE', '只能结项开放中的条目 · only an open item can be closed'));
      if (state.reserved > state.accepted) return failed(userError('PENDING_CLAIMS', '仍有待处理的认领 · accept or reject the pending claims first'));
      next.lifecycle = 'CLOSED';
      break;
  }
  return ok({ action, data: { from, to: deriveStatus(next, item.quantity), reason, state: next } });
}

export function validateReason(reason: string, field = 'reason') {
  const trimmed = reason.trim();
  return trimmed.length >= 2 && trimmed.length <= 500
    ? null
    : userError('INVALID_REASON', '原因须为2至500字 · a reason has 2 to 500 characters', field);
}
