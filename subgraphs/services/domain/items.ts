import { userError, type UserError } from '../../../platform/rules/user-errors';
import { isPhone, phoneError } from '../../../platform/rules/validation';
import type { ItemDoc, ItemState, ItemStatus, StoredItemStatus, Visibility } from '../models';

/**
 * The lifecycle of list items (needs, offers, projects), as plain functions.
 * An item's status follows from its ledger state: how much is held by
 * claims, accepted, delivered and evaluated. Only EXPIRED depends on the
 * clock, so it is derived when read.
 */

export const EMPTY_STATE: Omit<ItemState, 'lifecycle'> = {
  reserved: 0,
  accepted: 0,
  delivered: 0,
  claimsDelivered: 0,
  claimsEvaluated: 0,
};

export function deriveStatus(state: ItemState, quantity: number): StoredItemStatus {
  const evaluated = state.claimsDelivered > 0 && state.claimsEvaluated === state.claimsDelivered;
  switch (state.lifecycle) {
    case 'DRAFT':
      return 'DRAFT';
    case 'CANCELLED':
      return 'CANCELLED';
    case 'CLOSED':
      return evaluated ? 'EVALUATED' : 'FULFILLED';
    case 'OPEN':
      if (state.delivered >= quantity) return evaluated ? 'EVALUATED' : 'FULFILLED';
      if (state.delivered > 0) return 'IN_PROGRESS';
      if (state.reserved === 0) return 'OPEN';
      return state.reserved < quantity ? 'PARTLY_CLAIMED' : 'FULLY_CLAIMED';
  }
}

const FULFILLED: readonly StoredItemStatus[] = ['FULFILLED', 'EVALUATED'];
const hoursBetween = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / 3_600_000) * 100) / 100;

/**
 * What the statistics measure of an item's life, stamped once when it
 * happens: its first claim and its fulfilment, with the hours since it was
 * published (stored, so that medians are a sort in the database).
 */
export function timings(
  item: Pick<ItemDoc, 'createdAt' | 'firstClaimAt' | 'fulfilledAt'>,
  event: { action: string; at: Date },
  status: StoredItemStatus,
): Partial<Pick<ItemDoc, 'firstClaimAt' | 'hoursToClaim' | 'fulfilledAt' | 'hoursToFulfil'>> {
  const published = item.createdAt ?? event.at;
  const stamps: ReturnType<typeof timings> = {};
  if (event.action === 'CLAIM' && !item.firstClaimAt) Object.assign(stamps, { firstClaimAt: event.at, hoursToClaim: hoursBetween(published, event.at) });
  if (FULFILLED.includes(status) && !item.fulfilledAt) Object.assign(stamps, { fulfilledAt: event.at, hoursToFulfil: hoursBetween(published, event.at) });
  return stamps;
}

/** Past its deadline with nothing claimed, an open item has expired. */
export function effectiveStatus(item: Pick<ItemDoc, 'status' | 'deadline'>, now: Date): ItemStatus {
  if (item.status === 'OPEN' && item.deadline && item.deadline.getTime() < now.getTime()) return 'EXPIRED';
  return item.status;
}

/** Stored-document conditions for items whose effective status is `status`. */
export function statusFilter(status: ItemStatus, now: Date): Record<string, unknown> {
  if (status === 'EXPIRED') return { status: 'OPEN', deadline: { $lt: now } };
  if (status === 'OPEN') return { status: 'OPEN', $or: [{ deadline: null }, { deadline: { $gte: now } }] };
  return { status };
}

/** Claims can be made while the item is open, before its deadline, and while quantity remains. */
export function closedReason(item: Pick<ItemDoc, 'deadline' | 'quantity'>, state: ItemState, now: Date): UserError | null {
  if (state.lifecycle !== 'OPEN') return userError('ITEM_CLOSED', '该条目未开放认领 · the item is not open for claims');
  if (item.deadline && item.deadline.getTime() < now.getTime()) return userError('ITEM_CLOSED', '已过截止时间 · past the deadline');
  if (state.delivered >= item.quantity) return userError('ITEM_CLOSED', '已全部完成 · already fulfilled');
  return null;
}

/**
 * The organisation whose subtree sees the item. Visibility is counted in
 * levels from the root of the tree (city 0, district 1, street 2, community
 * 3); the owner's path gives the organisation at that level, or the owner's
 * own organisation when its path is shorter.
 */
const LEVEL: Record<Visibility, number> = { CITY: 0, DISTRICT: 1, STREET: 2, COMMUNITY: 3 };

export function visibleWithin<T>(ownerPath: T[], visibility: Visibility): T {
  return ownerPath[Math.min(LEVEL[visibility], ownerPath.length - 1)];
}

