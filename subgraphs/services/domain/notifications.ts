import { BEIJING_OFFSET_MS } from '../../../platform/rules/beijing-time';
import type { NotificationKind } from '../generated/resolvers';

/*
 * Notifications (通知) as plain functions: which event tells whom what. Each builder takes what the
 * command (or the repairing sweep, app/notifications.ts) already holds — a ledger entry, the item and
 * the claim, the request's state — and returns the event, or null when there is nobody to tell. The
 * event's key names the event itself (a ledger entry, a whistle's moment, a deadline), so that the
 * command and the sweep that repairs a crash between the entry and the notification make the same key,
 * and the unique (key, recipient) keeps it one notification each.
 */

export type { NotificationKind };

/** Who receives a notification: an organisation (its people and committees' admins acting for it), a unit, a member. */
export interface Recipient {
  type: 'ORGANIZATION' | 'RESIDENT_UNIT' | 'MEMBER';
  id: string;
}

export type SubjectType = 'NEED' | 'OFFER' | 'PROJECT' | 'CLAIM' | 'REQUEST' | 'INVITATION' | 'ACTIVITY';

export interface NotificationEvent {
  /** Names the event once, whoever writes it: a ledger entry's id, or a moment of the subject's. */
  key: string;
  kind: NotificationKind;
  to: Recipient[];
  subject: { type: SubjectType; id: string };
  /** The street it happened in: its webhooks receive it. */
  streetId: string | null;
  title: string;
  text: string;
  /** The party whose act made the event: never told of its own act. */
  by?: Recipient | null;
}

/** The recipients of an event, each once, without the party that acted. */
export function recipientsOf(event: Pick<NotificationEvent, 'to' | 'by'>): Recipient[] {
  const seen = new Set<string>();
  return event.to.filter((r) => {
    const id = `${r.type}:${r.id}`;
    if (seen.has(id) || (event.by && event.by.type === r.type && event.by.id === r.id)) return false;
    seen.add(id);
    return true;
  });
}

/** A notification's unique key: the event's, for one recipient. */
export const notificationKey = (eventKey: string, r: Recipient) => `${eventKey}>${r.type}:${r.id}`;

