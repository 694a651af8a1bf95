import { Schema, type Types } from 'mongoose';
import { NotificationKind, WebhookDeliveryStatus } from '../generated/resolvers';
import type { Recipient, SubjectType } from '../domain/notifications';

/* Notifications (通知), the webhooks a street registers and the outbox of their deliveries, as stored. */

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);
export const DELIVERY_STATUSES: readonly WebhookDeliveryStatus[] = Object.values(WebhookDeliveryStatus);

/** 通知: one event told to one recipient. */
export interface NotificationDoc {
  _id: Types.ObjectId;
  /** `<event key>><recipient>`: unique, so an event retried or repaired is told once. */
  key: string;
  eventKey: string;
  kind: NotificationKind;
  recipientType: Recipient['type'];
  recipientId: Types.ObjectId;
  subject: { type: SubjectType; id: Types.ObjectId };
  streetId: Types.ObjectId | null;
  title: string;
  text: string;
  /** Indexed for the unread list and count (a boolean: a range on a date that may be null is not). */
  unread: boolean;
  readAt: Date | null;
  /** Whether the webhook worker has queued its deliveries (app/webhooks.ts, fanOut). */
  queued: boolean;
  createdAt: Date;
}

export const notificationSchema = new Schema<NotificationDoc>(
  {
    key: { type: String, required: true },
    eventKey: { type: String, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    recipientType: { type: String, enum: ['ORGANIZATION', 'RESIDENT_UNIT', 'MEMBER'], required: true },
    recipientId: { type: Schema.Types.ObjectId, required: true },
    subject: { type: new Schema({ type: String, id: Schema.Types.ObjectId }, { _id: false }), required: true },
    streetId: { type: Schema.Types.ObjectId, default: null },
    title: { type: String, required: true },
    text: { type: String, required: true },
    unread: { type: Boolean, required: true },
    readAt: { type: Date, default: null },
    queued: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'notifications', versionKey: false },
);
notificationSchema.index({ key: 1 }, { unique: true });
// The inbox, newest first, all or unread only; the unread count.
notificationSchema.index({ recipientId: 1, _id: 1 });
notificationSchema.index({ recipientId: 1, unread: 1, _id: 1 });
// The webhook worker: notifications not yet queued for delivery, oldest first.
notificationSchema.index({ queued: 1, _id: 1 });

/** 推送地址: a street's webhook. */
export interface WebhookDoc {
  _id: Types.ObjectId;
  streetId: Types.ObjectId;
  url: string;
  /** The kinds it receives; empty: every kind. */
  events: NotificationKind[];
  /** Signs every delivery (HMAC-SHA256); shown once, when registered. */
  secret: string;
  active: boolean;
  createdBy: string;
  createdAt: Date;
  removedAt: Date | null;
}

export const webhookSchema = new Schema<WebhookDoc>(
  {
    streetId: { type: Schema.Types.ObjectId, required: true },
    url: { type: String, required: true, maxlength: 500 },
    events: { type: [String], enum: NOTIFICATION_KINDS, default: [] },
    secret: { type: String, required: true },
    active: { type: Boolean, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    removedAt: { type: Date, default: null },
  },
  { collection: 'webhooks', versionKey: false },
);
webhookSchema.index({ streetId: 1, _id: 1 });
// How many a street has in use (registerWebhook's limit).
webhookSchema.index({ streetId: 1, active: 1 });
webhookSchema.index({ active: 1, _id: 1 });

/** 投递: one notification to post to one webhook (the outbox). */
export interface WebhookDeliveryDoc {
  _id: Types.ObjectId;
  /** `<notification>><webhook>`: unique, so a notification is queued once per webhook. */
  key: string;
  webhookId: Types.ObjectId;
  notificationId: Types.ObjectId;
  kind: NotificationKind;
  /** The JSON posted, fixed when queued: every try posts (and signs) the same bytes. */
  body: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export const webhookDeliverySchema = new Schema<WebhookDeliveryDoc>(
  {
    key: { type: String, required: true },
    webhookId: { type: Schema.Types.ObjectId, required: true },
    notificationId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    body: { type: String, required: true },
    status: { type: String, enum: DELIVERY_STATUSES, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, default: null },
    lastError: { type: String, default: null },
    createdAt: { type: Date, required: true },
    deliveredAt: { type: Date, default: null },
  },
  { collection: 'webhookDeliveries', versionKey: false },
);
webhookDeliverySchema.index({ key: 1 }, { unique: true });
// A webhook's queue, oldest first (the worker: its pending ones; Webhook.deliveries(status)).
webhookDeliverySchema.index({ webhookId: 1, status: 1, _id: 1 });
webhookDeliverySchema.index({ webhookId: 1, _id: 1 });

/** How far a background job has read a collection (the notification repair: each ledger's entries). */
export interface UpkeepCursorDoc {
  _id: string;
  at: Date;
}

export const upkeepCursorSchema = new Schema<UpkeepCursorDoc>(
  { _id: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'upkeepCursors', versionKey: false },
);
