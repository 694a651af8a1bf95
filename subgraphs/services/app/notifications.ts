import { insertManyIgnoringDuplicates } from '../../../platform/data/mongo';
import { repeatEvery } from '../../../platform/server/repeat';
import { Types } from 'mongoose';
import { requirePrincipal } from '../../../platform/auth/access';
import { forbidden, type Principal } from '../../../platform/auth/tokens';
import { LeaseBusy, withLease } from '../../../platform/data/lease';
import type { LedgerEntry } from '../../../platform/data/ledger';
import { checkPageArgs, toConnection } from '../../../platform/data/pagination';
import type { Logger } from '../../../platform/server/logger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError } from '../../../platform/rules/user-errors';
import {
  activityTomorrowEvent,
  callsAt,
  claimEvent,
  deadlineNearEvent,
  escalationEvent,
  invitationEvent,
  notificationKey,
  recipientsOf,
  supervisionEvent,
  transferEvent,
  whistleEvent,
  type NotificationEvent,
} from '../domain/notifications';
import { actorOf } from '../domain/parties';
import { OPEN_STATUSES, type RequestState } from '../domain/requests/lifecycle';
import type { Context } from '../context';
import type { MutationMarkNotificationsReadArgs, QueryInboxArgs } from '../generated/resolvers';
import type { ClaimDoc, ItemDoc, NotificationDoc, RequestDoc, ServicesModels } from '../models';

/*
 * Notifications (通知): the inbox of every organisation, unit and member, written by the commands that
 * make the events (one line: `await notify(ctx, event)`, after the event's ledger entry) and by the
 * sweep below — for the events of time (a deadline near, an activity tomorrow) and to repair a crash
 * between an entry and its notification. Each notification's key is unique (the event's key and the
 * recipient), so a retried command, a repair and a second replica all leave one notification.
 * Delivery to a street's webhooks is app/webhooks.ts: asynchronous, from these documents.
 */

/** What a command's context carries that notify needs. */
type Notifier = { models: ServicesModels; now?: Date };

function documentsOf(event: NotificationEvent, now: Date): NotificationDoc[] {
  return recipientsOf(event).map((r) => ({
    _id: new Types.ObjectId(),
    key: notificationKey(event.key, r),
    eventKey: event.key,
    kind: event.kind,
    recipientType: r.type,
    recipientId: new Types.ObjectId(r.id),
    subject: { type: event.subject.type, id: new Types.ObjectId(event.subject.id) },
    streetId: event.streetId ? new Types.ObjectId(event.streetId) : null,
    title: event.title,
    text: event.text,
    unread: true,
    readAt: null,
    queued: false,
    createdAt: now,
  }));
}

/** Inserts notifications, those already there (the same key) left as they are. */
function insert(models: ServicesModels, docs: NotificationDoc[]): Promise<number> {
  return insertManyIgnoringDuplicates(models.Notification, docs);
}

/**
 * Tells an event's recipients (none, for null): one insert, after the event's ledger entry. Telling
 * the same event again (a retried command, the repair) adds nothing.
 */
export async function notify(ctx: Notifier, event: NotificationEvent | null | undefined): Promise<void> {
  if (event) await insert(ctx.models, documentsOf(event, ctx.now ?? new Date()));
}

/** Tells what is not told yet of many events (the sweeps): one read of their keys, one insert. */
export async function notifyMissing(models: ServicesModels, events: (NotificationEvent | null)[], now: Date): Promise<number> {
  const docs = events.flatMap((e) => (e ? documentsOf(e, now) : []));
  if (!docs.length) return 0;
  const existing = new Set(
    (await models.Notification.find({ key: { $in: docs.map((d) => d.key) } }, { key: 1 }).lean()).map((d) => d.key),
  );
  return insert(models, docs.filter((d) => !existing.has(d.key)));
}

// ─── The inbox ────────────────────────────────────────────────────────────────────────────────────

/**
 * The party whose inbox the caller reads: its organisation (a department's admin too: a whistle calls
 * departments), unit or itself. Viewers and residents have none.
 */
function inboxOf(principal: Principal) {
  const id = principal.role === 'DEPARTMENT_ADMIN' ? principal.scopeId : actorOf(principal)?.id;
  if (!id) throw forbidden('Viewers and residents act for no party and have no inbox');
  return new Types.ObjectId(id);
}

export type InboxOut = ReturnType<typeof toConnection<NotificationDoc>> & { recipientId: Types.ObjectId };

/** The caller's notifications, newest first: one query the (recipient, unread, _id) index answers in order. */
export async function inbox(ctx: Context, args: QueryInboxArgs): Promise<InboxOut> {
  const recipientId = inboxOf(requirePrincipal(ctx.principal));
  const { first, after } = checkPageArgs(args);
  const filter = { recipientId, ...(args.unreadOnly ? { unread: true } : {}), ...(after ? { _id: { $lt: after } } : {}) };
  const docs = (await ctx.models.Notification.find(filter).sort({ _id: -1 }).limit(first + 1).lean()) as NotificationDoc[];
  return { ...toConnection({ nodes: docs.slice(0, first), hasNextPage: docs.length > first }), recipientId };
}

