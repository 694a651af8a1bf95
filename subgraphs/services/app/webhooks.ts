import { insertManyIgnoringDuplicates } from '../../../platform/data/mongo';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { requireGoverns, requirePrincipal } from '../../../platform/auth/access';
import { LeaseBusy, withLease } from '../../../platform/data/lease';
import { findPage } from '../../../platform/data/pagination';
import { badUserInput } from '../../../platform/server/errors';
import type { WebhookConfig } from '../../../platform/server/config';
import type { Logger } from '../../../platform/server/logger';
import { isObjectId } from '../../../platform/server/subgraph';
import { userError, type UserError } from '../../../platform/rules/user-errors';
import { backoffMs, checkWebhookUrl, signDelivery } from '../domain/webhooks';
import type { Context } from '../context';
import type { MutationRegisterWebhookArgs, MutationRemoveWebhookArgs, QueryWebhooksArgs } from '../generated/resolvers';
import { NOTIFICATION_KINDS, type NotificationDoc, type ServicesModels, type WebhookDeliveryDoc, type WebhookDoc } from '../models';

/*
 * Webhooks (推送): a street's committee registers a URL; every notification made in the street (of the
 * kinds asked for) is posted to it, signed. Delivery goes through an outbox: a worker on a timer, one
 * replica at a time (a lease), queues each new notification for each webhook that wants it (one
 * delivery document, unique per notification and webhook), then posts each webhook's queue in order.
 * A post that fails waits with exponential backoff and jitter, and the webhook's later deliveries wait
 * behind it (in order per webhook); nothing is dropped unless WEBHOOK_MAX_ATTEMPTS says so, and then
 * the delivery is kept as FAILED. The command that made the notification never waits for any of it.
 */

/** Webhooks in use per street. */
export const MAX_WEBHOOKS_PER_STREET = 10;

const webhookFailure = (error: UserError) => ({ webhook: null, secret: null, errors: [error] });

/** The street of a webhook, as a committee over it must be. */
async function streetOf(ctx: Context, streetId: string) {
  const street = isObjectId(streetId) ? await ctx.territory.load(streetId) : null;
  return street && street.kind === 'STREET' ? street : null;
}

export async function registerWebhook(ctx: Context, { input }: MutationRegisterWebhookArgs) {
  const principal = requirePrincipal(ctx.principal);
  const street = await streetOf(ctx, input.streetId);
  if (!street) return webhookFailure(userError('INVALID_STREET', '街道不存在 · no such street', 'input.streetId'));
  requireGoverns(principal, street.path, "register this street's webhooks");
  const urlError = checkWebhookUrl(input.url);
  if (urlError) return webhookFailure(urlError);
  const events = input.events ?? [];
  if (new Set(events).size !== events.length || events.length > NOTIFICATION_KINDS.length) {
    return webhookFailure(userError('INVALID_EVENTS', '通知类型重复 · a kind named twice', 'input.events'));
  }
  // A street's notifications are posted once per webhook: a few endpoints, not an amplifier.
  if ((await ctx.models.Webhook.countDocuments({ streetId: new Types.ObjectId(street.id), active: true })) >= MAX_WEBHOOKS_PER_STREET) {
    return webhookFailure(userError('WEBHOOK_LIMIT', `每个街道最多${MAX_WEBHOOKS_PER_STREET}个推送地址,请先停用一个 · at most ${MAX_WEBHOOKS_PER_STREET} webhooks in use`, 'input.streetId'));
  }
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const webhook = await ctx.models.Webhook.create({
    streetId: new Types.ObjectId(street.id),
    url: new URL(input.url.trim()).toString(),
    events,
    secret,
    active: true,
    createdBy: principal.subject,
    createdAt: ctx.now,
    removedAt: null,
  });
  return { webhook: webhook.toObject() as WebhookDoc, secret, errors: [] };
}

