import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { modelOn } from '../../platform/models';
import { leaseModel, type LeaseDoc } from '../../platform/lease';
import { ledgerModel, type LedgerEntry } from '../../platform/ledger';
import type { UserError } from '../../platform/user-errors';
import {
  REQUEST_CATEGORIES,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  type RequestCategory,
  type RequestChannel,
  type RequestState,
  type RequestStatus,
} from './domain/requests/lifecycle';
import { ClaimStatus, InvitationStatus, ItemStatus, ListKind, ServiceCategory, UnitOfMeasure, PartyType, Urgency, Visibility } from './generated/resolvers';

export const SERVICE_CATEGORIES: readonly ServiceCategory[] = Object.values(ServiceCategory);
export type { ServiceCategory };
export const UNITS_OF_MEASURE: readonly UnitOfMeasure[] = Object.values(UnitOfMeasure);
export type { UnitOfMeasure };
export const URGENCIES: readonly Urgency[] = Object.values(Urgency);
export type { Urgency };
export const ITEM_KINDS: readonly ListKind[] = Object.values(ListKind);
export type ItemKind = ListKind;
/** Stored statuses; EXPIRED is derived on read from the deadline (see domain/items.ts). */
export type StoredItemStatus = Exclude<ItemStatus, 'EXPIRED'>;
export const STORED_ITEM_STATUSES: readonly StoredItemStatus[] = Object.values(ItemStatus).filter((s): s is StoredItemStatus => s !== 'EXPIRED');
export type { ItemStatus };
export const VISIBILITIES: readonly Visibility[] = Object.values(Visibility);
export type { Visibility };
export const CLAIM_STATUSES: readonly ClaimStatus[] = Object.values(ClaimStatus);
export type { ClaimStatus };
export type { PartyType };
export type ClaimantType = PartyType | 'MEMBER';

/** A party that owns an item, with its territory path (root first, ending at the party's organisation or community). */
export interface PartyRef {
  type: PartyType;
  id: Types.ObjectId;
  path: Types.ObjectId[];
}

export interface Contact {
  name: string;
  phone: string;
}

/**
 * What the item ledger knows about an item: the running totals that claims
 * are decided on. Each ledger entry carries the state after it; the item
 * document keeps a copy (`state`) for reading.
 */
export interface ItemState {
  lifecycle: 'DRAFT' | 'OPEN' | 'CANCELLED' | 'CLOSED';
  /** Held by PENDING and ACCEPTED claims (and by delivered ones): never above the quantity. */
  reserved: number;
  accepted: number;
  delivered: number;
  claimsDelivered: number;
  claimsEvaluated: number;
}

/** An organisation as the gateway refers to it here: its key, and its kind where a field requires it. */
export interface OrganizationRef {
  id: string;
  kind?: string | null;
}

/**
 * 需求 · 资源 · 共建项目: the three lists in one collection, told apart by
 * `kind`, because they share their whole life: claims, ledger, visibility.
 */
export interface ItemDoc {
  _id: Types.ObjectId;
  kind: ItemKind;
  title: string;
  description?: string | null;
  category: ServiceCategory;
  quantity: number;
  unitOfMeasure: UnitOfMeasure;
  urgency: Urgency;
  deadline?: Date | null;
  window?: { start: Date; end: Date } | null;
  location?: { latitude: number; longitude: number } | null;
  visibility: Visibility;
  /** The organisation whose subtree may see the item (from `visibility` and the first owner's path). */
  visibleWithin: Types.ObjectId;
  smallWish: boolean;
  /** The first owner published it (postedBy, provider, proposer). */
  owners: PartyRef[];
  ownerIds: Types.ObjectId[];
  /** The first owner's territory path: who governs the item. */
  territoryPath: Types.ObjectId[];
  /** The street and community on that path (see territoryKeys); absent only on items from before they were kept. */
  streetId?: Types.ObjectId | null;
  communityId?: Types.ObjectId | null;
  contact?: Contact | null;
  goals: string[];
  budget?: number | null;
  milestones: { title: string; dueOn: Date; doneAt?: Date | null }[];
  state: ItemState;
  /** Stored projection of the state (see domain/items.ts deriveStatus); indexed for lists. */
  status: StoredItemStatus;
  /** The last ledger sequence this document reflects. */
  seq: number;
  /** Stamped once, for the statistics (domain/items.ts `timings`): the first claim and fulfilment. */
  firstClaimAt?: Date | null;
  hoursToClaim?: number | null;
  fulfilledAt?: Date | null;
  hoursToFulfil?: number | null;
  createdAt?: Date;
  updatedAt?: Date;
}