export const unreadCount = (models: ServicesModels, recipientId: Types.ObjectId): Promise<number> => models.Notification.countDocuments({ recipientId, unread: true }).exec();

/** Marks the caller's notifications read: those named (others' are ignored), or all. */
export async function markNotificationsRead(ctx: Context, { ids, all }: MutationMarkNotificationsReadArgs) {
  const recipientId = inboxOf(requirePrincipal(ctx.principal));
  const named = ids ?? [];
  if (all ? named.length > 0 : named.length < 1 || named.length > 100) {
    const error = userError('INVALID_SELECTION', '请选择1至100条通知,或选择全部 · name 1 to 100 notifications, or all (not both)', all ? 'all' : 'ids');
    return { marked: 0, unreadCount: await unreadCount(ctx.models, recipientId), errors: [error] };
  }
  const bad = named.findIndex((id) => !isObjectId(id));
  if (bad >= 0) return { marked: 0, unreadCount: await unreadCount(ctx.models, recipientId), errors: [userError('INVALID_ID', '通知标识无效 · not a notification id', `ids.${bad}`)] };
  const { modifiedCount } = await ctx.models.Notification.updateMany(
    { recipientId, unread: true, ...(all ? {} : { _id: { $in: named.map((id) => new Types.ObjectId(id)) } }) },
    { $set: { unread: false, readAt: ctx.now } },
  );
  return { marked: modifiedCount, unreadCount: await unreadCount(ctx.models, recipientId), errors: [] };
}

// ─── The sweep: events of time, and the repair ───────────────────────────────────────────────────

/** How far back the repair reads again behind its cursor: a request's entry is written before it is seen. */
const REPAIR_MARGIN_MS = 60_000;
const BATCH = 500;

/**
 * Reads a ledger's (or a collection's) records from the cursor of `name` on, in lists (one per action)
 * of at most BATCH each sorted by time, and moves the cursor: to where a full list stopped (the rest is
 * read next time), or else to a minute before the newest record read — an entry's `at` is taken before it
 * is written, so one with an earlier time may still land after a later one was seen.
 */
async function sinceCursor<T extends { at: Date }>(models: ServicesModels, name: string, now: Date, read: (since: Date) => Promise<T[][]>): Promise<T[]> {
  const cursor = await models.UpkeepCursor.findById(name).lean();
  // A first run starts now: events from before notifications existed are not told.
  const since = cursor?.at ?? new Date(now.getTime() - REPAIR_MARGIN_MS);
  const lists = await read(since);
  const full = lists.filter((list) => list.length >= BATCH).map((list) => list.at(-1)!.at.getTime());
  const newest = Math.max(...lists.flat().map((r) => r.at.getTime() - REPAIR_MARGIN_MS), since.getTime());
  const next = new Date(full.length ? Math.min(...full) : newest);
  if (next.getTime() !== since.getTime() || !cursor) await models.UpkeepCursor.updateOne({ _id: name }, { $set: { at: next } }, { upsert: true });
  return lists.flat();
}

/** Claim steps whose notifications a crash may have lost: events again from the entries, the items and claims. */
async function repairClaims(models: ServicesModels, now: Date): Promise<(NotificationEvent | null)[]> {
  const entries = await sinceCursor(models, 'notify:itemLedger', now, async (since) =>
    (
      await Promise.all(
        ['CLAIM', 'ACCEPT', 'REJECT'].map((action) => models.ItemLedger.find({ action, at: { $gte: since } }).sort({ at: 1 }).limit(BATCH).lean()),
      )
    ) as unknown as LedgerEntry<{ claimId: string; reason?: string | null }>[][],
  );
  if (!entries.length) return [];
  const itemIds = [...new Set(entries.map((e) => e.key.slice('item:'.length)))].map((id) => new Types.ObjectId(id));
  const claimIds = [...new Set(entries.map((e) => e.data.claimId))].map((id) => new Types.ObjectId(id));
  const [items, claims] = await Promise.all([
    models.Item.find({ _id: { $in: itemIds } }).lean() as Promise<ItemDoc[]>,
    models.Claim.find({ _id: { $in: claimIds } }).lean() as Promise<ClaimDoc[]>,
  ]);
  return entries.map((entry) => {
    const item = items.find((i) => `item:${String(i._id)}` === entry.key);
    const claim = claims.find((c) => String(c._id) === entry.data.claimId);
    return item && claim ? claimEvent(entry, item, claim) : null;
  });
}

