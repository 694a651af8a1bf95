import { Schema, type Types } from 'mongoose';
import { ItemStatus, ListKind, ServiceCategory, UnitOfMeasure, PartyType, Urgency, Visibility } from '../generated/resolvers';

/* Needs, offers and projects (需求清单 · 资源清单 · 项目清单): what an item is, as stored. */

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
  /** The joint meeting's decision (organizations subgraph) this need or project carries out, if any. */
  decisionId?: Types.ObjectId | null;
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

export const partySchema = new Schema<PartyRef>(
  { type: { type: String, enum: Object.values(PartyType), required: true }, id: { type: Schema.Types.ObjectId, required: true }, path: [Schema.Types.ObjectId] },
  { _id: false },
);
export const contactSchema = new Schema<Contact>({ name: String, phone: String }, { _id: false });
export const stateSchema = new Schema<ItemState>(
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

export const itemSchema = new Schema<ItemDoc>(
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
    decisionId: { type: Schema.Types.ObjectId, default: null },
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