export async function removeWebhook(ctx: Context, { id }: MutationRemoveWebhookArgs) {
  const principal = requirePrincipal(ctx.principal);
  const webhook = isObjectId(id) ? await ctx.models.Webhook.findById(id).lean() : null;
  const street = webhook ? await streetOf(ctx, String(webhook.streetId)) : null;
  if (!webhook || !street) return { webhook: null, errors: [userError('NOT_FOUND', '推送地址不存在 · no such webhook', 'id')] };
  requireGoverns(principal, street.path, "remove this street's webhooks");
  if (!webhook.active) return { webhook, errors: [] };
  const removed = await ctx.models.Webhook.findOneAndUpdate(
    { _id: webhook._id },
    { $set: { active: false, removedAt: ctx.now } },
    { returnDocument: 'after' },
  ).lean();
  return { webhook: removed!, errors: [] };
}

export async function webhooks(ctx: Context, { streetId, first, after }: QueryWebhooksArgs) {
  const principal = requirePrincipal(ctx.principal);
  const street = await streetOf(ctx, streetId);
  if (!street) throw badUserInput('`streetId` is not a street', 'streetId');
  requireGoverns(principal, street.path, "read this street's webhooks");
  return findPage(ctx.models.Webhook, { streetId: new Types.ObjectId(street.id) }, { first, after });
}

// ─── The outbox worker ────────────────────────────────────────────────────────────────────────────

const FAN_OUT_BATCH = 200;
const QUEUE_BATCH = 50;
/** How long one run goes on posting a webhook's queue (a slow endpoint's rest waits for the next run). */
const RUN_BUDGET_MS = 20_000;

/** What is posted: the notification, and who it is for. Fixed when queued, so every try posts the same bytes. */
function bodyOf(delivery: Types.ObjectId, webhook: WebhookDoc, n: NotificationDoc): string {
  return JSON.stringify({
    deliveryId: String(delivery),
    webhookId: String(webhook._id),
    streetId: String(n.streetId),
    event: n.kind,
    eventKey: n.eventKey,
    notification: {
      id: String(n._id),
      kind: n.kind,
      title: n.title,
      text: n.text,
      createdAt: n.createdAt.toISOString(),
      recipient: { type: n.recipientType, id: String(n.recipientId) },
      subject: { type: n.subject.type, id: String(n.subject.id) },
    },
  });
}

/** Queues the notifications not queued yet for every webhook that wants them; returns how many deliveries. */
async function fanOut(models: ServicesModels, hooks: WebhookDoc[], now: Date): Promise<number> {
  const notes = (await models.Notification.find({ queued: false }).sort({ _id: 1 }).limit(FAN_OUT_BATCH).lean()) as NotificationDoc[];
  if (!notes.length) return 0;
  const deliveries: WebhookDeliveryDoc[] = notes.flatMap((n) =>
    hooks
      // A webhook gets its street's notifications of its kinds, made since it was registered.
      .filter((h) => n.streetId && h.streetId.equals(n.streetId) && (h.events.length === 0 || h.events.includes(n.kind)) && n.createdAt >= h.createdAt)
      .map((h) => {
        const _id = new Types.ObjectId();
        return {
          _id,
          key: `${String(n._id)}>${String(h._id)}`,
          webhookId: h._id,
          notificationId: n._id,
          kind: n.kind,
          body: bodyOf(_id, h, n),
          status: 'PENDING' as const,
          attempts: 0,
          nextAttemptAt: null,
          lastError: null,
          createdAt: now,
          deliveredAt: null,
        };
      }),
  );
  // Queued already by a run that stopped before it marked the notifications: those stay as they are.
  await insertManyIgnoringDuplicates(models.WebhookDelivery, deliveries);
  await models.Notification.updateMany({ _id: { $in: notes.map((n) => n._id) } }, { $set: { queued: true } });
  return deliveries.length;
}