export interface ItemFields {
  title: string;
  description?: string | null;
  quantity: number;
  deadline?: Date | null;
  window?: { start: Date; end: Date } | null;
  location?: { latitude: number; longitude: number } | null;
  contact?: { name: string; phone: string } | null;
  goals?: string[] | null;
  budget?: number | null;
  milestones?: { title: string; dueOn: Date }[] | null;
}

/** Every problem with an item's fields, each with its input path. */
export function validateItemFields(input: ItemFields, now: Date, quantityField = 'quantity'): UserError[] {
  const errors: UserError[] = [];
  const at = (f: string) => `input.${f}`;
  const title = input.title.trim();
  if (title.length < 2 || title.length > 100) errors.push(userError('INVALID_TITLE', '标题须为2至100字 · a title has 2 to 100 characters', at('title')));
  if (input.description != null && input.description.length > 2000) {
    errors.push(userError('INVALID_DESCRIPTION', '说明不得超过2000字 · a description has at most 2000 characters', at('description')));
  }
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > 10_000_000) {
    errors.push(userError('INVALID_QUANTITY', '数量须为1至10000000的整数 · a whole number from 1 to 10,000,000', at(quantityField)));
  }
  if (input.deadline && input.deadline.getTime() <= now.getTime()) {
    errors.push(userError('INVALID_DEADLINE', '截止时间须在未来 · the deadline must be in the future', at('deadline')));
  }
  if (input.window && input.window.end.getTime() <= input.window.start.getTime()) {
    errors.push(userError('DATES_OUT_OF_ORDER', '结束时间须晚于开始时间 · the window must end after it starts', at('window.end')));
  }
  if (input.location) {
    const { latitude, longitude } = input.location;
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      errors.push(userError('INVALID_LOCATION', '经纬度超出范围 · latitude or longitude out of range', at('location')));
    }
  }
  if (input.contact) {
    if (input.contact.name.trim().length < 1 || input.contact.name.length > 50) {
      errors.push(userError('INVALID_CONTACT', '联系人姓名须为1至50字 · a name has 1 to 50 characters', at('contact.name')));
    }
    if (!isPhone(input.contact.phone)) {
      errors.push(phoneError(at('contact.phone')));
    }
  }
  if (input.goals && (input.goals.length > 10 || input.goals.some((g) => g.trim().length < 1 || g.length > 200))) {
    errors.push(userError('INVALID_GOALS', '目标最多10项,每项1至200字 · up to 10 goals of 1 to 200 characters', at('goals')));
  }
  if (input.budget != null && (!Number.isInteger(input.budget) || input.budget < 0 || input.budget > 1e10)) {
    errors.push(userError('INVALID_BUDGET', '预算须为非负整数 · the budget is a whole number of yuan', at('budget')));
  }
  if (input.milestones && (input.milestones.length > 20 || input.milestones.some((m) => m.title.trim().length < 1 || m.title.length > 100))) {
    errors.push(userError('INVALID_MILESTONES', '里程碑最多20项,标题1至100字 · up to 20 milestones with titles of 1 to 100 characters', at('milestones')));
  }
  return errors;
}

/**
 * A project's milestones as they are shown — by due date, ties in the order given — each with its
 * position in the stored list: `completeMilestone(index:)` names the one shown at that index.
 */
export function milestonesInOrder<M extends { dueOn: Date }>(milestones: readonly M[]): { milestone: M; stored: number }[] {
  return milestones
    .map((milestone, stored) => ({ milestone, stored }))
    .sort((a, b) => a.milestone.dueOn.getTime() - b.milestone.dueOn.getTime() || a.stored - b.stored);
}

/** A joint meeting's decision as the organizations subgraph tells it (see TerritoryDirectory.decisionLoader). */
export interface DecisionFacts {
  kind: string;
  status: string;
  /** The committee that made it; null when the caller may not read its meeting. */
  organizationId: string | null;
}

/**
 * What stops an item being published from a decision, if anything: the decision must be visible
 * (`null`: it is not, or does not exist), of the item's kind (a need from a NEED decision), still
 * open, and the item owned inside the territory of the committee that made it.
 */
export function decisionLinkProblem(decision: DecisionFacts | null, kind: 'NEED' | 'PROJECT', ownerPath: readonly unknown[]): UserError | null {
  const field = 'input.decisionId';
  if (!decision) return userError('NOT_FOUND', '会议决定不存在或不可见 · no such decision visible to you', field);
  if (decision.kind !== kind) {
    return userError('DECISION_KIND_MISMATCH', `该决定的类型是${decision.kind},不能发布为${kind} · the decision is of another kind`, field);
  }
  if (decision.status !== 'OPEN') return userError('DECISION_CLOSED', '该决定已办结或撤销 · the decision is closed', field);
  if (!decision.organizationId || !ownerPath.some((id) => String(id) === decision.organizationId)) {
    return userError('INVALID_OWNER', '发布方须在作出决定的委员会辖区内 · the item must be owned inside the territory of the committee that decided it', field);
  }
  return null;
}