/** Whistles, escalations, hand-overs and reminders whose notifications a crash may have lost. */
async function repairRequests(models: ServicesModels, now: Date): Promise<(NotificationEvent | null)[]> {
  const entries = (await sinceCursor(models, 'notify:requestLedger', now, async (since) =>
    (
      await Promise.all(['WHISTLE', 'ESCALATE', 'TRANSFER', 'REMIND'].map((action) => models.RequestLedger.find({ action, at: { $gte: since } }).sort({ at: 1 }).limit(BATCH).lean()))
    ) as unknown as LedgerEntry<{ state: RequestState }>[][],
  ));
  if (!entries.length) return [];
  const ids = [...new Set(entries.map((e) => e.key.slice('request:'.length)))].map((id) => new Types.ObjectId(id));
  const requests = (await models.Request.find({ _id: { $in: ids } }).lean()) as RequestDoc[];
  return entries.map((entry) => {
    const request = requests.find((r) => `request:${String(r._id)}` === entry.key);
    const { state } = entry.data;
    if (!request) return null;
    if (entry.action === 'ESCALATE') return state.escalatedTo ? escalationEvent(request, state.escalatedTo, new Date(request.deadline)) : null;
    // A hand-over's or a reminder's state ends with it.
    if (entry.action === 'TRANSFER') return transferEvent(request, state.transfers?.at(-1), entry.by);
    if (entry.action === 'REMIND') return supervisionEvent(request, state.reminders?.at(-1), entry.by);
    // The calls of this whistle: those its state ends with, made at one moment.
    const moment = state.whistles.at(-1)?.calledAt;
    return moment ? whistleEvent(request, callsAt(state.whistles, new Date(moment)), entry.by) : null;
  });
}

/** Invitations whose notifications a crash may have lost. */
async function repairInvitations(models: ServicesModels, now: Date): Promise<NotificationEvent[]> {
  const invitations = await sinceCursor(models, 'notify:invitations', now, async (since) =>
    [(await models.Invitation.find({ createdAt: { $gte: since } }).sort({ createdAt: 1 }).limit(BATCH).lean()).map((i) => ({ ...i, at: i.createdAt }))],
  );
  if (!invitations.length) return [];
  const itemIds = [...new Set(invitations.flatMap((i) => [String(i.needId), String(i.offerId)]))].map((id) => new Types.ObjectId(id));
  const items = (await models.Item.find({ _id: { $in: itemIds } }).lean()) as ItemDoc[];
  return invitations.flatMap((invitation) => {
    const need = items.find((i) => i._id.equals(invitation.needId));
    const offer = items.find((i) => i._id.equals(invitation.offerId));
    return need && offer ? [invitationEvent(invitation, need, offer)] : [];
  });
}

/** 即将超期: open requests whose time limit falls within the next `hours`. */
async function deadlinesNear(models: ServicesModels, now: Date, hours: number): Promise<NotificationEvent[]> {
  const soon = (await models.Request.find({ escalated: false, status: { $in: OPEN_STATUSES }, deadline: { $gte: now, $lt: new Date(now.getTime() + hours * 3_600_000) } })
    .limit(BATCH)
    .lean()) as RequestDoc[];
  return soon.map((request) => deadlineNearEvent(request, request.deadline));
}

/** 活动提醒: planned activities starting within a day, to everyone signed up. */
async function activitiesTomorrow(models: ServicesModels, now: Date): Promise<(NotificationEvent | null)[]> {
  const activities = await models.Activity.find({ status: 'PLANNED', startsAt: { $gte: now, $lt: new Date(now.getTime() + 86_400_000) } })
    .limit(BATCH)
    .lean();
  if (!activities.length) return [];
  const signUps = await models.SignUp.find({ activityId: { $in: activities.map((a) => a._id) }, status: 'SIGNED_UP' }, { activityId: 1, participant: 1 }).lean();
  return activities.map((activity) =>
    activityTomorrowEvent(
      activity,
      signUps.filter((s) => s.activityId.equals(activity._id)).map((s) => s.participant),
    ),
  );
}

/**
 * The notification sweep: the events of time, and the repair of the ledgers' notifications. Each is
 * told once (its key); a lease lets one replica sweep at a time. Returns how many notifications it made.
 */
export async function sweepNotifications(models: ServicesModels, now: Date, { deadlineNearHours = 24 } = {}): Promise<number> {
  return withLease(
    models.Lease,
    'sweep:notifications',
    async () => {
      const events = (
        await Promise.all([
          deadlinesNear(models, now, deadlineNearHours),
          activitiesTomorrow(models, now),
          repairClaims(models, now),
          repairRequests(models, now),
          repairInvitations(models, now),
        ])
      ).flat();
      return notifyMissing(models, events, now);
    },
    { ttlMs: 120_000, waitMs: 0 },
  ).catch((err: Error) => {
    if (err instanceof LeaseBusy) return 0;
    throw err;
  });
}

/** Runs the notification sweep every `seconds` (0: never); returns a stop function. */
export function startNotificationSweep(models: ServicesModels, seconds: number, deadlineNearHours: number, logger: Logger): () => Promise<void> {
  return repeatEvery(seconds, () =>
    sweepNotifications(models, new Date(), { deadlineNearHours }).then(
      (n) => n && logger.info({ notified: n }, 'notifications made by the sweep'),
      (err: Error) => logger.error({ err }, 'notification sweep failed'),
    ),
  );
}
