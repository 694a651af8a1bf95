import { Schema, type Types } from 'mongoose';
import type { UserError } from '../../../platform/rules/user-errors';
import { ClaimStatus } from '../generated/resolvers';
import { contactSchema, ITEM_KINDS, UNITS_OF_MEASURE, type ClaimantType, type Contact, type ItemKind, type UnitOfMeasure } from './items';

/* Claims (认领), the one-active-claim locks and idempotency keys. */

export const CLAIM_STATUSES: readonly ClaimStatus[] = Object.values(ClaimStatus);
export type { ClaimStatus };

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
  /** Delivered: when (the DELIVER entry's time), and the item's unit of measure — what it counts towards in an agreement's commitments. */
  deliveredAt?: Date | null;
  unitOfMeasure?: UnitOfMeasure | null;
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

export const claimantSchema = new Schema({ type: { type: String, enum: ['ORGANIZATION', 'RESIDENT_UNIT', 'MEMBER'] }, id: Schema.Types.ObjectId }, { _id: false });
export const claimSchema = new Schema<ClaimDoc>(
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
    deliveredAt: { type: Date, default: null },
    unitOfMeasure: { type: String, enum: [...UNITS_OF_MEASURE, null], default: null },
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
// Commitments (Agreement.fulfilment …): a unit's claims delivered in a term.
claimSchema.index({ 'claimant.id': 1, deliveredAt: 1 });
// Statistics: claims on a territory's items, made in a period.
claimSchema.index({ territoryPath: 1, createdAt: 1 });

export const claimLockSchema = new Schema<ClaimLockDoc>(
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
export const idempotencySchema = new Schema<IdempotencyDoc>(
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

