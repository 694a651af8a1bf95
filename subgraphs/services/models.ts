import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { modelOn } from '../../platform/models';
import { leaseModel, type LeaseDoc } from '../../platform/lease';
import { ledgerModel, type LedgerEntry } from '../../platform/ledger';

export const SERVICE_CATEGORIES = [
  'ELDER_CARE',
  'CHILD_CARE',
  'MEDICAL',
  'LEGAL_AID',
  'EMPLOYMENT',
  'REPAIRS',
  'VENUE',
  'FUNDS',
  'VOLUNTEERS',
  'CULTURE',
  'SAFETY',
  'ENVIRONMENT',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];
export const UNITS_OF_MEASURE = ['PEOPLE', 'HOURS', 'SESSIONS', 'YUAN', 'SQUARE_METRES'] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];
export const URGENCIES = ['NORMAL', 'HIGH', 'URGENT'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const ITEM_KINDS = ['NEED', 'OFFER', 'PROJECT'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** Stored statuses; EXPIRED is derived on read from the deadline (see domain/items.ts). */
export const STORED_ITEM_STATUSES = [
  'DRAFT',
  'OPEN',
  'PARTLY_CLAIMED',
  'FULLY_CLAIMED',
  'IN_PROGRESS',
  'FULFILLED',
  'EVALUATED',
  'CANCELLED',
] as const;
export type StoredItemStatus = (typeof STORED_ITEM_STATUSES)[number];
export type ItemStatus = StoredItemStatus | 'EXPIRED';
export const VISIBILITIES = ['COMMUNITY', 'STREET', 'DISTRICT', 'CITY'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const CLAIM_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'DELIVERED', 'EVALUATED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type PartyType = 'ORGANIZATION' | 'RESIDENT_UNIT';
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
  contact?: Contact | null;
  goals: string[];
  budget?: number | null;
  milestones: { title: string; dueOn: Date; doneAt?: Date | null }[];
  state: ItemState;
  /** Stored projection of the state (see domain/items.ts deriveStatus); indexed for lists. */
  status: StoredItemStatus;
  /** The last ledger sequence this document reflects. */
  seq: number;
  createdAt?: Date;
  updatedAt?: Date;
}

/** 认领. Its status is decided on the item's ledger; this document mirrors it for reading. */
export interface ClaimDoc {
  _id: Types.ObjectId;
  itemId: Types.ObjectId;
  itemKind: ItemKind;
  claimant: { type: ClaimantType; id: Types.ObjectId };
  quantity: number;
  status: ClaimStatus;
  note?: string | null;
  contact?: Contact | null;
  rejectionReason?: string | null;
  deliveryNote?: string | null;
  score?: number | null;
  evaluation?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * "One active claim per claimant and item", made atomic: the _id is
 * `<item>:<claimant>`, inserted when a claim is made and removed when it is
 * rejected or withdrawn.
 */
export interface ClaimLockDoc {
  _id: string;
  claimId: Types.ObjectId;
}

/**
 * An idempotency key, scoped to the caller: the first request with a key
 * records its outcome here; a retry returns that outcome without acting.
 */
export interface IdempotencyDoc {
  _id: string;
  operation: string;
  claimId?: Types.ObjectId | null;
  errors?: { code: string; message: string; field?: string }[] | null;
  done: boolean;
  createdAt: Date;
}

const partySchema = new Schema<PartyRef>(
  { type: { type: String, enum: ['ORGANIZATION', 'RESIDENT_UNIT'], required: true }, id: { type: Schema.Types.ObjectId, required: true }, path: [Schema.Types.ObjectId] },
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
    contact: { type: contactSchema, default: null },
    goals: { type: [String], default: [] },
    budget: { type: Number, default: null },
    milestones: { type: [new Schema({ title: String, dueOn: Date, doneAt: Date }, { _id: false })], default: [] },
    state: { type: stateSchema, required: true },
    status: { type: String, enum: STORED_ITEM_STATUSES, required: true },
    seq: { type: Number, default: 0 },
  },
  { timestamps: true, collection: 'items' },
);
// Organization.needs / ResidentUnit.offers: an owner's items of a kind, optionally in one state.
itemSchema.index({ ownerIds: 1, kind: 1, status: 1, _id: 1 });
itemSchema.index({ ownerIds: 1, kind: 1, _id: 1 });
// Organization.needs(inTerritory: true): every item inside a territory.
itemSchema.index({ territoryPath: 1, kind: 1, status: 1, _id: 1 });
itemSchema.index({ territoryPath: 1, kind: 1, _id: 1 });

const claimSchema = new Schema<ClaimDoc>(
  {
    itemId: { type: Schema.Types.ObjectId, required: true },
    itemKind: { type: String, enum: ITEM_KINDS, required: true },
    claimant: {
      type: new Schema({ type: { type: String, enum: ['ORGANIZATION', 'RESIDENT_UNIT', 'MEMBER'] }, id: Schema.Types.ObjectId }, { _id: false }),
      required: true,
    },
    quantity: { type: Number, required: true, min: 1 },
    status: { type: String, enum: CLAIM_STATUSES, required: true },
    note: { type: String, default: null, maxlength: 500 },
    contact: { type: contactSchema, default: null },
    rejectionReason: { type: String, default: null },
    deliveryNote: { type: String, default: null },
    score: { type: Number, default: null },
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
claimSchema.index({ score: 1, 'claimant.id': 1 });
claimSchema.index({ status: 1, 'claimant.id': 1 });

const claimLockSchema = new Schema<ClaimLockDoc>(
  { _id: { type: String, required: true }, claimId: { type: Schema.Types.ObjectId, required: true } },
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

export const INVITATION_STATUSES = ['SENT', 'ACCEPTED', 'DECLINED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

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
    sentBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'invitations', versionKey: false },
);
invitationSchema.index({ unitId: 1, _id: 1 });
invitationSchema.index({ unitId: 1, status: 1, _id: 1 });
invitationSchema.index({ needId: 1, offerId: 1 });

export interface ServicesModels {
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
  const ItemLedger = ledgerModel(connection, 'itemLedger', [{ key: 1, 'data.claimId': 1, seq: -1 }]);
  return {
    Item: model('Item', itemSchema),
    Claim: model('Claim', claimSchema),
    ClaimLock: model('ClaimLock', claimLockSchema),
    Idempotency: model('Idempotency', idempotencySchema),
    ItemLedger,
    Lease: leaseModel(connection),
    MatchingWeights: model('MatchingWeights', weightsSchema),
    Invitation: model('Invitation', invitationSchema),
  };
}