/** One post: 2xx is taken; anything else (a status, a timeout, a refused connection) is an error to retry. */
async function post(webhook: WebhookDoc, delivery: WebhookDeliveryDoc, timeoutMs: number): Promise<string | null> {
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const response = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'coop-graph-webhooks/1',
        'x-coop-delivery': String(delivery._id),
        'x-coop-event': delivery.kind,
        'x-coop-signature': signDelivery(webhook.secret, timestamp, delivery.body),
      },
      body: delivery.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    return response.status >= 200 && response.status < 300 ? null : `HTTP ${response.status}`;
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timeout after ${timeoutMs} ms`;
    return (e.cause?.code ?? e.message).slice(0, 200);
  }
}

/** Posts a webhook's queue in order, until its head has to wait. */
async function drain(models: ServicesModels, config: WebhookConfig, webhook: WebhookDoc): Promise<{ delivered: number; failed: number }> {
  const queue = (await models.WebhookDelivery.find({ webhookId: webhook._id, status: 'PENDING' }).sort({ _id: 1 }).limit(QUEUE_BATCH).lean()) as WebhookDeliveryDoc[];
  let delivered = 0;
  let failed = 0;
  const until = Date.now() + RUN_BUDGET_MS;
  for (const delivery of queue) {
    if (Date.now() > until) break;
    // In order per webhook: while the head waits for its next try, everything behind it waits.
    if (delivery.nextAttemptAt && delivery.nextAttemptAt.getTime() > Date.now()) break;
    const error = await post(webhook, delivery, config.timeoutMs);
    const attempts = delivery.attempts + 1;
    const now = new Date();
    if (!error) {
      await models.WebhookDelivery.updateOne({ _id: delivery._id }, { $set: { status: 'DELIVERED', attempts, deliveredAt: now, nextAttemptAt: null } });
      delivered++;
      continue;
    }
    if (config.maxAttempts > 0 && attempts >= config.maxAttempts) {
      // Given up only because the operator said so: kept, and readable as FAILED; the queue goes on.
      await models.WebhookDelivery.updateOne({ _id: delivery._id }, { $set: { status: 'FAILED', attempts, lastError: error, nextAttemptAt: null } });
      failed++;
      continue;
    }
    const wait = backoffMs(attempts, config.backoffBaseMs, config.backoffCapMs, Math.random());
    await models.WebhookDelivery.updateOne({ _id: delivery._id }, { $set: { attempts, lastError: error, nextAttemptAt: new Date(now.getTime() + wait) } });
    break;
  }
  return { delivered, failed };
}

/**
 * One run of the outbox worker: queue what is new, then post every webhook's queue. One replica at a
 * time (a lease; a replica that finds it held skips its turn). Returns what it did.
 */
export async function runWebhookDelivery(models: ServicesModels, config: WebhookConfig): Promise<{ queued: number; delivered: number; failed: number }> {
  return withLease(
    models.Lease,
    'outbox:webhooks',
    async () => {
      const hooks = (await models.Webhook.find({ active: true }).lean()) as WebhookDoc[];
      const queued = await fanOut(models, hooks, new Date());
      const results = await Promise.all(hooks.map((hook) => drain(models, config, hook)));
      return { queued, delivered: results.reduce((s, r) => s + r.delivered, 0), failed: results.reduce((s, r) => s + r.failed, 0) };
    },
    // Longer than a run (its budget, and the post under way when it ran out); were it to lapse, a
    // delivery may be posted twice, which the receiver's dedupe by X-Coop-Delivery absorbs.
    { ttlMs: RUN_BUDGET_MS + config.timeoutMs + 30_000, waitMs: 0 },
  ).catch((err: Error) => {
    if (err instanceof LeaseBusy) return { queued: 0, delivered: 0, failed: 0 };
    throw err;
  });
}

/** Runs the worker every WEBHOOK_POLL_MS (0: never), one run after another; returns a stop function. */
export function startWebhookDelivery(models: ServicesModels, config: WebhookConfig, logger: Logger): () => Promise<void> {
  if (config.pollMs <= 0) return async () => {};
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runWebhookDelivery(models, config)
      .then(
        (r) => (r.delivered || r.failed) && logger.info(r, 'webhook deliveries'),
        (err: Error) => logger.error({ err }, 'webhook delivery failed'),
      )
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, config.pollMs);
          timer.unref();
        }
      });
  };
  timer = setTimeout(tick, config.pollMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