const UNITS: Record<string, string> = { PEOPLE: '人', HOURS: '小时', SESSIONS: '场次', YUAN: '元', SQUARE_METRES: '平方米' };
const measure = (quantity: number, unit: string | undefined) => `${quantity}${(unit && UNITS[unit]) ?? ''}`;
const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A time as people here read it: Beijing time (UTC+8, no daylight saving), e.g. 12月8日 09:30. */
export function beijingTime(at: Date): string {
  const b = new Date(at.getTime() + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
}

type Party = { type: string; id: unknown };
const recipient = (p: Party): Recipient => ({ type: p.type as Recipient['type'], id: String(p.id) });

interface ItemFacts {
  _id: unknown;
  kind: 'NEED' | 'OFFER' | 'PROJECT';
  title: string;
  unitOfMeasure?: string;
  owners: Party[];
  streetId?: unknown;
}
interface ClaimFacts {
  _id: unknown;
  claimant: Party;
  quantity: number;
}
const KIND_LABEL = { NEED: '需求', OFFER: '资源', PROJECT: '项目' } as const;

/**
 * A claim's step on its item's ledger: a claim made tells the item's owners (to accept or reject it); a
 * claim accepted or rejected tells its claimant. Other steps tell no one. (An accepted invitation's two
 * claims are made and accepted at once: their owners are told as of any claim, hence a text that does
 * not assume the claim still waits.)
 */
export function claimEvent(
  entry: { _id: string; action: string; by?: Party | null; data: { reason?: string | null } },
  item: ItemFacts,
  claim: ClaimFacts,
): NotificationEvent | null {
  const base = {
    key: entry._id,
    subject: { type: 'CLAIM' as const, id: String(claim._id) },
    streetId: item.streetId ? String(item.streetId) : null,
    by: entry.by ? recipient(entry.by) : null,
  };
  const what = `${KIND_LABEL[item.kind]}“${item.title}”`;
  switch (entry.action) {
    case 'CLAIM':
      return {
        ...base,
        kind: 'CLAIM_RECEIVED',
        to: item.owners.map(recipient),
        title: `收到认领:${clip(item.title, 30)}`,
        text: `${what}收到一项认领,数量${measure(claim.quantity, item.unitOfMeasure)};待处理的认领请及时接受或拒绝。`,
      };
    case 'ACCEPT':
      return {
        ...base,
        kind: 'CLAIM_ACCEPTED',
        to: [recipient(claim.claimant)],
        title: `认领已接受:${clip(item.title, 30)}`,
        text: `您对${what}的认领(数量${measure(claim.quantity, item.unitOfMeasure)})已被接受,请按约履行。`,
      };
    case 'REJECT':
      return {
        ...base,
        kind: 'CLAIM_REJECTED',
        to: [recipient(claim.claimant)],
        title: `认领未被接受:${clip(item.title, 30)}`,
        text: `您对${what}的认领未被接受${entry.data.reason ? `,原因:${clip(entry.data.reason, 200)}` : ''}。`,
      };
    default:
      return null;
  }
}

/** 派单: an invitation sent tells the offer's unit. */
export function invitationEvent(
  invitation: { _id: unknown; unitId: unknown; quantity: number; note?: string | null },
  need: Pick<ItemFacts, 'title' | 'unitOfMeasure' | 'streetId'>,
  offer: Pick<ItemFacts, 'title'>,
): NotificationEvent {
  return {
    key: `invitation:${String(invitation._id)}`,
    kind: 'INVITATION_RECEIVED',
    to: [{ type: 'RESIDENT_UNIT', id: String(invitation.unitId) }],
    subject: { type: 'INVITATION', id: String(invitation._id) },
    streetId: need.streetId ? String(need.streetId) : null,
    title: `收到派单:${clip(need.title, 30)}`,
    text: `社区派单:请以资源“${offer.title}”承接需求“${need.title}”,数量${measure(invitation.quantity, need.unitOfMeasure)}${invitation.note ? `。附言:${clip(invitation.note, 200)}` : ''}。请接受或说明原因谢绝。`,
  };
}

interface RequestFacts {
  _id: unknown;
  description: string;
  streetId?: unknown;
  gridId: unknown;
  handlerId?: unknown;
}
interface WhistleFacts {
  /** The called party: a unit, or a street's department (职能部门, an organisation). */
  unitId: string;
  kind?: 'UNIT' | 'DEPARTMENT';
  instruction: string;
  calledAt: Date;
}

/**
 * 吹哨: the units and departments a whistle calls, each told with the instruction. One event per whistle: keyed by the
 * moment of the call, which the request's state keeps (the command and the repair read the same).
 */
export function whistleEvent(request: RequestFacts, calls: WhistleFacts[], by?: Party | null): NotificationEvent | null {
  if (!calls.length) return null;
  return {
    key: `request:${String(request._id)}:whistle@${calls[0].calledAt.getTime()}`,
    kind: 'WHISTLE_CALLED',
    to: calls.map((c) => ({ type: c.kind === 'DEPARTMENT' ? ('ORGANIZATION' as const) : ('RESIDENT_UNIT' as const), id: c.unitId })),
    subject: { type: 'REQUEST', id: String(request._id) },
    streetId: request.streetId ? String(request.streetId) : null,
    by: by ? recipient(by) : null,
    title: '吹哨报到:请到场处置群众诉求',
    text: `诉求“${clip(request.description)}”需要贵单位(部门)报到处置:${clip(calls[0].instruction, 200)}`,
  };
}

/** The whistle calls a state made at one moment (those of its last whistle). */
export function callsAt<C extends { calledAt: Date }>(whistles: C[], at: Date): C[] {
  return whistles.filter((w) => new Date(w.calledAt).getTime() === at.getTime());
}

/** 超期上报: an overdue request escalated tells its street, once (a request escalates once). */
export function escalationEvent(request: RequestFacts, street: string, deadline: Date): NotificationEvent {
  return {
    key: `request:${String(request._id)}:escalated`,
    kind: 'REQUEST_ESCALATED',
    to: [{ type: 'ORGANIZATION', id: street }],
    subject: { type: 'REQUEST', id: String(request._id) },
    streetId: request.streetId ? String(request.streetId) : street,
    title: '诉求超期上报',
    text: `诉求“${clip(request.description)}”已超过办理时限(${beijingTime(deadline)}),已上报街道督办。`,
  };
}

/** 转办: a request handed on tells the organisation that now has it, once per hand-over (keyed by its moment). */
export function transferEvent(request: RequestFacts, transfer: { toId: string; reason: string; at: Date } | undefined, by?: Party | null): NotificationEvent | null {
  if (!transfer) return null;
  return {
    key: `request:${String(request._id)}:transfer@${new Date(transfer.at).getTime()}`,
    kind: 'REQUEST_TRANSFERRED',
    to: [{ type: 'ORGANIZATION', id: transfer.toId }],
    subject: { type: 'REQUEST', id: String(request._id) },
    streetId: request.streetId ? String(request.streetId) : null,
    by: by ? recipient(by) : null,
    title: '诉求转办:请承办',
    text: `诉求“${clip(request.description)}”已转由贵单位承办,理由:${clip(transfer.reason, 200)}`,
  };
}

/** 督办: the street's reminder tells the request's handler, once per reminder (keyed by its moment). */
export function supervisionEvent(request: RequestFacts, reminder: { handlerId: string | null; note: string; at: Date } | undefined, by?: Party | null): NotificationEvent | null {
  if (!reminder?.handlerId) return null;
  return {
    key: `request:${String(request._id)}:remind@${new Date(reminder.at).getTime()}`,
    kind: 'REQUEST_SUPERVISED',
    to: [{ type: 'ORGANIZATION', id: reminder.handlerId }],
    subject: { type: 'REQUEST', id: String(request._id) },
    streetId: request.streetId ? String(request.streetId) : null,
    by: by ? recipient(by) : null,
    title: '街道督办:请抓紧办理',
    text: `诉求“${clip(request.description)}”已超期或已上报,街道督办:${clip(reminder.note, 200)}`,
  };
}

/** The entry of a list made at one moment (a hand-over, a reminder of the command that made it). */
export const madeAt = <T extends { at: Date }>(list: T[] | undefined, at: Date): T | undefined =>
  (list ?? []).find((x) => new Date(x.at).getTime() === at.getTime());

/**
 * 即将超期: a request still open whose time limit falls within the next hours tells whoever has it — its
 * handler once accepted, its grid before — once per deadline (an extension moves it: a new reminder).
 */
export function deadlineNearEvent(request: RequestFacts, deadline: Date): NotificationEvent {
  return {
    key: `request:${String(request._id)}:deadline-near@${deadline.getTime()}`,
    kind: 'REQUEST_DEADLINE_NEAR',
    to: [{ type: 'ORGANIZATION', id: String(request.handlerId ?? request.gridId) }],
    subject: { type: 'REQUEST', id: String(request._id) },
    streetId: request.streetId ? String(request.streetId) : null,
    title: '诉求即将超期',
    text: `诉求“${clip(request.description)}”将于${beijingTime(deadline)}到期,请抓紧办结或申请延期。`,
  };
}

/** 活动提醒: an activity starting within a day tells everyone signed up, once per start time. */
export function activityTomorrowEvent(
  activity: { _id: unknown; title: string; place: string; startsAt: Date; streetId?: unknown },
  participants: Party[],
): NotificationEvent | null {
  if (!participants.length) return null;
  return {
    key: `activity:${String(activity._id)}:reminder@${activity.startsAt.getTime()}`,
    kind: 'ACTIVITY_TOMORROW',
    to: participants.map(recipient),
    subject: { type: 'ACTIVITY', id: String(activity._id) },
    streetId: activity.streetId ? String(activity.streetId) : null,
    title: `活动提醒:${clip(activity.title, 30)}`,
    text: `您报名的活动“${activity.title}”将于${beijingTime(activity.startsAt)}在${activity.place}开始。`,
  };
}