/** 认领. Its status is decided on the item's ledger; this document mirrors it for reading. */
export interface ClaimDoc {
  _id: Types.ObjectId;
  itemId: Types.ObjectId;
  itemKind: ItemKind;
  /** The item's territory path, copied when the claim is made: the statistics count claims by territory. */
  territoryPath: Types.ObjectId[];
  claimant: { type: ClaimantType; id: Types.ObjectId };
  quantity: number;
  status: ClaimStatus;
  note?: string | null;
  contact?: Contact | null;
  rejectionReason?: string | null;
  deliveryNote?: string | null;
  score?: number | null;
  evaluation?: string | null;
  /** The item-ledger sequence of the last change this document reflects (absent on claims made before it was kept). */
  seq?: number;
  /** Units that take the claim on together with the claimant (联合认领); they read it as theirs. */
  partnerIds?: Types.ObjectId[];
  /** The claim's lock when it is not `<item>:<claimant>`: a claim an accepted invitation made (派单). */
  lockId?: string | null;
  /** Delivered: how much of `quantity` actually was (the rest went back to the item). */
  deliveredQuantity?: number | null;
  /** Withdrawn after acceptance, or cancelled: why. */
  cancellationReason?: string | null;
  /** Cancelled because the claimant did not do what it took on (违约). */
  defaulted?: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * "One active claim per claimant and item", made atomic: the _id is
 * `<item>:<claimant>`, inserted when a claim is made and removed when it is
 * rejected or withdrawn.
 */
/**
 * One active claim per claimant and item: `<item>:<claimant>`. It also carries what the claim will be,
 * so that a claim whose request died between its ledger entry and its document can be completed by
 * the next request that meets the lock (see resolvers/Mutation.ts, settleLock).
 */
export interface ClaimLockDoc {
  _id: string;
  claimId: Types.ObjectId;
  claimant?: { type: ClaimantType; id: Types.ObjectId } | null;
  quantity?: number | null;
  note?: string | null;
  contact?: { name: string; phone: string } | null;
  partnerIds?: Types.ObjectId[];
  createdAt?: Date | null;
}

/**
 * An idempotency key, scoped to the caller: the first request with a key
 * records its outcome here; a retry returns that outcome without acting.
 */
export interface IdempotencyDoc {
  _id: string;
  operation: string;
  claimId?: Types.ObjectId | null;
  errors?: UserError[] | null;
  done: boolean;
  createdAt: Date;
}

const partySchema = new Schema<PartyRef>(
  { type: { type: String, enum: Object.values(PartyType), required: true }, id: { type: Schema.Types.ObjectId, required: true }, path: [Schema.Types.ObjectId] },
  { _id: false },
);
const contactSchema = new Schema<Contact>({ name: String, phone: String }, { _id: false });
const stateSchema = new Schema<ItemState>(
  {
    lifecycle: { type: String, enum: ['DRAFT', 'OPEN', 'CANCELLED', 'CLOSED'], required: true },
    reserved: { type: Number, default: 0 },
    accepted: { type: Number, default: 0 },
    delivered: { type: Number, default: 0 },
    claimsDelivered: { type: Number, default: 0 },
    claimsEvaluated: { type: Number, default: 0 },
  },
  { _id: false },
);

const itemSchema = new Schema<ItemDoc>(
  {
    kind: { type: String, enum: ITEM_KINDS, required: true },
    title: { type: String, required: true, trim: true, maxlength: 100 },
    description: { type: String, default: null, maxlength: 2000 },
    category: { type: String, enum: SERVICE_CATEGORIES, required: true },
    quantity: { type: Number, required: true, min: 1 },
    unitOfMeasure: { type: String, enum: UNITS_OF_MEASURE, required: true },
    urgency: { type: String, enum: URGENCIES, default: 'NORMAL' },
    deadline: { type: Date, default: null },
    window: { type: new Schema({ start: Date, end: Date }, { _id: false }), default: null },
    location: { type: new Schema({ latitude: Number, longitude: Number }, { _id: false }), default: null },
    visibility: { type: String, enum: VISIBILITIES, required: true },
    visibleWithin: { type: Schema.Types.ObjectId, required: true },
    smallWish: { type: Boolean, default: false },
    owners: { type: [partySchema], required: true },
    ownerIds: { type: [Schema.Types.ObjectId], required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    streetId: { type: Schema.Types.ObjectId, default: null },
    communityId: { type: Schema.Types.ObjectId, default: null },
    contact: { type: contactSchema, default: null },
    goals: { type: [String], default: [] },
    budget: { type: Number, default: null },
    milestones: { type: [new Schema({ title: String, dueOn: Date, doneAt: Date }, { _id: false })], default: [] },
    state: { type: stateSchema, required: true },
    status: { type: String, enum: STORED_ITEM_STATUSES, required: true },
    seq: { type: Number, default: 0 },
    firstClaimAt: { type: Date, default: null },
    hoursToClaim: { type: Number, default: null },
    fulfilledAt: { type: Date, default: null },
    hoursToFulfil: { type: Number, default: null },
  },
  { timestamps: true, collection: 'items' },
);
// Organization.needs / ResidentUnit.offers: an owner's items of a kind, optionally in one state.
itemSchema.index({ ownerIds: 1, kind: 1, status: 1, _id: 1 });
itemSchema.index({ ownerIds: 1, kind: 1, _id: 1 });
// Organization.needs(inTerritory: true): every item inside a territory — a street's or a community's by
// its scalar key, in _id order straight from the index; any other organisation's by the path.
itemSchema.index({ streetId: 1, kind: 1, status: 1, _id: 1 });
itemSchema.index({ streetId: 1, kind: 1, _id: 1 });
itemSchema.index({ communityId: 1, kind: 1, status: 1, _id: 1 });
itemSchema.index({ communityId: 1, kind: 1, _id: 1 });
itemSchema.index({ territoryPath: 1, kind: 1, status: 1, _id: 1 });
itemSchema.index({ territoryPath: 1, kind: 1, _id: 1 });
// Statistics: a territory's items published in a period (medians sort by the stamped durations).
itemSchema.index({ territoryPath: 1, createdAt: 1 });
itemSchema.index({ territoryPath: 1, kind: 1, createdAt: 1 });

const claimantSchema = new Schema({ type: { type: String, enum: ['ORGANIZATION', 'RESIDENT_UNIT', 'MEMBER'] }, id: Schema.Types.ObjectId }, { _id: false });
const claimSchema = new Schema<ClaimDoc>(
  {
    itemId: { type: Schema.Types.ObjectId, required: true },
    itemKind: { type: String, enum: ITEM_KINDS, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], default: [] },
    claimant: { type: claimantSchema, required: true },
    quantity: { type: Number, required: true, min: 1 },
    status: { type: String, enum: CLAIM_STATUSES, required: true },
    note: { type: String, default: null, maxlength: 500 },
    contact: { type: contactSchema, default: null },
    rejectionReason: { type: String, default: null },
    deliveryNote: { type: String, default: null },
    score: { type: Number, default: null },
    seq: { type: Number },
    lockId: { type: String },
    partnerIds: { type: [Schema.Types.ObjectId], default: undefined },
    deliveredQuantity: { type: Number, default: null },
    cancellationReason: { type: String, default: null },
    defaulted: { type: Boolean, default: false },
    evaluation: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'claims', versionKey: false },
);
claimSchema.index({ itemId: 1, _id: 1 });
claimSchema.index({ itemId: 1, status: 1, _id: 1 });
claimSchema.index({ 'claimant.id': 1, _id: 1 });
claimSchema.index({ 'claimant.id': 1, status: 1, _id: 1 });
claimSchema.index({ itemId: 1, 'claimant.id': 1 });
// Matching: providers' ratings (evaluated claims) and load (active claims).
claimSchema.index({ status: 1, 'claimant.id': 1 });
// Expiry: pending claims, oldest first.
claimSchema.index({ status: 1, createdAt: 1 });
// Statistics: claims on a territory's items, made in a period.
claimSchema.index({ territoryPath: 1, createdAt: 1 });

const claimLockSchema = new Schema<ClaimLockDoc>(
  {
    _id: { type: String, required: true },
    claimId: { type: Schema.Types.ObjectId, required: true },
    claimant: { type: claimantSchema, default: null },
    quantity: { type: Number, default: null },
    note: { type: String, default: null },
    contact: { type: contactSchema, default: null },
    partnerIds: { type: [Schema.Types.ObjectId], default: undefined },
    createdAt: { type: Date, default: null },
  },
  { collection: 'claimLocks', versionKey: false },
);
const idempotencySchema = new Schema<IdempotencyDoc>(
  {
    _id: { type: String, required: true },
    operation: { type: String, required: true },
    claimId: { type: Schema.Types.ObjectId, default: null },
    errors: { type: Schema.Types.Mixed, default: null },
    done: { type: Boolean, default: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'idempotencyKeys', versionKey: false, suppressReservedKeysWarning: true },
);

/** A street's matching weights (供需对接), keyed by the street's id. */
export interface MatchingWeightsDoc {
  _id: Types.ObjectId;
  weights: Record<string, number>;
  updatedBy: string;
  updatedAt: Date;
}

export const INVITATION_STATUSES: readonly InvitationStatus[] = Object.values(InvitationStatus);
export type { InvitationStatus };

/** 派单: a match sent to the offer's unit; accepted, it becomes the unit's claim on the need. */
export interface InvitationDoc {
  _id: Types.ObjectId;
  needId: Types.ObjectId;
  offerId: Types.ObjectId;
  /** The unit that provides the offer: who answers the invitation. */
  unitId: Types.ObjectId;
  quantity: number;
  status: InvitationStatus;
  note?: string | null;
  declineReason?: string | null;
  claimId?: Types.ObjectId | null;
  /** Accepted: the claim on the offer that takes the quantity from its capacity. */
  offerClaimId?: Types.ObjectId | null;
  sentBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const weightsSchema = new Schema<MatchingWeightsDoc>(
  { _id: Schema.Types.ObjectId, weights: { type: Schema.Types.Mixed, required: true }, updatedBy: String, updatedAt: Date },
  { collection: 'matchingWeights', versionKey: false },
);
const invitationSchema = new Schema<InvitationDoc>(
  {
    needId: { type: Schema.Types.ObjectId, required: true },
    offerId: { type: Schema.Types.ObjectId, required: true },
    unitId: { type: Schema.Types.ObjectId, required: true },
    quantity: { type: Number, required: true, min: 1 },
    status: { type: String, enum: INVITATION_STATUSES, required: true },
    note: { type: String, default: null },
    declineReason: { type: String, default: null },
    claimId: { type: Schema.Types.ObjectId, default: null },
    offerClaimId: { type: Schema.Types.ObjectId, default: null },
    sentBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'invitations', versionKey: false },
);
invitationSchema.index({ unitId: 1, _id: 1 });
// One open or accepted invitation per need and offer.
invitationSchema.index({ needId: 1, offerId: 1, status: 1 });
invitationSchema.index({ unitId: 1, status: 1, _id: 1 });
invitationSchema.index({ needId: 1, offerId: 1 });

/**
 * 群众诉求: a resident's request. Its life is decided on the request ledger
 * (domain/requests/lifecycle.ts); `state` is the ledger's last word, and the
 * fields after it are projections of that state, kept for indexes and for
 * the statistics' aggregations.
 */
export interface RequestDoc {
  _id: Types.ObjectId;
  category: RequestCategory;
  channel: RequestChannel;
  description: string;
  address?: string | null;
  /** The grid where the problem is, and its territory path (root first, ending at the grid). */
  gridId: Types.ObjectId;
  territoryPath: Types.ObjectId[];
  /** The street above the grid: where an overdue request escalates. */
  streetId?: Types.ObjectId | null;
  /** The resident: personal data, seen only inside the territory. */
  resident?: Contact | null;
  /** Who raised it (token subject): a resident using the app may follow and rate it. */
  raisedBy: string;
  receivedAt: Date;
  state: RequestState;
  status: RequestStatus;
  deadline: Date;
  handlerId?: Types.ObjectId | null;
  whistledUnitIds: Types.ObjectId[];
  /** The units whose call is still unanswered. */
  pendingUnitIds: Types.ObjectId[];
  whistled: boolean;
  escalated: boolean;
  resolvedOnTime?: boolean | null;
  satisfied?: boolean | null;
  seq: number;
}

const requestSchema = new Schema<RequestDoc>(
  {
    category: { type: String, enum: REQUEST_CATEGORIES, required: true },
    channel: { type: String, enum: REQUEST_CHANNELS, required: true },
    description: { type: String, required: true, maxlength: 1000 },
    address: { type: String, default: null, maxlength: 200 },
    gridId: { type: Schema.Types.ObjectId, required: true },
    territoryPath: { type: [Schema.Types.ObjectId], required: true },
    streetId: { type: Schema.Types.ObjectId, default: null },
    resident: { type: contactSchema, default: null },
    raisedBy: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    state: { type: Schema.Types.Mixed, required: true },
    status: { type: String, enum: REQUEST_STATUSES, required: true },
    deadline: { type: Date, required: true },
    handlerId: { type: Schema.Types.ObjectId, default: null },
    whistledUnitIds: { type: [Schema.Types.ObjectId], default: [] },
    pendingUnitIds: { type: [Schema.Types.ObjectId], default: [] },
    whistled: { type: Boolean, default: false },
    escalated: { type: Boolean, default: false },
    resolvedOnTime: { type: Boolean, default: null },
    satisfied: { type: Boolean, default: null },
    seq: { type: Number, default: 1 },
  },
  { collection: 'requests', versionKey: false, minimize: false },
);
// Organization.requests: a territory's requests, optionally in one state; statistics by period.
requestSchema.index({ territoryPath: 1, status: 1, _id: 1 });
requestSchema.index({ territoryPath: 1, _id: 1 });
requestSchema.index({ territoryPath: 1, receivedAt: 1 });
// ResidentUnit.whistles: the requests a unit was called to.
requestSchema.index({ whistledUnitIds: 1, _id: 1 });
// The overdue sweep: open requests past their deadline, not yet escalated.
requestSchema.index({ escalated: 1, status: 1, deadline: 1 });

export interface ServicesModels {
  /** 群众诉求 and their ledger (every step, in sequence per request). */
  Request: Model<RequestDoc>;
  RequestLedger: Model<LedgerEntry>;
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
}

export function servicesModels(connection: Connection): ServicesModels {
  const model = modelOn(connection);
  // The second index finds a claim's latest state change without reading the whole item history.
  const ItemLedger = ledgerModel(connection, 'itemLedger', [
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
    RequestLedger: ledgerModel(connection, 'requestLedger'),
  };
}
