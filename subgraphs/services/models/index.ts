import type { Connection, Model } from 'mongoose';
import { leaseModel, type LeaseDoc } from '../../../platform/data/lease';
import { ledgerModel, type LedgerEntry } from '../../../platform/data/ledger';
import { modelOn } from '../../../platform/data/models';
import { activitySchema, signUpSchema, type ActivityDoc, type SignUpDoc } from './activities';
import { uniqueKeyModel, type UniqueKeyDoc } from '../../../platform/data/unique-keys';
import { claimLockSchema, claimSchema, idempotencySchema, type ClaimDoc, type ClaimLockDoc, type IdempotencyDoc } from './claims';
import { itemSchema, type ItemDoc } from './items';
import { invitationSchema, weightsSchema, type InvitationDoc, type MatchingWeightsDoc } from './matching';
import { photoChunkSchema, photoSchema, requestSchema, type PhotoChunkDoc, type PhotoDoc, type RequestDoc } from './requests';
import {
  notificationSchema,
  upkeepCursorSchema,
  webhookDeliverySchema,
  webhookSchema,
  type NotificationDoc,
  type UpkeepCursorDoc,
  type WebhookDeliveryDoc,
  type WebhookDoc,
} from './notifications';

export * from './activities';
export * from './claims';
export * from './items';
export * from './matching';
export * from './requests';
export * from './notifications';

export interface ServicesModels {
  /** 群众诉求 and their ledger (every step, in sequence per request). */
  Request: Model<RequestDoc>;
  RequestLedger: Model<LedgerEntry>;
  /** 照片 of requests, and their bytes in chunks. */
  Photo: Model<PhotoDoc>;
  PhotoChunk: Model<PhotoChunkDoc>;
  /** An account's uploads of a day, one slot each (`<subject>|<day>|<n>`): see app/photos.ts. */
  PhotoSlot: Model<UniqueKeyDoc>;
  /** 时限规则表: each street's time limits, every version on the ledger (`limits:<street>`). */
  TimeLimitLedger: Model<LedgerEntry>;
  MatchingWeights: Model<MatchingWeightsDoc>;
  Invitation: Model<InvitationDoc>;
  /** Short leases that serialise the changes of one claim, across replicas. */
  Lease: Model<LeaseDoc>;
  Item: Model<ItemDoc>;
  Claim: Model<ClaimDoc>;
  ClaimLock: Model<ClaimLockDoc>;
  Idempotency: Model<IdempotencyDoc>;
  /** Every state change of every item and its claims, in sequence per item. */
  ItemLedger: Model<LedgerEntry>;
  /** 共建活动, their sign-ups, and their ledger (every sign-up, withdrawal, check-in, in sequence per activity). */
  Activity: Model<ActivityDoc>;
  SignUp: Model<SignUpDoc>;
  ActivityLedger: Model<LedgerEntry>;
  /**
   * One item per joint meeting's decision (联席会议决定): the decision's id as a unique `_id`, held by the
   * item published from it. It is also how `MeetingDecision.item` is read: by `_id`, no index on items.
   */
  DecisionItem: Model<UniqueKeyDoc>;
  /** 通知: every party's inbox. */
  Notification: Model<NotificationDoc>;
  /** 推送: the streets' webhooks and the outbox of their deliveries. */
  Webhook: Model<WebhookDoc>;
  WebhookDelivery: Model<WebhookDeliveryDoc>;
  /** How far the notification repair has read each ledger. */
  UpkeepCursor: Model<UpkeepCursorDoc>;
}

export function servicesModels(connection: Connection): ServicesModels {
  const model = modelOn(connection);
  // The second index finds a claim's latest state change without reading the whole item history.
  const ItemLedger = ledgerModel(connection, 'itemLedger', [
    // The notification repair reads the claim steps recorded since it last looked.
    { action: 1, at: 1 },
    { key: 1, 'data.claimId': 1, seq: -1 },
    // A claim's steps: two transitions decided on the same status of a claim cannot both be recorded.
    // Sparse: entries of the item itself carry none (FerretDB ignores `sparse`, and SQLite's unique
    // indexes let any number of rows lack the value).
    [{ follows: 1 }, { unique: true, sparse: true }],
  ]);
  return {
    Item: model('Item', itemSchema),
    Claim: model('Claim', claimSchema),
    ClaimLock: model('ClaimLock', claimLockSchema),
    Idempotency: model('Idempotency', idempotencySchema),
    ItemLedger,
    Lease: leaseModel(connection),
    MatchingWeights: model('MatchingWeights', weightsSchema),
    Invitation: model('Invitation', invitationSchema),
    Request: model('Request', requestSchema),
    // The notification repair reads the whistles recorded since it last looked.
    RequestLedger: ledgerModel(connection, 'requestLedger', [{ action: 1, at: 1 }]),
    Photo: model('Photo', photoSchema),
    PhotoChunk: model('PhotoChunk', photoChunkSchema),
    PhotoSlot: uniqueKeyModel(connection, 'photoSlots'),
    TimeLimitLedger: ledgerModel(connection, 'timeLimitLedger'),
    Activity: model('Activity', activitySchema),
    SignUp: model('SignUp', signUpSchema),
    // The second index finds a sign-up's latest step without reading the activity's whole history.
    ActivityLedger: ledgerModel(connection, 'activityLedger', [{ key: 1, 'data.signUpId': 1, seq: -1 }]),
    DecisionItem: uniqueKeyModel(connection, 'decisionItems'),
    Notification: model('Notification', notificationSchema),
    Webhook: model('Webhook', webhookSchema),
    WebhookDelivery: model('WebhookDelivery', webhookDeliverySchema),
    UpkeepCursor: model('UpkeepCursor', upkeepCursorSchema),
  };
}

